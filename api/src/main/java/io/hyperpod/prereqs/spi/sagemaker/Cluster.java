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
  String CREATING = "Creating";
  String IN_SERVICE = "InService";
  String FAILED = "Failed";
  String DELETING = "Deleting";

  String clusterName();

  /** {@return {@code arn:aws:sagemaker:REGION:ACCOUNT:cluster/<id>}} */
  String clusterArn();

  /** {@code Creating}, {@code InService}, {@code Failed}, {@code Deleting}, ... */
  String clusterStatus();

  /** Why it is {@code Failed}. */
  Optional<String> failureMessage();

  Instant creationTime();

  List<CreateClusterRequest.InstanceGroupSpec> instanceGroups();

  Optional<CreateClusterRequest.VpcConfig> vpcConfig();

  /** {@return the 12 characters after {@code cluster/} in the ARN} */
  @Value.Derived
  default String clusterId() {
    return clusterArn().substring(clusterArn().lastIndexOf('/') + 1);
  }

  static ImmutableCluster.Builder builder() {
    return ImmutableCluster.builder();
  }
}
