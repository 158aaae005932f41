package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** How to carry out a plan. */
@Value.Immutable
@ValueStyle
public interface ApplyOptions {
  /** {@return how many independent changes run at once} */
  @Value.Default
  default int parallelism() {
    return 8;
  }

  /**
   * Told about each change as it starts and finishes; none when not given.
   *
   * @return the listener; {@link ApplyListener#NONE} by default
   */
  @Value.Default
  default ApplyListener listener() {
    return ApplyListener.NONE;
  }

  /**
   * The longest the whole apply may take, on the backend's clock; when it has passed, changes
   * already running finish, no new one starts, and the rest are skipped with the reason. Empty:
   * no limit beyond the per-change and per-wait ones.
   *
   * @return the limit, or empty for none
   */
  Optional<Duration> timeout();

  /**
   * The longest one wait for asynchronous work may take (an FSx file system becoming AVAILABLE or
   * being deleted); progress says how much of it has passed.
   *
   * @return the limit of one wait; 60 minutes by default
   */
  @Value.Default
  default Duration waitLimit() {
    return Duration.ofMinutes(60);
  }

  /**
   * Attempts per change, the first included, when it fails with a transient error (throttling, a
   * 5xx, an answer lost on the way) or finds its resource already made by an earlier attempt.
   * Ten: with backoff (1 s doubling to 20 s) they span about a minute, inside {@link
   * #retryWindow()}; at six, one change in about 1,400 under 30% faults still failed (the soak).
   *
   * @return the attempts per change, 1 or more; 10 by default
   */
  @Value.Default
  default int attempts() {
    return 10;
  }

  /** {@return the longest the retries of one change may take in all, waits included} */
  @Value.Default
  default Duration retryWindow() {
    return Duration.ofMinutes(5);
  }

  /**
   * Stops the apply early (Ctrl-C); changes running finish, none starts.
   *
   * @return the cancellation to call {@link ApplyCancellation#cancel(String)} on; a fresh one by
   *     default
   */
  @Value.Default
  default ApplyCancellation cancellation() {
    return new ApplyCancellation();
  }

  /**
   * Whether to hold the stack's lock while applying, so that two applies of one stack never run
   * at once (see {@link #lockTimeout()}).
   *
   * @return whether apply takes the stack's lock; {@code true} by default
   */
  @Value.Default
  default boolean lock() {
    return true;
  }

  /**
   * How long to wait for another apply of the stack to finish (release its lock); zero: refuse at
   * once, naming the holder.
   *
   * @return the wait for the lock; zero by default
   */
  @Value.Default
  default Duration lockTimeout() {
    return Duration.ZERO;
  }

  /** Refuses options that cannot work, naming each. */
  @Value.Check
  default void check() {
    List<String> problems = new ArrayList<>();
    if (parallelism() < 1) {
      problems.add("parallelism must be at least 1, was " + parallelism());
    }
    if (attempts() < 1) {
      problems.add("attempts must be at least 1 (no retry), was " + attempts());
    }
    timeout().filter(t -> t.isNegative() || t.isZero()).ifPresent(
        t -> problems.add("timeout must be positive, was " + t));
    if (waitLimit().isNegative() || waitLimit().isZero()) {
      problems.add("waitLimit must be positive, was " + waitLimit());
    }
    if (retryWindow().isNegative()) {
      problems.add("retryWindow must not be negative, was " + retryWindow());
    }
    if (lockTimeout().isNegative()) {
      problems.add("lockTimeout must not be negative, was " + lockTimeout());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** {@return the default options} */
  static ApplyOptions defaults() {
    return ImmutableApplyOptions.builder().build();
  }

  /** {@return a new builder} */
  static ImmutableApplyOptions.Builder builder() {
    return ImmutableApplyOptions.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutableApplyOptions.Builder toBuilder() {
    return ImmutableApplyOptions.builder().from(this);
  }
}
