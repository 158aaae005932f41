package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether HyperPod can use a group's key, checked before anything is written: enabled, a
 * symmetric encryption key, customer managed, of the stack's account; and, for a key the spec
 * adopts, a key policy that lets the group's execution role create grants through SageMaker and
 * describe the key (judged by the policy evaluator with the policy the stack gives the role).
 */
final class KmsKeyChecks {
  private KmsKeyChecks() {}

  static List<Finding> check(StackModel model, InstanceGroup group, ResourceAddress address,
      ObservedKey observed, boolean created) {
    KmsKey k = observed.key();
    String field = KmsKeyResource.path(model, group) + (created ? ".create" : ".keyId");
    String other = created ? "" : ", or let the tool create a key with kms: {create: {}}";
    List<Finding> out = new ArrayList<>();
    if (!k.customerManaged()) {
      out.add(Finding.error("kms.key-aws-managed", address, "key " + k.arn() + " (" + field
              + ") is an AWS managed key: its key policy cannot be changed, so HyperPod cannot"
              + " create the grant the volumes need",
          "name a customer managed key in " + field + other));
      return out;
    }
    if (!"SYMMETRIC_DEFAULT".equals(k.keySpec()) || !"ENCRYPT_DECRYPT".equals(k.keyUsage())) {
      out.add(Finding.error("kms.key-type", address, "key " + k.arn() + " (" + field + ") is "
              + k.keySpec() + " for " + k.keyUsage() + "; EBS encrypts only with a symmetric"
              + " encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT)",
          "name a symmetric encryption key in " + field + other));
    }
    if (!k.awsAccountId().equals(model.account())) {
      out.add(Finding.error("kms.key-account", address, "key " + k.arn() + " (" + field
              + ") belongs to account " + k.awsAccountId() + ", not to " + model.account(),
          "use a key of account " + model.account() + other));
    }
    if (!k.enabled()) {
      out.add(Finding.error("kms.key-state", address, "key " + k.arn() + " (" + field + ") is "
              + k.keyState() + "; HyperPod could not encrypt the volumes with it and the cluster"
              + " would fail",
          KmsKey.PENDING_DELETION.equals(k.keyState())
              ? "cancel the deletion and enable it (aws kms cancel-key-deletion --key-id "
                  + k.keyId() + "; aws kms enable-key --key-id " + k.keyId() + ")" + other
              : "enable it (aws kms enable-key --key-id " + k.keyId() + ")" + other));
    }
    if (!created) {
      out.addAll(policyFindings(model, group, address, observed, field));
    }
    return out;
  }

  private static List<Finding> policyFindings(StackModel model, InstanceGroup group,
      ResourceAddress address, ObservedKey observed, String field) {
    KmsKey k = observed.key();
    if (observed.policy().isEmpty()) {
      return List.of(Finding.warning("kms.key-policy-unreadable", address, "the key policy of "
              + k.arn() + " (" + field + ") could not be read, so whether the execution role may"
              + " use the key is not checked",
          "allow this caller kms:GetKeyPolicy on the key (iam-policy-for-tool prints the policy"
              + " the tool needs)"));
    }
    String role = model.roleArn(model.executionRoleName(group));
    List<LabeledPolicy> identity = List.of(KmsKeyPolicies.executionPolicy(
        model.clusterAdminPolicyName(), model.region(), List.of(k.arn())));
    List<String> refused = new ArrayList<>();
    for (String action : List.of(KmsKeyPolicies.CREATE_GRANT, KmsKeyPolicies.DESCRIBE_KEY)) {
      Decision d = KmsKeyPolicies.judge(role, action, k.arn(), observed.policy().get(), identity,
          model.region(), model.account());
      if (!d.allowed()) {
        refused.add(action + " (" + d.explanation() + ")");
      }
    }
    if (refused.isEmpty()) {
      return List.of();
    }
    return List.of(Finding.error("kms.key-policy", address, "the key policy of " + k.arn() + " ("
            + field + ") does not let the execution role " + role + " do "
            + String.join(" and ", refused) + " with kms:ViaService "
            + KmsKeyPolicies.sageMakerVia(model.region()) + " and kms:GrantIsForAWSResource"
            + " true; HyperPod could not attach the encrypted volumes",
        "add to the key policy a statement allowing arn:aws:iam::" + model.account() + ":root"
            + " kms:* (then the role's IAM policy, which the tool writes, grants), or one allowing"
            + " the role kms:CreateGrant with those two conditions and kms:DescribeKey"
            + " (docs/kms.md shows both)" + (", or let the tool create a key with kms: {create:"
            + " {}}")));
  }
}
