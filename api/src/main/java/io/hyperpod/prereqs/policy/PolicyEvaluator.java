package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.policy.DefaultPolicyEvaluator;

/**
 * Decides whether a principal may perform an action on a resource, following AWS's documented
 * evaluation logic: an explicit deny in any policy wins; otherwise an allow is needed (identity
 * side capped by the permissions boundary, or the resource policy within the account; both
 * sides across accounts; the trust policy alone for a service principal); otherwise the implicit
 * deny. Anything it cannot evaluate makes it fail closed ({@code implicitDeny}) and say so.
 *
 * <p>Thread-safe and stateless.
 */
public interface PolicyEvaluator {
  /**
   * Decides one request against a set of policies.
   *
   * @param request the principal, action, resource and context
   * @param policies the identity policies, the permissions boundary and the resource policy
   * @return the decision, the statements it rests on and an explanation
   */
  Decision evaluate(AuthorizationRequest request, PolicySet policies);

  /** {@return the evaluator that follows AWS's evaluation logic} */
  static PolicyEvaluator create() {
    return new DefaultPolicyEvaluator();
  }
}
