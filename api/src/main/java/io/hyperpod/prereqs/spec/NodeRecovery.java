package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** What HyperPod does with a faulty node (CreateCluster's {@code NodeRecovery}). */
public enum NodeRecovery {
  /** HyperPod replaces or reboots faulty nodes itself. */
  AUTOMATIC("Automatic"),
  /** HyperPod only labels them; someone replaces them. */
  NONE("None");

  private final String value;

  NodeRecovery(String value) {
    this.value = value;
  }

  /** {@return SageMaker's name: {@code Automatic} or {@code None}} */
  @JsonValue
  public String value() {
    return value;
  }
}
