package io.hyperpod.prereqs.spi.sagemaker;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** One node of a cluster (ListClusterNodes). */
@Value.Immutable
@ValueStyle
public interface ClusterNode {
  /** {@return the node's instance group} */
  String instanceGroupName();

  /** {@return {@code i-} and 17 hex digits} */
  String instanceId();

  /** {@return the node's instance type, e.g. {@code ml.g5.8xlarge}} */
  String instanceType();

  /**
   * {@code Pending}, {@code Running}, {@code Failure}, ...
   *
   * @return the instance's status
   */
  String instanceStatus();

  /** {@return when the instance was launched} */
  Instant launchTime();

  /**
   * The Session Manager target of this node: {@code
   * sagemaker-cluster:<cluster-id>_<group>-<instance-id>}.
   *
   * @param clusterId the cluster's id, the 12 characters after {@code cluster/} in its ARN
   * @param group the node's instance group
   * @param instanceId the node's instance id, {@code i-...}
   * @return the target, for {@code ssm start-session --target}
   */
  static String sessionTarget(String clusterId, String group, String instanceId) {
    return "sagemaker-cluster:" + clusterId + "_" + group + "-" + instanceId;
  }

  /** {@return a new builder with no field set} */
  static ImmutableClusterNode.Builder builder() {
    return ImmutableClusterNode.builder();
  }
}
