package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.InstanceGroupKms;
import io.hyperpod.prereqs.spec.KmsVolume;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.EbsVolumeConfig;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.UnknownId;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An instance group's EBS entries of {@code InstanceStorageConfigs}, which come before the file
 * systems' entries: the root volume's ({@code RootVolume: true} and the group's {@code
 * VolumeKmsKeyId}, no size: AWS refuses one there) when {@code kms.volumes} has {@code root},
 * then the secondary volume of {@code ebsVolumeSizeGB}, with the key when {@code kms.volumes} has
 * {@code secondary}. A key the apply has yet to create is an unknown id of the request.
 */
public final class InstanceStorage {
  private InstanceStorage() {}

  /** The group's EBS storage configs, in the request's order. */
  public static List<InstanceStorageConfig> configs(StackModel model, InstanceGroup group,
      int groupIndex, Outputs outputs, ImmutableCreateClusterRequest.Builder request) {
    List<InstanceStorageConfig> out = new ArrayList<>();
    List<KmsVolume> volumes = group.kms()
        .map(k -> k.volumesFor(group.ebsVolumeSizeGB().isPresent())).orElse(List.of());
    Optional<String> key = group.kms().flatMap(k -> keyOf(group, k, outputs));
    String at = "InstanceGroups[" + groupIndex + "].InstanceStorageConfigs[";
    if (volumes.contains(KmsVolume.ROOT)) {
      io.hyperpod.prereqs.spi.sagemaker.ImmutableEbsVolumeConfig.Builder root = EbsVolumeConfig.builder().rootVolume(true);
      key.ifPresentOrElse(root::volumeKmsKeyId, () -> request.addUnknownIds(UnknownId.of(
          at + out.size() + "].EbsVolumeConfig.VolumeKmsKeyId",
          KmsComponent.keyAddress(group.name()).toString())));
      out.add(InstanceStorageConfig.ebs(root.build()));
    }
    if (group.ebsVolumeSizeGB().isPresent()) {
      io.hyperpod.prereqs.spi.sagemaker.ImmutableEbsVolumeConfig.Builder secondary =
          EbsVolumeConfig.builder().volumeSizeInGB(group.ebsVolumeSizeGB().get());
      if (volumes.contains(KmsVolume.SECONDARY)) {
        key.ifPresentOrElse(secondary::volumeKmsKeyId, () -> request.addUnknownIds(UnknownId.of(
            at + out.size() + "].EbsVolumeConfig.VolumeKmsKeyId",
            KmsComponent.keyAddress(group.name()).toString())));
      }
      out.add(InstanceStorageConfig.ebs(secondary.build()));
    }
    return out;
  }

  /** How many EBS entries {@link #configs} gives the group: the file systems' entries follow. */
  public static int count(InstanceGroup group) {
    boolean root = group.kms()
        .map(k -> k.volumesFor(group.ebsVolumeSizeGB().isPresent()).contains(KmsVolume.ROOT))
        .orElse(false);
    return (root ? 1 : 0) + (group.ebsVolumeSizeGB().isPresent() ? 1 : 0);
  }

  /** The key's ARN once known; an adopted key not found yet: the spec's own key id. */
  private static Optional<String> keyOf(InstanceGroup group, InstanceGroupKms kms,
      Outputs outputs) {
    Optional<String> arn = outputs.get(KmsComponent.keyAddress(group.name()), "arn");
    return arn.isPresent() ? arn : kms.keyId();
  }
}
