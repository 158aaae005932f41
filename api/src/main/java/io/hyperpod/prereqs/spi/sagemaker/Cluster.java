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
  /** The {@code ClusterStatus} while HyperPod creates the cluster. */
  String CREATING = "Creating";
  /** The {@code ClusterStatus} of a running cluster. */
  String IN_SERVICE = "InService";
  /**
   * The {@code ClusterStatus} of a cluster HyperPod could not create; see {@link
   * #failureMessage()}.
   */
  String FAILED = "Failed";
  /** The {@code ClusterStatus} while HyperPod deletes the cluster. */
  String DELETING = "Deleting";

  /** {@return the cluster's name} */
  String clusterName();

  /** {@return {@code arn:aws:sagemaker:REGION:ACCOUNT:cluster/<id>}} */
  String clusterArn();

  /**
   * {@code Creating}, {@code InService}, {@code Failed}, {@code Deleting}, ...
   *
   * @return the cluster's status
   */
  String clusterStatus();

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
