package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every user, role and customer-managed policy of the account in one read (on AWS:
 * GetAccountAuthorizationDetails, a few paginated calls instead of one call per principal).
 */
@Value.Immutable
@ValueStyle
public interface IamSnapshot {
  /** {@return every IAM user of the account} */
  List<IamUser> users();

  /** {@return every IAM role of the account} */
  List<IamRole> roles();

  /**
   * Customer-managed ("local") policies only. Their tags may be missing: AWS's
   * GetAccountAuthorizationDetails does not return policy tags, so backends read them only for
   * policies under the {@code /hyperpod-prereqs/} path.
   *
   * @return the account's customer-managed policies
   */
  List<ManagedPolicy> policies();

  /**
   * IAM names are case-insensitive.
   *
   * @param name the user's name, in any case
   * @return the user, or empty when the account has none of that name
   */
  default Optional<IamUser> user(String name) {
    return Optional.ofNullable(usersByName().get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The role of this name; IAM names are case-insensitive.
   *
   * @param name the role's name, in any case
   * @return the role, or empty when the account has none of that name
   */
  default Optional<IamRole> role(String name) {
    return Optional.ofNullable(rolesByName().get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The customer-managed policy with this ARN.
   *
   * @param arn the policy's ARN
   * @return the policy, or empty when the snapshot has none with that ARN
   */
  default Optional<ManagedPolicy> policy(String arn) {
    return Optional.ofNullable(policiesByArn().get(arn));
  }

  /**
   * {@return the users by lower-cased name (the first of a name wins), so that a lookup is one
   * probe}
   */
  @Value.Lazy
  default Map<String, IamUser> usersByName() {
    return index(users(), u -> u.name().toLowerCase(Locale.ROOT));
  }

  /** {@return the roles by lower-cased name} */
  @Value.Lazy
  default Map<String, IamRole> rolesByName() {
    return index(roles(), r -> r.name().toLowerCase(Locale.ROOT));
  }

  /** {@return the customer-managed policies by ARN} */
  @Value.Lazy
  default Map<String, ManagedPolicy> policiesByArn() {
    return index(policies(), ManagedPolicy::arn);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    Map<String, T> index = new HashMap<>();
    for (T value : values) {
      index.putIfAbsent(key.apply(value), value);
    }
    return Collections.unmodifiableMap(index);
  }

  /** {@return a new builder with no field set} */
  static ImmutableIamSnapshot.Builder builder() {
    return ImmutableIamSnapshot.builder();
  }
}
