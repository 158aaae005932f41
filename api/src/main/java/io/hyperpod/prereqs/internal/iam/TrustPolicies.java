package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.spi.iam.EvalDecision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicyParseException;
import io.hyperpod.prereqs.policy.PolicySet;

/** Reads role trust policies with the policy evaluator: may this service assume the role? */
final class TrustPolicies {
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  private TrustPolicies() {}

  /** Whether the trust policy lets {@code service} call sts:AssumeRole on the role. */
  static boolean trustsService(String roleArn, String trustPolicy, String service) {
    try {
      return EVALUATOR.evaluate(
              AuthorizationRequest.builder()
                  .principalArn(service)
                  .action("sts:AssumeRole")
                  .resource(roleArn)
                  .resourceAccount(roleArn.split(":")[4])
                  .build(),
              PolicySet.builder()
                  .resourcePolicy(LabeledPolicy.parse("trust-policy:" + roleArn, trustPolicy))
                  .build())
          .decision() == EvalDecision.ALLOWED;
    } catch (PolicyParseException e) {
      return false;
    }
  }
}
