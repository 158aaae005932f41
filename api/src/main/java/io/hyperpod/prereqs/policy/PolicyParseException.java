package io.hyperpod.prereqs.policy;

/**
 * A policy document that is not valid JSON or breaks the IAM policy grammar. The message names
 * the element (e.g. {@code Statement[1].Effect}), the bad value and the fix.
 */
public final class PolicyParseException extends IllegalArgumentException {
  private final String element;
  private final String problem;

  public PolicyParseException(String element, String problem) {
    super(element + ": " + problem);
    this.element = element;
    this.problem = problem;
  }

  public PolicyParseException(String element, String problem, Throwable cause) {
    super(element + ": " + problem, cause);
    this.element = element;
    this.problem = problem;
  }

  /**
   * The path of the offending element, e.g. {@code Statement[0].Condition.StringEquals}.
   */
  public String element() {
    return element;
  }

  /** {@return what is wrong and how to fix it, without the element path} */
  public String problem() {
    return problem;
  }
}
