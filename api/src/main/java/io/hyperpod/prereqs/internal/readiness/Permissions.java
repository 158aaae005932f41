package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.policy.StatementMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Questions to the policy evaluator, and its answers in words for evidence. */
final class Permissions {
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  private Permissions() {}

  /** May the principal do the action on the resource (with the resource's policy, if any)? */
  static Decision ask(
      Principal who,
      String action,
      String resource,
      Optional<LabeledPolicy> resourcePolicy,
      Optional<String> resourceAccount,
      Map<String, List<String>> context) {
    AuthorizationRequest.Builder request = AuthorizationRequest.builder();
    request.principalArn(who.arn()).principalTags(who.tags()).action(action).resource(resource);
    resourceAccount.ifPresent(request::resourceAccount);
    request.putAllContext(context);
    PolicySet policies =
        PolicySet.builder()
            .addAllIdentityPolicies(who.identityPolicies())
            .permissionsBoundary(who.permissionsBoundary())
            .resourcePolicy(resourcePolicy)
            .build();
    return EVALUATOR.evaluate(request.build(), policies);
  }

  /** Does the service principal's trust policy let it assume the role? */
  static Decision serviceMayAssume(String service, String roleArn, LabeledPolicy trust) {
    return EVALUATOR.evaluate(
        AuthorizationRequest.builder()
            .principalArn(service)
            .action("sts:AssumeRole")
            .resource(roleArn)
            .build(),
        PolicySet.builder().resourcePolicy(trust).build());
  }

  /** {@code s3:GetObject on arn:...: allowed by inline:X/Sid}. */
  static String say(String action, String resource, Decision d) {
    String by =
        d.decidingStatements().stream().map(Permissions::statement).collect(Collectors.joining(", "));
    String why =
        switch (d.decision()) {
          case ALLOWED -> " by " + by;
          case EXPLICIT_DENY -> " by " + by;
          case IMPLICIT_DENY -> d.nearMisses().isEmpty()
              ? " (no statement allows it)"
              : " (near misses: "
                  + d.nearMisses().stream()
                      .limit(3)
                      .map(m -> statement(m) + ": " + m.reason())
                      .collect(Collectors.joining("; "))
                  + ")";
        };
    return action + " on " + resource + ": " + d.decision().awsName() + why;
  }

  private static String statement(StatementMatch m) {
    return m.policyLabel() + m.sid().map(s -> "/" + s).orElse("");
  }
}
