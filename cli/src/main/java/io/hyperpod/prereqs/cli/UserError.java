package io.hyperpod.prereqs.cli;

/** A mistake of the user that the CLI reports as a message, without a stack trace. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
