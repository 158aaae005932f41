package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One request to authorize: who ({@link #principalArn()}), does what ({@link #action()}), to
 * which resource, with which request context.
 *
 * <p>The principal's account and type are inferred from its ARN when not given. Besides the
 * explicit {@link #context()}, evaluation derives {@code aws:PrincipalArn},
 * {@code aws:PrincipalAccount}, {@code aws:PrincipalType}, {@code aws:PrincipalTag/*},
 * {@code aws:username} (users) and {@code aws:ResourceAccount} from the fields here; an explicit
 * context entry wins over a derived one.
 *
 * <pre>{@code
 * AuthorizationRequest.builder()
 *     .principalArn("arn:aws:iam::111122223333:role/hp-exec")
 *     .action("s3:GetObject")
 *     .resource("arn:aws:s3:::sagemaker-x/hyperpod/lifecycle/on_create.sh")
 *     .resourceAccount("111122223333")
 *     .contextValue(ContextKeys.SOURCE_VPCE, "vpce-0a1b2c3d")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public interface AuthorizationRequest {
  /**
   * The caller: a user or role ARN, or a service principal such as
   * {@code sagemaker.amazonaws.com}.
   *
   * @return the principal's ARN, e.g. {@code arn:aws:iam::123456789012:role/demo}, or a service
   *     name
   */
  String principalArn();

  /** {@return the caller's account; inferred from {@link #principalArn()}; absent for services} */
  Optional<String> principalAccount();

  /** {@return USER, ROLE or SERVICE; inferred from {@link #principalArn()} when not set} */
  @Value.Default
  default PrincipalType principalType() {
    return PrincipalType.of(principalArn());
  }

  /** {@return the caller's IAM tags (for {@code aws:PrincipalTag/KEY})} */
  Map<String, String> principalTags();

  /** {@return {@code service:Action}, e.g. {@code s3:GetObject}} */
  String action();

  /** {@return the resource ARN; {@code *} for actions without a resource} */
  @Value.Default
  default String resource() {
    return "*";
  }

  /** {@return the account that owns the resource; absent means the principal's own account} */
  Optional<String> resourceAccount();

  /** {@return request-context keys to their values (a key with several values is multivalued)} */
  Map<String, List<String>> context();

  /** {@return whether the resource belongs to another account than the principal} */
  @Value.Derived
  @Value.Auxiliary
  default boolean crossAccount() {
    return resourceAccount().isPresent()
        && !resourceAccount().equals(principalAccount());
  }

  /**
   * Fills the principal's account from its ARN when it was not given; Immutables calls it when the
   * request is built.
   * Fills the principal's account from its ARN when it was not given.
   *
   * @return this request, or a copy with {@link #principalAccount()} filled in
   */
  @Value.Check
  default AuthorizationRequest normalize() {
    if (principalAccount().isEmpty() && principalArn().startsWith("arn:")) {
      String[] parts = principalArn().split(":", 6);
      if (parts.length == 6 && !parts[4].isEmpty()) {
        return ImmutableAuthorizationRequest.copyOf(this).withPrincipalAccount(parts[4]);
      }
    }
    return this;
  }

  /** {@return a new builder with no field set} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder with a varargs shortcut for context values. */
  final class Builder extends ImmutableAuthorizationRequest.Builder {
    /**
     * Adds a context key with one or more values.
     *
     * @param key a condition context key, e.g. {@code aws:SourceVpce}
     * @param values its values; several are all present at once
     * @return this builder
     */
    public Builder contextValue(String key, String... values) {
      putContext(key, Arrays.asList(values));
      return this;
    }
  }
}
