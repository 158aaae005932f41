package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cluster-wide fields of the CreateCluster request the stack prepares for (spec key {@code
 * cluster}): how the nodes are set up and how HyperPod treats the Slurm configuration.
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableClusterSettings.class)
@JsonDeserialize(as = ImmutableClusterSettings.class)
@JsonPropertyOrder({
  "lifecycleMode", "slurmConfigStrategy", "nodeRecovery", "nodeProvisioningMode", "clusterRole"
})
public interface ClusterSettings {
  /** {@return {@code custom} when absent: what a spec without this key always meant} */
  @Value.Default
  default LifecycleMode lifecycleMode() {
    return LifecycleMode.CUSTOM;
  }

  /**
   * {@code Orchestrator.Slurm.SlurmConfigStrategy}; absent leaves it to HyperPod ({@code
   * Managed}). Only with API-driven Slurm configuration (the groups' {@code slurm}).
   *
   * @return the strategy, or empty for HyperPod's default
   */
  Optional<SlurmConfigStrategy> slurmConfigStrategy();

  /** {@return {@code NodeRecovery}; absent leaves it to HyperPod ({@code Automatic})} */
  Optional<NodeRecovery> nodeRecovery();

  /**
   * {@return {@code NodeProvisioningMode}; customer-managed KMS keys for the volumes need
   * Continuous}
   */
  Optional<NodeProvisioningMode> nodeProvisioningMode();

  /**
   * {@code ClusterRole}: the name of an existing IAM role HyperPod assumes for autoscaling; it must
   * trust {@code hyperpod.sagemaker.amazonaws.com} (verify checks it, the tool does not create it).
   *
   * @return the role's name, or empty for none
   */
  Optional<String> clusterRole();

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

  /** Builds a {@link ClusterSettings}. */
  final class Builder extends ImmutableClusterSettings.Builder
      implements SpecBuilder<Builder, ClusterSettings> {}
}
