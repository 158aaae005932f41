package io.hyperpod.prereqs.spi.sagemaker;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What SageMaker CreateCluster needs, with SageMaker's own field names, so the JSON goes to
 * {@code aws sagemaker create-cluster --cli-input-json} as it is.
 *
 * <p>Planned before apply, ids of resources that do not exist yet are not known: the request then
 * leaves them out of its lists and names each in {@link #unknownIds()} (never a placeholder
 * string); {@link #complete()} says whether it can be sent.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCreateClusterRequest.class)
@JsonDeserialize(as = ImmutableCreateClusterRequest.class)
@JsonPropertyOrder({
  "ClusterName", "InstanceGroups", "VpcConfig", "Orchestrator", "NodeRecovery",
  "NodeProvisioningMode", "ClusterRole"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface CreateClusterRequest {
  /** {@return {@code ClusterName}: the cluster's name, e.g. {@code ml-cluster}} */
  @JsonProperty("ClusterName")
  String clusterName();

  /** {@return {@code InstanceGroups}: the cluster's instance groups, at least one} */
  @JsonProperty("InstanceGroups")
  List<InstanceGroupSpec> instanceGroups();

  /**
   * {@return {@code VpcConfig}: the cluster's subnets and security groups; absent for the platform
   * VPC}
   */
  @JsonProperty("VpcConfig")
  Optional<VpcConfig> vpcConfig();

  /** {@return {@code Orchestrator}: the Slurm orchestrator's settings, when the spec gives any} */
  @JsonProperty("Orchestrator")
  Optional<Orchestrator> orchestrator();

  /** {@return {@code Automatic} or {@code None}} */
  @JsonProperty("NodeRecovery")
  Optional<String> nodeRecovery();

  /** {@return {@code Continuous}} */
  @JsonProperty("NodeProvisioningMode")
  Optional<String> nodeProvisioningMode();

  /** {@return the ARN of the role HyperPod assumes for autoscaling} */
  @JsonProperty("ClusterRole")
  Optional<String> clusterRole();

  /**
   * {@return the ids only apply can know, left out of the request's lists; empty when it is
   * complete}
   */
  @JsonIgnore
  List<UnknownId> unknownIds();

  /** {@return whether every id is known, so that the request can go to SageMaker} */
  @JsonIgnore
  @Value.Derived
  default boolean complete() {
    return unknownIds().isEmpty();
  }

  /**
   * An id the request needs that exists only once apply has created its resource: the request
   * field (with its index in the complete list, e.g. {@code VpcConfig.Subnets[0]}) and the
   * resource's plan address ({@code ec2_subnet.10.0.0.0/20}).
   */
  @Value.Immutable
  @ValueStyle
  interface UnknownId {
    /** {@return the request field, with its index, e.g. {@code VpcConfig.Subnets[0]}} */
    @Value.Parameter
    String field();

    /**
     * {@return the plan address of the resource that will have the id, as {@code plan.change(...)}
     * takes it}
     */
    @Value.Parameter
    String address();

    /**
     * An id known only after apply.
     *
     * @param field the request field, e.g. {@code VpcConfig.Subnets[0]}
     * @param address the plan address of the resource that will have the id
     * @return the unknown id
     */
    static UnknownId of(String field, String address) {
      return ImmutableUnknownId.of(field, address);
    }
  }

  /** {@code ClusterInstanceGroupSpecification}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableInstanceGroupSpec.class)
  @JsonDeserialize(as = ImmutableInstanceGroupSpec.class)
  @JsonPropertyOrder({
    "InstanceGroupName", "InstanceType", "InstanceCount", "ExecutionRole", "LifeCycleConfig",
    "ThreadsPerCore", "SlurmConfig", "OnStartDeepHealthChecks", "TrainingPlanArn",
    "InstanceStorageConfigs", "OverrideVpcConfig"
  })
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  interface InstanceGroupSpec {
    /** {@return {@code InstanceGroupName}: the group's name, unique in the cluster} */
    @JsonProperty("InstanceGroupName")
    String instanceGroupName();

    /** {@return {@code InstanceType}: e.g. {@code ml.p5.48xlarge}} */
    @JsonProperty("InstanceType")
    String instanceType();

    /** {@return {@code InstanceCount}: the number of instances} */
    @JsonProperty("InstanceCount")
    int instanceCount();

    /** {@return {@code ExecutionRole}: the ARN of the role the group's instances run as} */
    @JsonProperty("ExecutionRole")
    String executionRole();

    /**
     * {@return {@code LifeCycleConfig}; absent in the AMI-based mode, where HyperPod's image sets
     * the nodes up itself}
     */
    @JsonProperty("LifeCycleConfig")
    Optional<LifeCycleConfig> lifeCycleConfig();

    /** {@return {@code ThreadsPerCore}: 1 or 2} */
    @JsonProperty("ThreadsPerCore")
    int threadsPerCore();

    /** {@return {@code SlurmConfig}: the group's node type and partitions (API-driven Slurm)} */
    @JsonProperty("SlurmConfig")
    Optional<SlurmConfig> slurmConfig();

    /** {@return {@code InstanceStress}, {@code InstanceConnectivity}} */
    @JsonProperty("OnStartDeepHealthChecks")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> onStartDeepHealthChecks();

    /**
     * {@return {@code TrainingPlanArn}: the SageMaker training plan whose capacity the group uses}
     */
    @JsonProperty("TrainingPlanArn")
    Optional<String> trainingPlanArn();

    /**
     * {@return the file systems HyperPod mounts on the group's nodes (FsxLustreConfig,
     * FsxOpenZfsConfig)}
     */
    @JsonProperty("InstanceStorageConfigs")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<InstanceStorageConfig> instanceStorageConfigs();

    /**
     * {@return the group's own subnets and security groups (multi-AZ); absent: the cluster's
     * VpcConfig}
     */
    @JsonProperty("OverrideVpcConfig")
    Optional<VpcConfig> overrideVpcConfig();

    /**
     * The subnets and groups the group's nodes use: its override, else the cluster's.
     *
     * @param cluster the cluster's {@code VpcConfig}
     * @return the group's {@code OverrideVpcConfig} when it has one, else {@code cluster}
     */
    default Optional<VpcConfig> effectiveVpcConfig(Optional<VpcConfig> cluster) {
      return overrideVpcConfig().or(() -> cluster);
    }
  }

  /**
   * {@code ClusterEbsVolumeConfig}: a secondary volume of {@code VolumeSizeInGB}, or with {@code
   * RootVolume: true} the root volume (which takes a key and no size); {@code VolumeKmsKeyId} is
   * the customer managed key that encrypts it.
   */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableEbsVolumeConfig.class)
  @JsonDeserialize(as = ImmutableEbsVolumeConfig.class)
  @JsonPropertyOrder({"VolumeSizeInGB", "VolumeKmsKeyId", "RootVolume"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  interface EbsVolumeConfig {
    /**
     * {@return {@code VolumeSizeInGB}: the secondary volume's size in GB, 1 to 16384; absent for
     * the root volume}
     */
    @JsonProperty("VolumeSizeInGB")
    Optional<Integer> volumeSizeInGB();

    /**
     * {@return {@code VolumeKmsKeyId}: the id or ARN of the customer managed key that encrypts the
     * volume}
     */
    @JsonProperty("VolumeKmsKeyId")
    Optional<String> volumeKmsKeyId();

    /**
     * {@return {@code RootVolume}: true for the root volume; absent or false for a secondary
     * volume}
     */
    @JsonProperty("RootVolume")
    Optional<Boolean> rootVolume();

    /** {@return a new builder with no field set} */
    static ImmutableEbsVolumeConfig.Builder builder() {
      return ImmutableEbsVolumeConfig.builder();
    }
  }

  /** {@code ClusterSlurmConfig}; values as SageMaker takes them ({@code Controller}, ...). */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableSlurmConfig.class)
  @JsonDeserialize(as = ImmutableSlurmConfig.class)
  @JsonPropertyOrder({"NodeType", "PartitionNames"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  interface SlurmConfig {
    /** {@return {@code NodeType}: {@code Controller}, {@code Login} or {@code Compute}} */
    @JsonProperty("NodeType")
    String nodeType();

    /** {@return {@code PartitionNames}: the Slurm partitions of a Compute group} */
    @JsonProperty("PartitionNames")
    List<String> partitionNames();
  }

  /** {@code ClusterOrchestrator} with its Slurm member. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableOrchestrator.class)
  @JsonDeserialize(as = ImmutableOrchestrator.class)
  @JsonPropertyOrder({"Slurm"})
  interface Orchestrator {
    /** {@return {@code Slurm}: the Slurm orchestrator's settings} */
    @JsonProperty("Slurm")
    SlurmOrchestrator slurm();
  }

  /** {@code ClusterOrchestratorSlurmConfig}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableSlurmOrchestrator.class)
  @JsonDeserialize(as = ImmutableSlurmOrchestrator.class)
  @JsonPropertyOrder({"SlurmConfigStrategy"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  interface SlurmOrchestrator {
    /**
     * {@return {@code SlurmConfigStrategy}: {@code Managed}, {@code Overwrite} or {@code Merge};
     * absent for HyperPod's default}
     */
    @JsonProperty("SlurmConfigStrategy")
    Optional<String> slurmConfigStrategy();
  }

  /** {@code ClusterLifeCycleConfig}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableLifeCycleConfig.class)
  @JsonDeserialize(as = ImmutableLifeCycleConfig.class)
  @JsonPropertyOrder({"SourceS3Uri", "OnCreate", "OnInitComplete"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  interface LifeCycleConfig {
    /**
     * {@return {@code SourceS3Uri}: where the lifecycle scripts are, {@code s3://BUCKET/PREFIX}}
     */
    @JsonProperty("SourceS3Uri")
    String sourceS3Uri();

    /** {@return the custom mode's entry script (HyperPod does not start Slurm)} */
    @JsonProperty("OnCreate")
    Optional<String> onCreate();

    /** {@return the extension mode's script, run after HyperPod has set up Slurm} */
    @JsonProperty("OnInitComplete")
    Optional<String> onInitComplete();

    /** {@return the script HyperPod runs: OnCreate, else OnInitComplete} */
    @Value.Derived
    @com.fasterxml.jackson.annotation.JsonIgnore
    default Optional<String> entryScript() {
      return onCreate().or(this::onInitComplete);
    }
  }

  /** {@code VpcConfig}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableVpcConfig.class)
  @JsonDeserialize(as = ImmutableVpcConfig.class)
  @JsonPropertyOrder({"SecurityGroupIds", "Subnets"})
  interface VpcConfig {
    /** {@return {@code SecurityGroupIds}: the security groups' ids ({@code sg-...})} */
    @JsonProperty("SecurityGroupIds")
    List<String> securityGroupIds();

    /** {@return {@code Subnets}: the subnets' ids ({@code subnet-...})} */
    @JsonProperty("Subnets")
    List<String> subnets();
  }

  /**
   * This request as SageMaker's CreateCluster JSON, indented: the body SageMaker takes, in its
   * member names ({@code ClusterName}, {@code InstanceGroups}, ...), which {@code aws sagemaker
   * create-cluster --cli-input-json file://request.json} also reads. {@link #unknownIds()} is not
   * part of it: check {@link #complete()} before sending it.
   *
   * @return the request's JSON text
   */
  default String toJson() {
    return RequestJson.write(this);
  }

  /** {@return a new builder} */
  static ImmutableCreateClusterRequest.Builder builder() {
    return ImmutableCreateClusterRequest.builder();
  }

  /** {@return a builder holding this request's fields, to build a changed copy} */
  default ImmutableCreateClusterRequest.Builder toBuilder() {
    return ImmutableCreateClusterRequest.builder().from(this);
  }
}
