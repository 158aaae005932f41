package io.hyperpod.prereqs.policy;

/**
 * A policy document that is not valid JSON or breaks the IAM policy grammar. The message names
 * the element (e.g. {@code Statement[1].Effect}), the bad value and the fix.
 */
public final class PolicyParseException extends IllegalArgumentException {
  /** The path of the offending element, e.g. {@code Statement[0].Effect}. */
  private final String element;
  /** What is wrong with the element. */
  private final String problem;

  /**
   * A document that is not a valid policy.
   *
   * @param element the path of the offending element, e.g. {@code Statement[0].Effect}
   * @param problem what is wrong with it
   */
  public PolicyParseException(String element, String problem) {
    super(element + ": " + problem);
    this.element = element;
    this.problem = problem;
  }

  /**
   * A document that is not a valid policy, found by a failure of the JSON parser.
   *
   * @param element the path of the offending element
   * @param problem what is wrong with it
   * @param cause the parser's failure
   */
  public PolicyParseException(String element, String problem, Throwable cause) {
    super(element + ": " + problem, cause);
    this.element = element;
    this.problem = problem;
  }

  /**
   * The path of the offending element, e.g. {@code Statement[0].Condition.StringEquals}.
   *
   * @return the element's path
   */
  public String element() {
    return element;
  }

  /** {@return what is wrong and how to fix it, without the element path} */
  public String problem() {
    return problem;
  }
}
