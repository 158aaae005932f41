package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** A deep health check HyperPod runs when a group's nodes start ({@code OnStartDeepHealthChecks}). */
public enum DeepHealthCheck {
  /** Stress tests of the accelerators, memory and disks. */
  INSTANCE_STRESS("InstanceStress"),
  /** Tests of the accelerators' and EFA's connectivity between the nodes. */
  INSTANCE_CONNECTIVITY("InstanceConnectivity");

  private final String value;

  DeepHealthCheck(String value) {
    this.value = value;
  }

  /** {@return SageMaker's name: {@code InstanceStress} or {@code InstanceConnectivity}} */
  @JsonValue
  public String value() {
    return value;
  }
}
