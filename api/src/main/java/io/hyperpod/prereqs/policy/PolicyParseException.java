package io.hyperpod.prereqs.policy;

/**
 * A policy document that is not valid JSON or breaks the IAM policy grammar. The message names
 * the element (e.g. {@code Statement[1].Effect}), the bad value and the fix.
 */
public final class PolicyParseException extends IllegalArgumentException {
  private final String element;

  public PolicyParseException(String element, String message) {
    super(element + ": " + message);
    this.element = element;
  }

  public PolicyParseException(String element, String message, Throwable cause) {
    super(element + ": " + message, cause);
    this.element = element;
  }

  /** The path of the offending element, e.g. {@code Statement[0].Condition.StringEquals}. */
  public String element() {
    return element;
  }
}
