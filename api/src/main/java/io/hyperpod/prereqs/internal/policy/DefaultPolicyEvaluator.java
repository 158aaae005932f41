package io.hyperpod.prereqs.internal.policy;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicyKind;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.policy.PolicyStatement;
import io.hyperpod.prereqs.policy.PrincipalType;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluator: runs every statement of every relevant policy against the request, then lets
 * {@link DecisionRules} combine the outcomes. A service principal has no identity policies or
 * boundary, so only the resource policy is read for it.
 */
public final class DefaultPolicyEvaluator implements PolicyEvaluator {
  @Override
  public Decision evaluate(AuthorizationRequest request, PolicySet policies) {
    requireNonNull(request, "request is null");
    requireNonNull(policies, "policies is null");
    RequestContext context = new RequestContext(request);
    StatementEvaluator statements =
        new StatementEvaluator(context, policies.permissionsBoundary().isPresent());
    List<StatementOutcome> outcomes = new ArrayList<>();
    if (request.principalType() != PrincipalType.SERVICE) {
      for (LabeledPolicy policy : policies.identityPolicies()) {
        evaluateAll(statements, PolicyKind.IDENTITY, policy, outcomes);
      }
      policies.permissionsBoundary()
          .ifPresent(b -> evaluateAll(statements, PolicyKind.PERMISSIONS_BOUNDARY, b, outcomes));
    }
    policies.resourcePolicy()
        .ifPresent(r -> evaluateAll(statements, PolicyKind.RESOURCE, r, outcomes));
    return new DecisionRules(request, policies, outcomes).decide();
  }

  private static void evaluateAll(
      StatementEvaluator statements,
      PolicyKind kind,
      LabeledPolicy policy,
      List<StatementOutcome> outcomes) {
    for (PolicyStatement statement : policy.document().statements()) {
      outcomes.add(statements.evaluate(kind, policy, statement));
    }
  }
}
