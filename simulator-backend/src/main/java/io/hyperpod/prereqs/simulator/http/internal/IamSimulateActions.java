package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.spi.iam.ImmutableSimulationContextEntry;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import io.hyperpod.prereqs.simulator.internal.iam.StatementPositions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * IAM's policy simulator on the wire: SimulatePrincipalPolicy and SimulateCustomPolicy, answered
 * with {@code EvaluationResults} (decision and matched statements per action and resource) and
 * {@code Marker}/{@code IsTruncated} paging. Matched statements carry their line/column span in the
 * policy's text ({@link StatementPositions}).
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
          IamOperations ops = new IamOperations(c);
          write(
              x,
              ops.simulatePrincipalPolicy(source, simulation(p)),
              id -> ops.simulatedPolicy(source, id),
              source.contains(":role/") ? "role" : "user",
              p);
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
              id -> inputDocument(id, policies),
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

  /**
   * The results as IAM writes them: per action (and resource) the decision, the matched statements
   * with where they stand in their policy's text, the organizations' verdict (the simulator has no
   * organization: allowed) and the same per resource in {@code ResourceSpecificResults}.
   */
  private static void write(
      Xml x,
      List<SimulationResult> results,
      Function<String, Optional<String>> documents,
      String inlineType,
      QueryParams p) {
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
          .element("EvalDecision", r.decision().awsName());
      matched(x, r, documents, inlineType);
      x.start("MissingContextValues").end();
      x.start("EvalDecisionDetails").end();
      x.start("OrganizationsDecisionDetail").element("AllowedByOrganizations", true).end();
      x.start("ResourceSpecificResults")
          .start("member")
          .element("EvalResourceName", r.resourceArn())
          .element("EvalResourceDecision", r.decision().awsName());
      matched(x, r, documents, inlineType);
      x.start("MissingContextValues").end().end().end();
      x.end();
    }
    x.end();
    page.writeIamMarker(x);
  }

  private static void matched(
      Xml x,
      SimulationResult r,
      Function<String, Optional<String>> documents,
      String inlineType) {
    x.start("MatchedStatements");
    for (SimulationResult.MatchedStatement s : r.matchedStatements()) {
      x.start("member")
          .element("SourcePolicyId", s.sourcePolicyId())
          .element("SourcePolicyType", sourceType(s.sourcePolicyId(), inlineType));
      documents
          .apply(s.sourcePolicyId())
          .flatMap(d -> StatementPositions.of(d, s.position()))
          .ifPresent(
              span ->
                  x.start("StartPosition")
                      .element("Line", span.startLine())
                      .element("Column", span.startColumn())
                      .end()
                      .start("EndPosition")
                      .element("Line", span.endLine())
                      .element("Column", span.endColumn())
                      .end());
      x.end();
    }
    x.end();
  }

  /** The document {@code PolicyInputList.N} of SimulateCustomPolicy names. */
  private static Optional<String> inputDocument(String id, List<String> policies) {
    String prefix = "PolicyInputList.";
    if (!id.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(id.substring(prefix.length()));
      return n >= 1 && n <= policies.size() ? Optional.of(policies.get(n - 1)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * IAM's {@code SourcePolicyType} of a matched statement's policy: {@code IAM Policy} for a
   * managed policy (AWS's or the account's, as AWS answers), the principal's kind for an inline
   * policy, {@code resource} for the simulated resource policy.
   */
  private static String sourceType(String policyId, String inlineType) {
    if (policyId.startsWith("arn:")) {
      return "IAM Policy";
    }
    if (policyId.equals("ResourcePolicy")) {
      return "resource";
    }
    return inlineType;
  }
}
