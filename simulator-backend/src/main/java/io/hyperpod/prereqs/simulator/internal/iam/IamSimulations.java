package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.internal.iam.PolicySimulator;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SimulatePrincipalPolicy and SimulateCustomPolicy on the account's IAM state, answered by the
 * project's policy evaluator: the principal's {@link IdentityPolicies} (its groups' too, for a
 * user), labelled as IAM labels its source policies.
 */
final class IamSimulations {
  private IamSimulations() {}

  static List<SimulationResult> principal(IamOperations ops, String arn, PolicySimulation simulation) {
    PrincipalRecord p = find(ops, arn).orElseThrow(() -> AwsError.IAM_NO_SUCH_ENTITY.exception(
        "PolicySourceArn " + arn + " names no user or role of account " + ops.accountId()
            + ": use the ARN of an existing IAM user or role"));
    List<LabeledPolicy> identity = IdentityPolicies.of(ops, p);
    return PolicySimulator.simulate(arn, p.tags(), identity, List.of(), simulation);
  }

  static List<SimulationResult> custom(
      String accountId, List<String> documents, List<String> boundaries, PolicySimulation simulation) {
    List<LabeledPolicy> identity = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      identity.add(parse("PolicyInputList." + (i + 1), documents.get(i)));
    }
    List<LabeledPolicy> bounds = new ArrayList<>();
    for (int i = 0; i < boundaries.size(); i++) {
      bounds.add(parse("PermissionsBoundaryPolicyInputList." + (i + 1), boundaries.get(i)));
    }
    String caller = simulation.callerArn().orElse("arn:aws:iam::" + accountId + ":user/policy-simulator");
    try {
      return PolicySimulator.simulate(caller, Map.of(), identity, bounds, simulation);
    } catch (IllegalArgumentException e) {
      throw AwsError.IAM_INVALID_INPUT.exception("CallerArn " + caller + " is invalid: " + e.getMessage()
          + ". Use the ARN of an IAM user or role");
    }
  }

  /**
   * The text of a policy SimulatePrincipalPolicy names as a matched statement's source: a managed
   * policy's default version, or an inline policy of the principal (or of one of its groups).
   */
  static Optional<String> document(IamOperations ops, String principalArn, String policyId) {
    if (policyId.startsWith("arn:")) {
      return IdentityPolicies.document(ops, policyId);
    }
    Optional<PrincipalRecord> principal = find(ops, principalArn);
    Optional<String> own = principal.map(p -> p.inlinePolicies().get(policyId));
    if (own.isPresent() || principal.isEmpty() || !(principal.get() instanceof UserRecord)) {
      return own;
    }
    return ops.store().groupsOf(principal.get().name()).stream()
        .map(g -> g.inlinePolicies().get(policyId))
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private static Optional<PrincipalRecord> find(IamOperations ops, String arn) {
    String prefix = "arn:aws:iam::" + ops.accountId() + ":";
    if (!arn.startsWith(prefix)) {
      return Optional.empty();
    }
    String resource = arn.substring(prefix.length());
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    if (resource.startsWith("user/")) {
      return ops.store().user(name).map(u -> (PrincipalRecord) u)
          .filter(u -> IamArns.user(ops.accountId(), u.path, u.name).equals(arn));
    }
    if (resource.startsWith("role/")) {
      return ops.store().role(name).map(r -> (PrincipalRecord) r)
          .filter(r -> IamArns.role(ops.accountId(), r.path, r.name).equals(arn));
    }
    return Optional.empty();
  }

  private static LabeledPolicy parse(String label, String document) {
    return IdentityPolicies.parse(label, document);
  }
}
