package io.hyperpod.prereqs.cli;

/** A mistake of the user that the CLI reports as a message, without a stack trace. */
class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }

  /** The {@code error.type} of the run's JSON document. */
  String type() {
    return "usage";
  }

  /** apply or destroy declined to change anything (no --yes off a terminal, or a "no"). */
  static final class Refused extends UserError {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }

    @Override
    String type() {
      return "refused";
    }
  }
}
