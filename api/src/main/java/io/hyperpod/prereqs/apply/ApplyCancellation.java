package io.hyperpod.prereqs.apply;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request to stop an apply early (the CLI's Ctrl-C). Once cancelled, changes already running
 * finish, no new change starts, and the result marks every change not started as skipped with the
 * reason. Thread-safe; cancelling twice keeps the first reason.
 */
public final class ApplyCancellation {
  private final AtomicReference<String> reason = new AtomicReference<>();

  /**
   * Asks the apply to stop starting changes, for this reason ("interrupted (Ctrl-C)").
   *
   * @param why the reason the apply's result gives for the skipped changes; {@code cancelled} when
   *     null or blank
   */
  public void cancel(String why) {
    reason.compareAndSet(null, why == null || why.isBlank() ? "cancelled" : why);
  }

  /**
   * Why the apply was asked to stop; empty while it was not.
   *
   * @return the reason given to the first {@link #cancel(String)}, or empty
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason.get());
  }

  /** {@return whether {@link #cancel(String)} was called} */
  public boolean cancelled() {
    return reason.get() != null;
  }
}
