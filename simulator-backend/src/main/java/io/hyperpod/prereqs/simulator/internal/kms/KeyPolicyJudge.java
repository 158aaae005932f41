package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicyKind;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.spi.iam.EvalDecision;
import java.util.Map;
import java.util.Optional;

/**
 * KMS's authorization rule, judged by the project's policy evaluator: the key policy is primary.
 * A key policy statement naming the principal (or {@code *}) grants on its own; one naming the
 * account ({@code arn:aws:iam::ACCOUNT:root}) only lets IAM policies grant, so the principal's
 * identity-based policies must then allow too; without either, IAM policies grant nothing. An
 * explicit deny anywhere wins. Operations on no key (CreateKey, ListKeys, ListAliases) are judged
 * on identity-based policies alone.
 */
final class KeyPolicyJudge {
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();
  /** An account no principal is in: makes the evaluator require both sides, as across accounts. */
  private static final String ACROSS = "000000000000";

  /** The outcome, and the clause AWS's AccessDeniedException message ends with. */
  record Verdict(boolean allowed, String because) {}

  private KeyPolicyJudge() {}

  /** A request on a key, with the key policy and extra request context (kms:ViaService, ...). */
  static Verdict onKey(
      KmsPrincipal who, String action, KeyRecord key, String keyPolicy,
      Map<String, String> context) {
    AuthorizationRequest.Builder request = request(who, action, key.arn, context);
    request.resourceAccount(key.accountId);
    Optional<LabeledPolicy> policy = parse(key.arn, keyPolicy);
    PolicySet policies =
        PolicySet.builder()
            .addAllIdentityPolicies(who.identityPolicies())
            .permissionsBoundary(who.boundary())
            .resourcePolicy(policy)
            .build();
    Decision decision = EVALUATOR.evaluate(request.build(), policies);
    if (decision.decision() == EvalDecision.EXPLICIT_DENY) {
      return denied(decision, action);
    }
    boolean byKeyPolicy = decision.allowed()
        && decision.decidingStatements().stream()
            .anyMatch(s -> s.policyKind() == PolicyKind.RESOURCE);
    if (byKeyPolicy) {
      return new Verdict(true, "");
    }
    request.resourceAccount(ACROSS);
    request.contextValue("aws:ResourceAccount", key.accountId);
    AuthorizationRequest asAcross = request.build();
    Decision both = EVALUATOR.evaluate(asAcross, policies);
    if (both.allowed()) {
      return new Verdict(true, "");
    }
    boolean keyPolicyDelegates = policy.isPresent()
        && EVALUATOR.evaluate(asAcross, PolicySet.builder()
                .addIdentityPolicies(KmsPrincipal.allowAll())
                .resourcePolicy(policy)
                .build())
            .allowed();
    return new Verdict(false, keyPolicyDelegates
        ? " because no identity-based policy allows the " + action + " action"
        : " because no resource-based policy allows the " + action + " action");
  }

  /** A request on no key: the identity-based policies alone. */
  static Verdict onAccount(KmsPrincipal who, String action, String resource) {
    PolicySet policies = PolicySet.builder()
        .addAllIdentityPolicies(who.identityPolicies())
        .permissionsBoundary(who.boundary())
        .build();
    Decision decision = EVALUATOR.evaluate(request(who, action, resource, Map.of()).build(), policies);
    if (decision.allowed()) {
      return new Verdict(true, "");
    }
    return decision.decision() == EvalDecision.EXPLICIT_DENY
        ? denied(decision, action)
        : new Verdict(false, " because no identity-based policy allows the " + action + " action");
  }

  private static Verdict denied(Decision decision, String action) {
    boolean inKeyPolicy = decision.decidingStatements().stream()
        .anyMatch(s -> s.policyKind() == PolicyKind.RESOURCE);
    return new Verdict(false, " with an explicit deny in a "
        + (inKeyPolicy ? "resource-based" : "identity-based") + " policy");
  }

  private static AuthorizationRequest.Builder request(
      KmsPrincipal who, String action, String resource, Map<String, String> context) {
    AuthorizationRequest.Builder request = AuthorizationRequest.builder();
    request.principalArn(who.principalArn())
        .principalType(who.type())
        .principalTags(who.tags())
        .action(action)
        .resource(resource);
    request.contextValue("kms:CallerAccount", accountOf(who.principalArn()));
    context.forEach(request::contextValue);
    return request;
  }

  private static Optional<LabeledPolicy> parse(String keyArn, String policy) {
    try {
      return Optional.of(LabeledPolicy.parse("key-policy:" + keyArn, policy));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6 ? parts[4] : "";
  }
}
