package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The policies that bear on one request: the principal's identity policies (managed and inline,
 * its own and its groups'), its optional permissions boundary, and the resource's policy where
 * the resource has one.
 *
 * <p>Whether the resource is in the principal's account comes from the request
 * ({@link AuthorizationRequest#crossAccount()}).
 */
@Value.Immutable
@ValueStyle
public interface PolicySet {
  /** {@return the policies attached to the principal (managed and inline), in any order} */
  List<LabeledPolicy> identityPolicies();

  /** {@return the principal's permissions boundary, if it has one} */
  Optional<LabeledPolicy> permissionsBoundary();

  /** {@return a bucket policy, or a role's trust policy for {@code sts:AssumeRole}} */
  Optional<LabeledPolicy> resourcePolicy();

  /** {@return a new builder with no policy} */
  static ImmutablePolicySet.Builder builder() {
    return ImmutablePolicySet.builder();
  }

  /**
   * Only identity policies.
   *
   * @param policies the identity policies
   * @return a set with these and no boundary or resource policy
   */
  static PolicySet ofIdentity(LabeledPolicy... policies) {
    return builder().addIdentityPolicies(policies).build();
  }
}
