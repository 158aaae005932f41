package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every user, role and customer-managed policy of the account in one read (on AWS:
 * GetAccountAuthorizationDetails, a few paginated calls instead of one call per principal).
 */
@Value.Immutable
@ValueStyle
public interface IamSnapshot {
  List<IamUser> users();

  List<IamRole> roles();

  /**
   * Customer-managed ("local") policies only. Their tags may be missing: AWS's
   * GetAccountAuthorizationDetails does not return policy tags, so backends read them only for
   * policies under the {@code /hyperpod-prereqs/} path.
   */
  List<ManagedPolicy> policies();

  /** IAM names are case-insensitive. */
  default Optional<IamUser> user(String name) {
    return users().stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst();
  }

  default Optional<IamRole> role(String name) {
    return roles().stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
  }

  default Optional<ManagedPolicy> policy(String arn) {
    return policies().stream().filter(p -> p.arn().equals(arn)).findFirst();
  }

  static ImmutableIamSnapshot.Builder builder() {
    return ImmutableIamSnapshot.builder();
  }
}
