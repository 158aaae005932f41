package io.hyperpod.prereqs.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's time: a {@link Clock} that stands still until {@link #advance(Duration)} moves
 * it. Nothing in the simulator sleeps; whatever depends on time (quota requests, cluster states)
 * reads this clock. Thread-safe; views made by {@link #withZone(ZoneId)} share the same instant.
 */
public final class SimClock extends Clock {
  /** Where a new simulator's clock starts unless told otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock at {@link #DEFAULT_START}, in UTC. */
  public SimClock() {
    this(DEFAULT_START);
  }

  /**
   * A clock at {@code start}, in UTC.
   *
   * @param start the first instant of simulated time
   */
  public SimClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private SimClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public SimClock withZone(ZoneId zone) {
    return new SimClock(now, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Moves time forward.
   *
   * @return the new instant
   * @throws IllegalArgumentException when {@code amount} is negative: simulated time never runs
   *     backwards
   * @param amount how far to move, zero or more
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "SimClock.advance: amount " + amount + " is negative; time only moves forward");
    }
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Moves time forward to {@code instant}; an instant that is not later than now leaves the clock
   * as it is.
   *
   * @return the new instant
   * @param instant the instant to move to
   */
  public Instant advanceTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return now.updateAndGet(t -> t.isBefore(instant) ? instant : t);
  }

  /** Sets the clock back to a start (a {@link AwsSimulator#reset()}). */
  void restart(Instant start) {
    now.set(Objects.requireNonNull(start, "start"));
  }

  @Override
  public String toString() {
    return "SimClock[" + instant() + "]";
  }
}
