package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** A group's role in Slurm (CreateCluster's {@code SlurmConfig.NodeType}); it cannot change. */
public enum SlurmNodeType {
  CONTROLLER("Controller"),
  LOGIN("Login"),
  COMPUTE("Compute");

  private final String value;

  SlurmNodeType(String value) {
    this.value = value;
  }

  /** {@return sageMaker's name: {@code Controller}, {@code Login} or {@code Compute}} */
  @JsonValue
  public String value() {
    return value;
  }
}
