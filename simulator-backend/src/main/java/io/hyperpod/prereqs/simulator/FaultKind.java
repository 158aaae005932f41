package io.hyperpod.prereqs.simulator;

/** What a {@link FaultRule} does to a call it matches. */
public enum FaultKind {
  /** Fails the call with the rule's {@link FaultRule#errorCode()} and status. */
  ERROR,
  /** Fails the call with the service's own throttling error (IAM {@code Throttling}, S3 {@code SlowDown}, ...). */
  THROTTLE,
  /** Fails the call with the service's own internal error (IAM {@code ServiceFailure}, S3 {@code InternalError}, ...). */
  SERVER_ERROR,
  /**
   * The request is lost before the service sees it: nothing changes. Served, the connection
   * closes without an answer; in memory the call fails with a {@code ClientError} (status 0), as
   * the AWS backend reports a connection that failed.
   */
  DROP_BEFORE,
  /**
   * The service does the work, then the answer is lost: the change is made (and saved) but the
   * client never hears of it. Served, the connection closes without an answer; in memory the call
   * fails with a {@code ClientError} after its change.
   */
  DROP_AFTER,
  /**
   * The call succeeds after {@link FaultRule#latency()}: served, the answer is held back that long
   * in wall time; in memory the simulated clock moves by it.
   */
  LATENCY
}
