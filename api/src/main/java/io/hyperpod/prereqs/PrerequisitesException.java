package io.hyperpod.prereqs;

/** The root of the exceptions this SDK throws for problems users can act on. */
public class PrerequisitesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with the message a user reads. */
  public PrerequisitesException(String message) {
    super(message);
  }

  /** An exception with the message a user reads and what caused it. */
  public PrerequisitesException(String message, Throwable cause) {
    super(message, cause);
  }
}
