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

  /**
   * Whether a change that has waited {@code waited} between its attempts may wait {@code more}
   * and try again: within the retry window (counted in the change's own waits, so that another
   * change's long wait never eats it), before the timeout, and not cancelled.
   */
  boolean mayRetry(Duration waited, Duration more) {
    if (waited.plus(more).compareTo(options.retryWindow()) > 0) {
      return false;
    }
    Instant next = clock.instant().plus(more);
    return end.map(next::isBefore).orElse(true) && cancelled().isEmpty();
  }

  static String minutes(Duration d) {
    long seconds = d.toSeconds();
    return seconds % 60 == 0 ? (seconds / 60) + " min" : seconds + " s";
  }
}
