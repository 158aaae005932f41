package io.hyperpod.prereqs.spi.iam;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The outcome of an evaluation, named as AWS {@code SimulatePrincipalPolicy} names it:
 * {@code allowed}, {@code explicitDeny}, {@code implicitDeny}.
 */
public enum EvalDecision {
  /** The actions are allowed ({@code allowed}). */
  ALLOWED("allowed"),
  /** A statement denies the actions ({@code explicitDeny}). */
  EXPLICIT_DENY("explicitDeny"),
  /** No statement allows the actions ({@code implicitDeny}). */
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
   * @param name {@code allowed}, {@code explicitDeny} or {@code implicitDeny}
   * @return the decision
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
