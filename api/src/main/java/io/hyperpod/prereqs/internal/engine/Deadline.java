package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time limits of one apply on the backend's clock (the simulated clock on the simulator): the
 * whole apply's {@link ApplyOptions#timeout()}, each wait's {@link ApplyOptions#waitLimit()}, and
 * the cancellation (Ctrl-C). Says whether a new change may start and why not.
 */
final class Deadline {
  private final Clock clock;
  private final ApplyOptions options;
  private final Optional<Instant> end;

  Deadline(Clock clock, ApplyOptions options) {
    this.clock = clock;
    this.options = options;
    this.end = options.timeout().map(t -> clock.instant().plus(t));
  }

  /** Why no new change may start: cancelled, or the timeout has passed; empty: go on. */
  Optional<String> stopReason() {
    Optional<String> cancelled = cancelled();
    if (cancelled.isPresent()) {
      return cancelled;
    }
    if (end.isPresent() && !clock.instant().isBefore(end.get())) {
      return Optional.of("the apply's timeout of " + minutes(options.timeout().orElseThrow())
          + " passed");
    }
    return Optional.empty();
  }

  Optional<String> cancelled() {
    return options.cancellation().reason();
  }

  /** The wait limit from {@code now}: the per-wait limit, cut to what is left of the timeout. */
  Duration waitLimit(Instant now) {
    Duration limit = options.waitLimit();
    if (end.isPresent()) {
      Duration left = Duration.between(now, end.get());
      if (left.compareTo(limit) < 0) {
        return left.isNegative() ? Duration.ZERO : left;
      }
    }
    return limit;
  }

  /** Whether retrying a change started at {@code start} may go on for {@code more}. */
  boolean mayRetry(Instant start, Duration more) {
    Instant next = clock.instant().plus(more);
    if (next.isAfter(start.plus(options.retryWindow()))) {
      return false;
    }
    return end.map(next::isBefore).orElse(true) && cancelled().isEmpty();
  }

  static String minutes(Duration d) {
    long seconds = d.toSeconds();
    return seconds % 60 == 0 ? (seconds / 60) + " min" : seconds + " s";
  }
}
