package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group's API-driven Slurm configuration (CreateCluster's {@code SlurmConfig}): its node type
 * and, for Compute groups, its partition (HyperPod takes one per group today).
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableSlurmSettings.class)
@JsonDeserialize(as = ImmutableSlurmSettings.class)
@JsonPropertyOrder({"nodeType", "partitions"})
public interface SlurmSettings {
  /** {@return {@code NodeType}: Controller, Login or Compute} */
  SlurmNodeType nodeType();

  /**
   * {@return {@code PartitionNames}: required for Compute groups, none for Controller and Login}
   */
  List<String> partitions();

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A Controller or Login group; a Compute group with its partitions.
   *
   * @param nodeType the group's role in Slurm
   * @param partitions the Slurm partitions of a Compute group; none for the others
   * @return the Slurm settings
   */
  static SlurmSettings of(SlurmNodeType nodeType, String... partitions) {
    return builder().nodeType(nodeType).addPartitions(partitions).build();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SlurmSettings}. */
  final class Builder extends ImmutableSlurmSettings.Builder
      implements SpecBuilder<Builder, SlurmSettings> {}
}
