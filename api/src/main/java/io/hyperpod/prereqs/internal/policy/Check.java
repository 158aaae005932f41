package io.hyperpod.prereqs.internal.policy;

/** The outcome of one test within a statement (an element or a condition), with its reason. */
record Check(Status status, String reason) {
  /** Whether the test held, failed, or could not be evaluated. */
  enum Status {
    HOLDS,
    FAILS,
    UNSUPPORTED
  }

  static Check holds(String reason) {
    return new Check(Status.HOLDS, reason);
  }

  static Check fails(String reason) {
    return new Check(Status.FAILS, reason);
  }

  static Check unsupported(String reason) {
    return new Check(Status.UNSUPPORTED, reason);
  }
}
