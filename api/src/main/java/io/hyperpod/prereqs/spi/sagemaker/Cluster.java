package io.hyperpod.prereqs.spi.sagemaker;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A HyperPod cluster as DescribeCluster tells it. */
@Value.Immutable
@ValueStyle
public interface Cluster {
  /** Short for {@link ClusterStatus#CREATING}, as {@link #clusterStatus()} answers it. */
  ClusterStatus CREATING = ClusterStatus.CREATING;

  /** Short for {@link ClusterStatus#IN_SERVICE}, as {@link #clusterStatus()} answers it. */
  ClusterStatus IN_SERVICE = ClusterStatus.IN_SERVICE;

  /** Short for {@link ClusterStatus#FAILED}, as {@link #clusterStatus()} answers it. */
  ClusterStatus FAILED = ClusterStatus.FAILED;

  /** Short for {@link ClusterStatus#DELETING}, as {@link #clusterStatus()} answers it. */
  ClusterStatus DELETING = ClusterStatus.DELETING;

  /** {@return the cluster's name} */
  String clusterName();

  /** {@return {@code arn:aws:sagemaker:REGION:ACCOUNT:cluster/<id>}} */
  String clusterArn();

  /**
   * SageMaker's word for the cluster's status, as answered ({@code Creating}, {@code InService},
   * {@code Failed}, {@code Deleting}, ...), also one this version does not know.
   *
   * @return the status word
   */
  String clusterStatusAsString();

  /**
   * The cluster's status.
   *
   * @return the status; {@link ClusterStatus#UNKNOWN_TO_SDK_VERSION} for a word this version does
   *     not know ({@link #clusterStatusAsString()} has it)
   */
  default ClusterStatus clusterStatus() {
    return ClusterStatus.fromValue(clusterStatusAsString());
  }

  /**
   * Why it is {@code Failed}.
   *
   * @return the failure message, or empty
   */
  Optional<String> failureMessage();

  /** {@return when the cluster was created} */
  Instant creationTime();

  /** {@return the cluster's instance groups, as requested} */
  List<CreateClusterRequest.InstanceGroupSpec> instanceGroups();

  /** {@return the cluster's VPC configuration; absent for the platform VPC} */
  Optional<CreateClusterRequest.VpcConfig> vpcConfig();

  /** {@return the 12 characters after {@code cluster/} in the ARN} */
  @Value.Derived
  default String clusterId() {
    return clusterArn().substring(clusterArn().lastIndexOf('/') + 1);
  }

  /** {@return a new builder with no field set} */
  static ImmutableCluster.Builder builder() {
    return ImmutableCluster.builder();
  }
}
