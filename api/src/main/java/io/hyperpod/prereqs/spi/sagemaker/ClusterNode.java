package io.hyperpod.prereqs.spi.sagemaker;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** One node of a cluster (ListClusterNodes). */
@Value.Immutable
@ValueStyle
public interface ClusterNode {
  String instanceGroupName();

  /** {@return {@code i-} and 17 hex digits} */
  String instanceId();

  String instanceType();

  /** {@code Pending}, {@code Running}, {@code Failure}, ... */
  String instanceStatus();

  Instant launchTime();

  /**
   * The Session Manager target of this node: {@code
   * sagemaker-cluster:<cluster-id>_<group>-<instance-id>}.
   */
  static String sessionTarget(String clusterId, String group, String instanceId) {
    return "sagemaker-cluster:" + clusterId + "_" + group + "-" + instanceId;
  }

  static ImmutableClusterNode.Builder builder() {
    return ImmutableClusterNode.builder();
  }
}
