package io.hyperpod.prereqs.cli;

/** The exit codes (a contract: scripts rely on them). */
final class ExitCodes {
  /** Success, or a plan with no changes. */
  static final int OK = 0;
  /** Any error: invalid spec, an error finding, an AWS error, a refused apply. */
  static final int ERROR = 1;
  /** {@code plan} found changes. */
  static final int CHANGES = 2;
  /** {@code verify} found the account not ready. */
  static final int NOT_READY = 3;
  /** Wrong usage of the command line. */
  static final int USAGE = 64;

  private ExitCodes() {}
}
