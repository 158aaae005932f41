package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.spi.iam.ImmutableMatchedStatement;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationContextEntry;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IAM's policy simulation with the project's {@link PolicyEvaluator}: every action on every
 * resource of a {@link PolicySimulation}, for a principal with its identity policies, permissions
 * boundary and tags. The policies' labels become the results' source policy ids.
 */
public final class PolicySimulator {
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  private PolicySimulator() {}

  public static List<SimulationResult> simulate(
      String principalArn,
      Map<String, String> principalTags,
      List<LabeledPolicy> identityPolicies,
      List<LabeledPolicy> permissionsBoundaries,
      PolicySimulation simulation) {
    PolicySet policies =
        PolicySet.builder()
            .addAllIdentityPolicies(identityPolicies)
            .permissionsBoundary(permissionsBoundaries.stream().findFirst())
            .resourcePolicy(simulation.resourcePolicy().map(p -> LabeledPolicy.parse("ResourcePolicy", p)))
            .build();
    List<String> resources =
        simulation.resourceArns().isEmpty() ? List.of("*") : simulation.resourceArns();
    List<SimulationResult> out = new ArrayList<>();
    for (String action : simulation.actionNames()) {
      for (String resource : resources) {
        AuthorizationRequest.Builder request = AuthorizationRequest.builder();
        request.principalArn(simulation.callerArn().orElse(principalArn))
            .principalTags(principalTags)
            .action(action)
            .resource(resource);
        for (SimulationContextEntry e : simulation.contextEntries()) {
          request.putContext(e.key(), e.values());
        }
        Decision d = EVALUATOR.evaluate(request.build(), policies);
        out.add(
            SimulationResult.builder()
                .actionName(action)
                .resourceArn(resource)
                .decision(d.decision())
                .addAllMatchedStatements(
                    d.decidingStatements().stream()
                        .map(m -> ImmutableMatchedStatement.builder()
                            .sourcePolicyId(m.policyLabel())
                            .position(m.statementId())
                            .build())
                        .toList())
                .build());
      }
    }
    return out;
  }
}
