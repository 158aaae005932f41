package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.kms.KmsKeyPolicies;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The customer managed KMS keys of the request's EBS volumes ({@code VolumeKmsKeyId}, docs/kms.md)
 * as HyperPod uses them: {@code NodeProvisioningMode} is Continuous; each key exists, is enabled,
 * symmetric for encryption and customer managed; and its key policy (with the execution role's
 * IAM policies where it delegates to them, KMS's rule) lets the group's execution role
 * kms:CreateGrant through SageMaker for AWS resources and kms:DescribeKey.
 */
public final class KmsRequirements {
  public static final String PROVISIONING_MODE = "kms.provisioning-mode";
  public static final String KEY_USABLE = "kms.key-usable";
  public static final String KEY_GRANT = "kms.key-grant";

  private KmsRequirements() {}

  static void check(AccountView view, CreateClusterRequest request, Results out) {
    Set<String> seen = new LinkedHashSet<>();
    boolean any = false;
    for (InstanceGroupSpec g : request.instanceGroups()) {
      for (String key : keys(g)) {
        any = true;
        if (seen.add(g.executionRole() + " " + key)) {
          key(view, g, key, out);
        }
      }
    }
    if (any) {
      Optional<String> mode = request.nodeProvisioningMode();
      out.check(mode.filter("Continuous"::equals).isPresent(), PROVISIONING_MODE,
          "NodeProvisioningMode", "customer managed keys for the volumes come with"
              + " NodeProvisioningMode Continuous",
          "NodeProvisioningMode " + mode.orElse("not set") + "; volumes have customer managed keys",
          "set cluster.nodeProvisioningMode: Continuous in the spec (NodeProvisioningMode in the"
              + " request)", Consequence.VALIDATION);
    }
  }

  private static List<String> keys(InstanceGroupSpec g) {
    List<String> out = new ArrayList<>();
    for (InstanceStorageConfig c : g.instanceStorageConfigs()) {
      c.ebsVolumeConfig().flatMap(e -> e.volumeKmsKeyId()).filter(k -> !out.contains(k))
          .ifPresent(out::add);
    }
    return out;
  }

  private static void key(AccountView view, InstanceGroupSpec g, String keyId, Results out) {
    String title = "the key of instance group " + g.instanceGroupName() + "'s volumes is an"
        + " enabled, symmetric, customer managed key";
    Optional<KmsKey> found = view.kmsKey(keyId);
    if (found.isEmpty()) {
      out.fail(KEY_USABLE, keyId, title, "no key " + keyId + " in account " + view.accountId()
              + " region " + view.region(),
          "create the key (kms: {create: {}} in the spec) or correct instanceGroups[].kms.keyId",
          Consequence.VALIDATION);
      return;
    }
    KmsKey k = found.get();
    boolean usable = k.enabled() && k.customerManaged() && "SYMMETRIC_DEFAULT".equals(k.keySpec())
        && "ENCRYPT_DECRYPT".equals(k.keyUsage());
    out.check(usable, KEY_USABLE, k.arn(), title,
        k.arn() + " " + k.keyState() + ", " + k.keyManager() + " managed, " + k.keySpec() + " for "
            + k.keyUsage(),
        !k.enabled() ? "enable the key (aws kms enable-key --key-id " + k.keyId() + ")"
            : "name an enabled, symmetric encryption, customer managed key in"
                + " instanceGroups[].kms.keyId, or create one with kms: {create: {}}",
        Consequence.VALIDATION);
    grant(view, g, k, out);
  }

  private static void grant(AccountView view, InstanceGroupSpec g, KmsKey k, Results out) {
    Optional<IamRole> role = view.roleByArn(g.executionRole());
    if (role.isEmpty()) {
      return; // role.exists fails already
    }
    String title = "the execution role may create grants on the key through SageMaker and describe"
        + " it";
    Optional<String> policy = view.keyPolicy(k.arn());
    if (policy.isEmpty()) {
      out.fail(KEY_GRANT, k.arn(), title, "the key policy of " + k.arn() + " could not be read",
          "allow the caller kms:GetKeyPolicy on the key, then verify again",
          Consequence.LIFECYCLE_FAILURE);
      return;
    }
    Principal p = Principal.of(role.get(), view);
    List<String> denied = new ArrayList<>();
    StringBuilder evidence = new StringBuilder();
    for (String action : List.of(KmsKeyPolicies.CREATE_GRANT, KmsKeyPolicies.DESCRIBE_KEY)) {
      Decision d = KmsKeyPolicies.judge(role.get().arn(), action, k.arn(), policy.get(),
          p.identityPolicies(), view.region(), view.accountId());
      evidence.append(Permissions.say(action, k.arn(), d)).append("; ");
      if (!d.allowed()) {
        denied.add(action);
      }
    }
    out.check(denied.isEmpty(), KEY_GRANT, k.arn(), title,
        role.get().name() + ": " + evidence.toString().strip() + " (kms:ViaService "
            + KmsKeyPolicies.sageMakerVia(view.region()) + ", kms:GrantIsForAWSResource true)",
        "let role " + role.get().name() + " do " + String.join(" and ", denied) + " in the key"
            + " policy (or allow the account root there and in the role's IAM policy; docs/kms.md)",
        Consequence.LIFECYCLE_FAILURE);
  }
}
