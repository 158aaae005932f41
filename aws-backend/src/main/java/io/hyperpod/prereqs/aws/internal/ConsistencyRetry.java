package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.CloudException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Absorbs IAM's eventual consistency: a call that depends on an entity created moments ago (attach
 * a policy to a new role, tag it, trust a new principal) may fail with NoSuchEntity or "Invalid
 * principal" until the entity has propagated. Such calls are tried a bounded number of times with
 * exponential backoff; the wait goes through an injectable sleeper so tests never sleep.
 */
public final class ConsistencyRetry {
  private final int maxAttempts;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Consumer<Duration> sleeper;

  /**
   * @param maxAttempts attempts in all, the first included (1 = no retry)
   * @param firstDelay the wait before the second attempt; each later wait doubles
   * @param maxDelay the longest single wait
   * @param sleeper waits the given time
   */
  public ConsistencyRetry(
      int maxAttempts, Duration firstDelay, Duration maxDelay, Consumer<Duration> sleeper) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "IAM consistency maxAttempts is " + maxAttempts + ": it must be 1 or more");
    }
    requireNonNull(firstDelay, "firstDelay is null");
    requireNonNull(maxDelay, "maxDelay is null");
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "IAM consistency delays "
              + firstDelay
              + " .. "
              + maxDelay
              + " are invalid: firstDelay must be >= 0 and maxDelay >= firstDelay");
    }
    this.maxAttempts = maxAttempts;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
  }

  /** A sleeper on {@link Thread#sleep}; an interrupt ends the wait early and is kept. */
  public static Consumer<Duration> threadSleeper() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /**
   * Calls {@code body}; while it fails with an exception that {@code transientFailure} accepts and
   * attempts remain, waits and calls it again. The last failure is thrown as it is.
   */
  public <T> T call(Supplier<T> body, Predicate<CloudException> transientFailure) {
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      try {
        return body.get();
      } catch (CloudException e) {
        if (attempt >= maxAttempts
            || !transientFailure.test(e)
            || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        sleeper.accept(delay);
        delay = min(delay.multipliedBy(2), maxDelay);
      }
    }
  }

  /** {@link #call} for calls without a result. */
  public void run(Runnable body, Predicate<CloudException> transientFailure) {
    call(
        () -> {
          body.run();
          return null;
        },
        transientFailure);
  }

  /** IAM's answer for an entity that does not exist (yet). */
  public static boolean noSuchEntity(CloudException e) {
    return "NoSuchEntity".equals(e.errorCode());
  }

  /** IAM's answer for a trust policy naming a principal it does not know (yet). */
  public static boolean invalidPrincipal(CloudException e) {
    return "MalformedPolicyDocument".equals(e.errorCode())
        && String.valueOf(e.getMessage()).contains("Invalid principal");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
