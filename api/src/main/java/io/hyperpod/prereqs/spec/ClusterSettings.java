package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cluster-wide fields of the CreateCluster request the stack prepares for (spec key {@code
 * cluster}): how the nodes are set up and how HyperPod treats the Slurm configuration.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableClusterSettings.class)
@JsonDeserialize(as = ImmutableClusterSettings.class)
@JsonPropertyOrder({
  "lifecycleMode", "slurmConfigStrategy", "nodeRecovery", "nodeProvisioningMode", "clusterRole"
})
public interface ClusterSettings {
  /** {@code custom} when absent: what a spec without this key always meant. */
  @Value.Default
  default LifecycleMode lifecycleMode() {
    return LifecycleMode.CUSTOM;
  }

  /**
   * {@code Orchestrator.Slurm.SlurmConfigStrategy}; absent leaves it to HyperPod ({@code
   * Managed}). Only with API-driven Slurm configuration (the groups' {@code slurm}).
   */
  Optional<SlurmConfigStrategy> slurmConfigStrategy();

  /** {@code NodeRecovery}; absent leaves it to HyperPod ({@code Automatic}). */
  Optional<NodeRecovery> nodeRecovery();

  /** {@code NodeProvisioningMode}; customer-managed KMS keys for the volumes need Continuous. */
  Optional<NodeProvisioningMode> nodeProvisioningMode();

  /**
   * {@code ClusterRole}: the name of an existing IAM role HyperPod assumes for autoscaling; it must
   * trust {@code hyperpod.sagemaker.amazonaws.com} (verify checks it, the tool does not create it).
   */
  Optional<String> clusterRole();

  static ImmutableClusterSettings.Builder builder() {
    return ImmutableClusterSettings.builder();
  }

  default ImmutableClusterSettings.Builder toBuilder() {
    return ImmutableClusterSettings.builder().from(this);
  }
}
