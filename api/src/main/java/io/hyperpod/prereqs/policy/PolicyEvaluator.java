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
  Decision evaluate(AuthorizationRequest request, PolicySet policies);

  static PolicyEvaluator create() {
    return new DefaultPolicyEvaluator();
  }
}
