package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group's API-driven Slurm configuration (CreateCluster's {@code SlurmConfig}): its node type
 * and, for Compute groups, its partition (HyperPod takes one per group today).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSlurmSettings.class)
@JsonDeserialize(as = ImmutableSlurmSettings.class)
@JsonPropertyOrder({"nodeType", "partitions"})
public interface SlurmSettings {
  SlurmNodeType nodeType();

  /** {@code PartitionNames}: required for Compute groups, none for Controller and Login. */
  List<String> partitions();

  static ImmutableSlurmSettings.Builder builder() {
    return ImmutableSlurmSettings.builder();
  }

  /** A Controller or Login group; a Compute group with its partitions. */
  static SlurmSettings of(SlurmNodeType nodeType, String... partitions) {
    return builder().nodeType(nodeType).addPartitions(partitions).build();
  }

  default ImmutableSlurmSettings.Builder toBuilder() {
    return ImmutableSlurmSettings.builder().from(this);
  }
}
