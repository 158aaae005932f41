package io.hyperpod.prereqs.spi.iam;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The outcome of an evaluation, named as AWS {@code SimulatePrincipalPolicy} names it:
 * {@code allowed}, {@code explicitDeny}, {@code implicitDeny}.
 */
public enum EvalDecision {
  ALLOWED("allowed"),
  EXPLICIT_DENY("explicitDeny"),
  IMPLICIT_DENY("implicitDeny");

  private final String awsName;

  EvalDecision(String awsName) {
    this.awsName = awsName;
  }

  /** {@return {@code allowed}, {@code explicitDeny} or {@code implicitDeny}} */
  @JsonValue
  public String awsName() {
    return awsName;
  }

  /**
   * The constant for AWS's spelling.
   *
   * @throws IllegalArgumentException for any other text
   */
  @JsonCreator
  public static EvalDecision fromAwsName(String name) {
    for (EvalDecision d : values()) {
      if (d.awsName.equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown decision '" + name + "'; use allowed, explicitDeny or implicitDeny");
  }
}
