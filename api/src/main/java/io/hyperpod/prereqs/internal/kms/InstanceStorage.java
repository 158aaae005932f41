package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.EbsVolumeConfig;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceStorageConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * An instance group's {@code InstanceStorageConfigs}: its secondary EBS volume
 * ({@code ebsVolumeSizeGB}).
 */
public final class InstanceStorage {
  private InstanceStorage() {}

  /** The group's storage configs, in the request's order. */
  public static List<InstanceStorageConfig> configs(StackModel model, InstanceGroup group,
      int groupIndex, Outputs outputs, ImmutableCreateClusterRequest.Builder request) {
    List<InstanceStorageConfig> out = new ArrayList<>();
    group.ebsVolumeSizeGB().ifPresent(gb -> out.add(InstanceStorageConfig.ebs(
        EbsVolumeConfig.builder().volumeSizeInGB(gb).build())));
    return out;
  }
}
