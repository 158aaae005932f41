package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IAM user or role with what the evaluator needs of it: its ARN, tags and identity policies.
 *
 * @param arn the user or role ARN
 * @param label {@code user/NAME} or {@code role/NAME}, for messages
 */
public record Principal(
    String arn,
    String label,
    Map<String, String> tags,
    List<LabeledPolicy> identityPolicies,
    Optional<LabeledPolicy> permissionsBoundary) {

  public static Principal of(IamUser user, AccountView view) {
    return new Principal(
        user.arn(),
        "user/" + user.name(),
        user.tags(),
        view.identityPolicies(user.attachedPolicyArns(), user.inlinePolicies()),
        Optional.empty());
  }

  public static Principal of(IamRole role, AccountView view) {
    return new Principal(
        role.arn(),
        "role/" + role.name(),
        role.tags(),
        view.identityPolicies(role.attachedPolicyArns(), role.inlinePolicies()),
        Optional.empty());
  }

  /** The value of a tag; IAM tag keys are case-insensitive. */
  public Optional<String> tag(String key) {
    return tags.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
