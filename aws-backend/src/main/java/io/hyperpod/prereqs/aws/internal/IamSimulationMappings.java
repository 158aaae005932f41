package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.iam.EvalDecision;
import io.hyperpod.prereqs.spi.iam.ImmutableMatchedStatement;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.Statement;

/** IAM's policy simulation requests and answers between the SDK and the SPI. */
final class IamSimulationMappings {
  private IamSimulationMappings() {}

  static void principal(SimulatePrincipalPolicyRequest.Builder r, String source, PolicySimulation s) {
    r.policySourceArn(source).actionNames(s.actionNames()).contextEntries(contextEntries(s));
    if (!s.resourceArns().isEmpty()) {
      r.resourceArns(s.resourceArns());
    }
    s.resourcePolicy().ifPresent(r::resourcePolicy);
    s.callerArn().ifPresent(r::callerArn);
  }

  static void custom(
      SimulateCustomPolicyRequest.Builder r, List<String> documents, List<String> boundaries, PolicySimulation s) {
    r.policyInputList(documents).actionNames(s.actionNames()).contextEntries(contextEntries(s));
    if (!boundaries.isEmpty()) {
      r.permissionsBoundaryPolicyInputList(boundaries);
    }
    if (!s.resourceArns().isEmpty()) {
      r.resourceArns(s.resourceArns());
    }
    s.resourcePolicy().ifPresent(r::resourcePolicy);
    s.callerArn().ifPresent(r::callerArn);
  }

  private static List<ContextEntry> contextEntries(PolicySimulation s) {
    return s.contextEntries().stream()
        .map(e -> ContextEntry.builder()
            .contextKeyName(e.key()).contextKeyType(e.type()).contextKeyValues(e.values()).build())
        .toList();
  }

  static List<SimulationResult> results(Iterable<EvaluationResult> results) {
    List<SimulationResult> out = new ArrayList<>();
    for (EvaluationResult r : results) {
      out.add(SimulationResult.builder()
          .actionName(r.evalActionName())
          .resourceArn(r.evalResourceName() == null ? "*" : r.evalResourceName())
          .decision(decision(r.evalDecision()))
          .addAllMatchedStatements(r.matchedStatements().stream().map(IamSimulationMappings::statement).toList())
          .build());
    }
    return out;
  }

  private static EvalDecision decision(PolicyEvaluationDecisionType type) {
    return switch (type) {
      case ALLOWED -> EvalDecision.ALLOWED;
      case EXPLICIT_DENY -> EvalDecision.EXPLICIT_DENY;
      default -> EvalDecision.IMPLICIT_DENY;
    };
  }

  private static SimulationResult.MatchedStatement statement(Statement s) {
    String position = s.startPosition() == null ? "?"
        : "line " + s.startPosition().line() + ", column " + s.startPosition().column();
    return ImmutableMatchedStatement.builder()
        .sourcePolicyId(s.sourcePolicyId() == null ? "?" : s.sourcePolicyId())
        .position(position)
        .build();
  }
}
