package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How HyperPod provisions nodes (CreateCluster's {@code NodeProvisioningMode}): {@link #CONTINUOUS}
 * brings groups up as capacity comes and retries the rest; it is the only value SageMaker takes
 * today, and customer-managed KMS keys for the volumes need it.
 */
public enum NodeProvisioningMode {
  /**
   * HyperPod brings instance groups up as capacity comes and retries the rest ({@code Continuous}).
   */
  CONTINUOUS("Continuous");

  private final String value;

  NodeProvisioningMode(String value) {
    this.value = value;
  }

  /** {@return SageMaker's name: {@code Continuous}} */
  @JsonValue
  public String value() {
    return value;
  }
}
