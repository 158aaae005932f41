package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How HyperPod treats {@code slurm.conf} (CreateCluster's {@code
 * Orchestrator.Slurm.SlurmConfigStrategy}): {@link #MANAGED} (the default) rewrites it from the
 * API and detects drift, {@link #OVERWRITE} replaces it, {@link #MERGE} merges into it.
 */
public enum SlurmConfigStrategy {
  /** HyperPod owns the Slurm configuration and detects drift ({@code Managed}). */
  MANAGED("Managed"),
  /** HyperPod replaces the Slurm configuration ({@code Overwrite}). */
  OVERWRITE("Overwrite"),
  /** HyperPod merges its settings into the Slurm configuration ({@code Merge}). */
  MERGE("Merge");

  private final String value;

  SlurmConfigStrategy(String value) {
    this.value = value;
  }

  /** {@return SageMaker's name: {@code Managed}, {@code Overwrite} or {@code Merge}} */
  @JsonValue
  public String value() {
    return value;
  }
}
