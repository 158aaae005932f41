package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.policy.AwsManagedPolicies;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyParseException;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity-based policies of a user or role as IAM evaluates them: its attached managed
 * policies (AWS managed ones from the catalog) and inline policies, and for a user those of every
 * group it is in, each labelled as IAM labels its source policies.
 */
public final class IdentityPolicies {
  private IdentityPolicies() {}

  public static List<LabeledPolicy> of(IamOperations ops, PrincipalRecord principal) {
    List<LabeledPolicy> policies = new ArrayList<>();
    add(ops, principal.attachedPolicyArns(), principal.inlinePolicies(), policies);
    if (principal instanceof UserRecord) {
      for (GroupRecord group : ops.store().groupsOf(principal.name())) {
        add(ops, group.attachedPolicyArns(), group.inlinePolicies(), policies);
      }
    }
    return policies;
  }

  /** The permissions boundary of a role or user, if it has one. */
  public static Optional<LabeledPolicy> boundary(IamOperations ops, PrincipalRecord principal) {
    String arn = principal.permissionsBoundaryArn();
    return Optional.ofNullable(arn).flatMap(a -> document(ops, a).map(d -> parse(a, d)));
  }

  private static void add(
      IamOperations ops, List<String> attached, Map<String, String> inline, List<LabeledPolicy> out) {
    for (String policyArn : attached) {
      document(ops, policyArn).ifPresent(d -> out.add(parse(policyArn, d)));
    }
    inline.forEach((name, doc) -> out.add(parse(name, doc)));
  }

  /** The default version's text of a managed policy (AWS's or the account's). */
  static Optional<String> document(IamOperations ops, String policyArn) {
    return AwsManagedPolicies.get(policyArn)
        .map(m -> m.documentJson())
        .or(() -> ops.findPolicy(policyArn).map(r -> r.defaultVersion().document));
  }

  static LabeledPolicy parse(String label, String document) {
    try {
      return LabeledPolicy.parse(label, document);
    } catch (PolicyParseException e) {
      throw AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
          label + " is not a valid policy document: " + e.getMessage());
    }
  }
}
