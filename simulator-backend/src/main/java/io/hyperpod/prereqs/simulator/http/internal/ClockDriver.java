package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.ServedClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves a served simulator's clock as its {@link ServedClock} says, before each request is
 * answered: with wall time (real), or over every pending simulated wait (fast).
 */
public final class ClockDriver {
  /** More pending waits than any state has; a bound so that a bug cannot spin forever. */
  private static final int MAX_SKIPS = 100_000;

  private final AwsSimulator simulator;
  private final ServedClock mode;
  private final Clock wall;
  private Instant lastWall;

  public ClockDriver(AwsSimulator simulator, ServedClock mode, Clock wall) {
    this.simulator = simulator;
    this.mode = mode;
    this.wall = wall;
    this.lastWall = wall.instant();
  }

  public ServedClock mode() {
    return mode;
  }

  /** Brings the simulated clock to where it is for a request arriving now. */
  public void catchUp() {
    if (mode == ServedClock.MANUAL) {
      return;
    }
    synchronized (this) {
      if (mode == ServedClock.REAL) {
        Instant now = wall.instant();
        Duration elapsed = Duration.between(lastWall, now);
        if (!elapsed.isNegative() && !elapsed.isZero()) {
          simulator.clock().advance(elapsed);
          lastWall = now;
        }
      }
      if (mode == ServedClock.FAST) {
        for (int i = 0; i < MAX_SKIPS; i++) {
          Optional<Instant> next = simulator.nextScheduledChange();
          if (next.isEmpty()) {
            break;
          }
          simulator.clock().advanceTo(next.get());
        }
      }
    }
  }
}
