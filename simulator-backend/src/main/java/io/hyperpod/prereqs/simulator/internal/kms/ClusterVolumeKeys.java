package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.EbsVolumeConfig;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.util.Map;
import java.util.Optional;

/**
 * What HyperPod's CreateCluster does with the customer managed keys of instance groups' EBS
 * volumes ({@code EbsVolumeConfig.VolumeKmsKeyId}): the request's shape and the key itself are
 * checked at once (ValidationException), while whether the execution role may use the key
 * (kms:CreateGrant and kms:DescribeKey via {@code sagemaker.REGION.amazonaws.com}, judged with
 * KMS's rule) shows only when nodes are provisioned: the cluster goes to Failed. HyperPod's
 * messages are not recorded; these are the simulator's own wording.
 */
public final class ClusterVolumeKeys {
  private static final String CONTINUOUS = "Continuous";

  private ClusterVolumeKeys() {}

  /**
   * Checks the request's volume keys; use inside the CreateCluster call.
   *
   * @return the failure the cluster meets when its nodes are provisioned, if a group's execution
   *     role cannot use its key
   * @throws io.hyperpod.prereqs.spi.CloudException SageMaker's ValidationException
   */
  public static Optional<String> check(BackendContext context, CreateClusterRequest request) {
    Optional<String> failure = Optional.empty();
    for (InstanceGroupSpec group : request.instanceGroups()) {
      for (InstanceStorageConfig storage : group.instanceStorageConfigs()) {
        if (storage.ebsVolumeConfig().isEmpty()) {
          continue;
        }
        Optional<String> f = volume(context, request, group, storage.ebsVolumeConfig().get());
        failure = failure.or(() -> f);
      }
    }
    return failure;
  }

  private static Optional<String> volume(
      BackendContext context, CreateClusterRequest request, InstanceGroupSpec group,
      EbsVolumeConfig ebs) {
    String name = group.instanceGroupName();
    boolean root = ebs.rootVolume().orElse(false);
    if (root && ebs.volumeSizeInGB().isPresent()) {
      throw invalid("The root volume of instance group " + name + " (RootVolume true) must not"
          + " set VolumeSizeInGB.");
    }
    if (root && ebs.volumeKmsKeyId().isEmpty()) {
      throw invalid("The root volume of instance group " + name + " (RootVolume true) requires"
          + " VolumeKmsKeyId.");
    }
    if (ebs.volumeKmsKeyId().isEmpty()) {
      return Optional.empty();
    }
    String keyId = ebs.volumeKmsKeyId().get();
    if (!request.nodeProvisioningMode().equals(Optional.of(CONTINUOUS))) {
      throw invalid("VolumeKmsKeyId of instance group " + name + " requires NodeProvisioningMode"
          + " Continuous.");
    }
    KeyRecord key;
    try {
      key = KeyIds.resolve(context, keyId).key();
    } catch (NotFoundException e) {
      throw invalid("The KMS key " + keyId + " of instance group " + name + " does not exist.");
    }
    if (!KmsKey.ENABLED.equals(key.keyState)) {
      throw invalid("The KMS key " + keyId + " of instance group " + name + " is not enabled"
          + " (its state is " + key.keyState + ").");
    }
    if (!"SYMMETRIC_DEFAULT".equals(key.keySpec) || !"ENCRYPT_DECRYPT".equals(key.keyUsage)) {
      throw invalid("The KMS key " + keyId + " of instance group " + name + " is not a symmetric"
          + " encryption key.");
    }
    String roleName = group.executionRole().substring(group.executionRole().lastIndexOf('/') + 1);
    Optional<KmsPrincipal> role = KmsPrincipal.role(context, roleName);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    String via = "sagemaker." + context.region() + ".amazonaws.com";
    for (String action : new String[] {"kms:DescribeKey", "kms:CreateGrant"}) {
      // kms:GrantIsForAWSResource is in the request context of grant operations only
      Map<String, String> requestContext = action.equals("kms:CreateGrant")
          ? Map.of("kms:ViaService", via, "kms:GrantIsForAWSResource", "true")
          : Map.of("kms:ViaService", via);
      if (!KeyPolicyJudge.onKey(role.get(), action, key, key.policy, requestContext).allowed()) {
        return Optional.of("Instance group " + name + " could not use KMS key " + key.arn
            + ": the execution role " + group.executionRole() + " is not allowed " + action
            + " on it through SageMaker (the key policy, and the role's own policies when the key"
            + " policy delegates to IAM, must allow it with kms:ViaService sagemaker."
            + context.region() + ".amazonaws.com).");
      }
    }
    return Optional.empty();
  }

  private static RuntimeException invalid(String message) {
    return AwsError.SAGEMAKER_VALIDATION.exception(message);
  }
}
