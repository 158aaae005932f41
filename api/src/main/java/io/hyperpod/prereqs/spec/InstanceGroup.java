package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** One HyperPod instance group: what CreateCluster's {@code InstanceGroups[]} will hold. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableInstanceGroup.class)
@JsonDeserialize(as = ImmutableInstanceGroup.class)
@JsonPropertyOrder({
  "name", "instanceType", "count", "executionRole", "slurm", "threadsPerCore",
  "onStartDeepHealthChecks", "trainingPlanArn", "network", "ebsVolumeSizeGB",
  "kms"
})
public interface InstanceGroup {
  /** {@return the group's name ({@code InstanceGroupName}), unique in the cluster} */
  String name();

  /**
   * A HyperPod instance type, with the {@code ml.} prefix (e.g. {@code ml.p5.48xlarge}).
   *
   * @return the instance type, e.g. {@code ml.g5.8xlarge}
   */
  String instanceType();

  /** {@return how many instances ({@code InstanceCount})} */
  int count();

  /** {@return the execution role of this group; groups without one share the stack's role} */
  Optional<String> executionRole();

  /**
   * The group's API-driven Slurm configuration ({@code SlurmConfig}): required in the {@code ami}
   * and {@code extension} lifecycle modes, optional in {@code custom} (then all groups or none).
   *
   * @return the Slurm settings, or empty
   */
  Optional<SlurmSettings> slurm();

  /**
   * {@return {@code ThreadsPerCore}: 1 (the default: no hyperthreading) or 2 where the type has it}
   */
  Optional<Integer> threadsPerCore();

  /** {@return {@code OnStartDeepHealthChecks}: on GPU and Trainium types only} */
  java.util.List<DeepHealthCheck> onStartDeepHealthChecks();

  /** {@return {@code TrainingPlanArn}: a SageMaker training plan of the cluster's region} */
  Optional<String> trainingPlanArn();

  /**
   * The group's own subnets in another AZ ({@code OverrideVpcConfig}); absent: the cluster's
   * {@code network.subnets}.
   *
   * @return the group's subnets, or empty for the cluster's
   */
  Optional<InstanceGroupNetwork> network();

  /**
   * The size in GB of the secondary EBS volume HyperPod attaches to each instance of the group
   * (CreateCluster's {@code InstanceStorageConfigs[].EbsVolumeConfig.VolumeSizeInGB}, 1 to 16384);
   * absent: no secondary volume is asked for. The quota "Maximum size of EBS volume in GB for a
   * SageMaker HyperPod cluster instance" must cover it.
   *
   * @return the size in GB, or empty for none
   */
  Optional<Integer> ebsVolumeSizeGB();

  /**
   * The customer managed KMS key of the group's root volume and secondary volume ({@code
   * VolumeKmsKeyId}); absent: the volumes are encrypted with the AWS managed key. Needs {@code
   * cluster.nodeProvisioningMode: Continuous}.
   *
   * @return the key setting, or empty for AWS managed encryption
   */
  Optional<InstanceGroupKms> kms();

  /**
   * A group of {@code count} instances of {@code instanceType}, sharing the stack's role.
   *
   * @param name the group's name ({@code InstanceGroupName}), unique in the cluster
   * @param instanceType the instance type with its {@code ml.} prefix, e.g. {@code ml.p5.48xlarge}
   * @param count the number of instances
   * @return the group
   */
  static InstanceGroup of(String name, String instanceType, int count) {
    return builder().name(name).instanceType(instanceType).count(count).build();
  }

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link InstanceGroup}. */
  final class Builder extends ImmutableInstanceGroup.Builder
      implements SpecBuilder<Builder, InstanceGroup> {
    /**
     * Builds the value with {@code SlurmSettings.builder()} and sets it.
     *
     * @param value sets the Slurm settings on a fresh builder
     * @return this builder
     */
    public Builder slurm(Consumer<SlurmSettings.Builder> value) {
      return slurm(SlurmSettings.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code InstanceGroupKms.builder()} and sets it.
     *
     * @param value sets the KMS key setting on a fresh builder
     * @return this builder
     */
    public Builder kms(Consumer<InstanceGroupKms.Builder> value) {
      return kms(InstanceGroupKms.builder().applyMutation(value).build());
    }
  }
}
