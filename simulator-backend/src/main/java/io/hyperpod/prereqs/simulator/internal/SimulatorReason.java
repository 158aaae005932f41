package io.hyperpod.prereqs.simulator.internal;

import java.util.Optional;

/**
 * Why the simulator refused a call, in its own words, kept apart from AWS's message: it rides as
 * the cause of the {@link io.hyperpod.prereqs.spi.CloudException} (whose message is AWS's exact
 * text) into the call journal, the {@code x-hyperpod-simulator-reason} header of a served answer
 * and the serve log. It carries no stack trace.
 */
public final class SimulatorReason extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SimulatorReason(String reason) {
    super(reason, null, false, false);
  }

  /** The reason a failure carries, if it carries one. */
  public static Optional<String> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SimulatorReason) {
        return Optional.ofNullable(t.getMessage());
      }
    }
    return Optional.empty();
  }
}
