package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.spi.CloudException;

/**
 * A request lost to an injected {@link io.hyperpod.prereqs.simulator.FaultKind#DROP_BEFORE} or
 * {@link io.hyperpod.prereqs.simulator.FaultKind#DROP_AFTER} fault. In memory it is what the
 * caller sees (a {@code ClientError} of status 0, as the AWS backend reports a connection that
 * failed); the HTTP front closes the connection without an answer instead.
 */
public final class DroppedRequest extends CloudException {
  private static final long serialVersionUID = 1L;

  private final boolean processed;

  DroppedRequest(String service, String operation, boolean processed) {
    super(
        service,
        "ClientError",
        0,
        service
            + ":"
            + operation
            + (processed
                ? " was done, but its answer was lost (injected drop-after fault)"
                : " was lost before the service saw it (injected drop-before fault)"),
        null,
        null);
    this.processed = processed;
  }

  /** Whether the service did the work before the answer was lost. */
  public boolean processed() {
    return processed;
  }
}
