package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** A group's role in Slurm (CreateCluster's {@code SlurmConfig.NodeType}); it cannot change. */
public enum SlurmNodeType {
  /** The group runs the Slurm controller ({@code Controller}). */
  CONTROLLER("Controller"),
  /** The group's nodes are where users log in ({@code Login}). */
  LOGIN("Login"),
  /** The group's nodes run jobs in its partitions ({@code Compute}). */
  COMPUTE("Compute");

  private final String value;

  SlurmNodeType(String value) {
    this.value = value;
  }

  /** {@return SageMaker's name: {@code Controller}, {@code Login} or {@code Compute}} */
  @JsonValue
  public String value() {
    return value;
  }
}
