package io.hyperpod.prereqs.internal.engine;

/** One change could not be carried out; the message says which call, which error, what to do. */
public final class ChangeFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ChangeFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  public ChangeFailedException(String message) {
    super(message);
  }
}
