package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.spi.iam.ImmutableSimulationContextEntry;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.List;
import java.util.stream.IntStream;

/**
 * IAM's policy simulator on the wire: SimulatePrincipalPolicy and SimulateCustomPolicy, answered
 * with {@code EvaluationResults} (decision and matched statements per action and resource) and
 * {@code Marker}/{@code IsTruncated} paging. Matched statements carry no line/column positions (the
 * simulator's evaluator places statements by Sid or index, not by text position).
 */
final class IamSimulateActions {
  private IamSimulateActions() {}

  static void register(IamQueryService iam) {
    iam.action(
        "SimulatePrincipalPolicy",
        (p, c, x) -> {
          String source = p.required("PolicySourceArn");
          if (!p.memberList("PolicyInputList").isEmpty()) {
            throw io.hyperpod.prereqs.simulator.internal.AwsError.IAM_INVALID_INPUT.exception(
                "PolicyInputList with SimulatePrincipalPolicy is not supported by the simulator;"
                    + " simulate the extra policies with SimulateCustomPolicy");
          }
          String inlineType = source.contains(":role/") ? "role" : "user";
          write(x, new IamOperations(c).simulatePrincipalPolicy(source, simulation(p)), inlineType, p);
        });
    iam.action(
        "SimulateCustomPolicy",
        (p, c, x) -> {
          List<String> policies = p.memberList("PolicyInputList");
          if (policies.isEmpty()) {
            throw AwsQueryService.validationError("iam", "PolicyInputList", "missing");
          }
          write(
              x,
              new IamOperations(c)
                  .simulateCustomPolicy(
                      policies, p.memberList("PermissionsBoundaryPolicyInputList"), simulation(p)),
              "IAM Policy",
              p);
        });
  }

  private static PolicySimulation simulation(QueryParams p) {
    List<String> actions = p.memberList("ActionNames");
    if (actions.isEmpty()) {
      throw AwsQueryService.validationError("iam", "ActionNames", "missing");
    }
    var simulation =
        PolicySimulation.builder()
            .actionNames(actions)
            .resourceArns(p.memberList("ResourceArns"))
            .resourcePolicy(java.util.Optional.ofNullable(p.get("ResourcePolicy")))
            .callerArn(java.util.Optional.ofNullable(p.get("CallerArn")));
    for (QueryParams entry : p.members("ContextEntries")) {
      simulation.addContextEntries(
          ImmutableSimulationContextEntry.of(
              entry.required("ContextKeyName"),
              entry.get("ContextKeyType", "string"),
              entry.memberList("ContextKeyValues")));
    }
    return simulation.build();
  }

  private static void write(
      Xml x, List<SimulationResult> results, String inlineType, QueryParams p) {
    MarkerPage<Integer> page =
        IamQueryService.page(
            IntStream.range(0, results.size()).boxed().toList(),
            i -> String.format("%08d", i),
            p);
    x.start("EvaluationResults");
    for (int i : page.items()) {
      SimulationResult r = results.get(i);
      x.start("member")
          .element("EvalActionName", r.actionName())
          .element("EvalResourceName", r.resourceArn())
          .element("EvalDecision", r.decision().awsName())
          .start("MatchedStatements");
      for (SimulationResult.MatchedStatement s : r.matchedStatements()) {
        x.start("member")
            .element("SourcePolicyId", s.sourcePolicyId())
            .element("SourcePolicyType", sourceType(s.sourcePolicyId(), inlineType))
            .end();
      }
      x.end().start("MissingContextValues").end().end();
    }
    x.end();
    page.writeIamMarker(x);
  }

  /** IAM's {@code PolicySourceType} of a matched statement's policy. */
  private static String sourceType(String policyId, String inlineType) {
    if (policyId.startsWith("arn:aws:iam::aws:policy/")) {
      return "aws-managed";
    }
    if (policyId.startsWith("arn:")) {
      return "user-managed";
    }
    if (policyId.equals("ResourcePolicy")) {
      return "resource";
    }
    return inlineType;
  }
}
