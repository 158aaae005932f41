package io.hyperpod.prereqs.apply;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.plan.ResourceAddress;
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
@JsonPropertyOrder({"ClusterName", "InstanceGroups", "VpcConfig"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface CreateClusterRequest {
  @JsonProperty("ClusterName")
  String clusterName();

  @JsonProperty("InstanceGroups")
  List<InstanceGroupSpec> instanceGroups();

  @JsonProperty("VpcConfig")
  Optional<VpcConfig> vpcConfig();

  /** The ids only apply can know, left out of the request's lists; empty when it is complete. */
  @JsonIgnore
  List<UnknownId> unknownIds();

  /** Whether every id is known, so that the request can go to SageMaker. */
  @JsonIgnore
  @Value.Derived
  default boolean complete() {
    return unknownIds().isEmpty();
  }

  /**
   * An id the request needs that exists only once apply has created its resource: the request
   * field (with its index in the complete list, e.g. {@code VpcConfig.Subnets[0]}) and the
   * resource's plan address.
   */
  @Value.Immutable
  @ValueStyle
  interface UnknownId {
    @Value.Parameter
    String field();

    @Value.Parameter
    ResourceAddress address();

    static UnknownId of(String field, ResourceAddress address) {
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
    "ThreadsPerCore"
  })
  interface InstanceGroupSpec {
    @JsonProperty("InstanceGroupName")
    String instanceGroupName();

    @JsonProperty("InstanceType")
    String instanceType();

    @JsonProperty("InstanceCount")
    int instanceCount();

    @JsonProperty("ExecutionRole")
    String executionRole();

    @JsonProperty("LifeCycleConfig")
    LifeCycleConfig lifeCycleConfig();

    @JsonProperty("ThreadsPerCore")
    int threadsPerCore();
  }

  /** {@code ClusterLifeCycleConfig}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableLifeCycleConfig.class)
  @JsonDeserialize(as = ImmutableLifeCycleConfig.class)
  @JsonPropertyOrder({"SourceS3Uri", "OnCreate"})
  interface LifeCycleConfig {
    @JsonProperty("SourceS3Uri")
    String sourceS3Uri();

    @JsonProperty("OnCreate")
    String onCreate();
  }

  /** {@code VpcConfig}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableVpcConfig.class)
  @JsonDeserialize(as = ImmutableVpcConfig.class)
  @JsonPropertyOrder({"SecurityGroupIds", "Subnets"})
  interface VpcConfig {
    @JsonProperty("SecurityGroupIds")
    List<String> securityGroupIds();

    @JsonProperty("Subnets")
    List<String> subnets();
  }

  static ImmutableCreateClusterRequest.Builder builder() {
    return ImmutableCreateClusterRequest.builder();
  }
}
