package io.hyperpod.prereqs;

/** The root of the exceptions this SDK throws for problems users can act on. */
public class PrerequisitesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with the message a user reads.
   *
   * @param message what went wrong and how to fix it, for the user to read
   */
  public PrerequisitesException(String message) {
    super(message);
  }

  /**
   * An exception with the message a user reads and what caused it.
   *
   * @param message what went wrong and how to fix it, for the user to read
   * @param cause the failure that led to it
   */
  public PrerequisitesException(String message, Throwable cause) {
    super(message, cause);
  }
}
