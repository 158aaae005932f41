package io.hyperpod.prereqs.simulator.http.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a client may take to send a request (its headers and body), so that slow
 * clients cannot hold the server's workers: each exchange runs {@link #guarded}; when its request
 * is not in by the deadline, the worker is interrupted, which closes the connection (the JDK server
 * reads through interruptible channels) and frees the worker. {@link #readDone()} ends the reading
 * phase once the body is in; answering is not bounded.
 *
 * <p>The deadlines are checked by one sweep of the requests being read, repeated on the timer
 * every {@link #sweepPeriod} (a quarter of the timeout, at most 500 ms), rather than by a timer
 * task per request: a request costs two set operations instead of a scheduled task that stays
 * queued, cancelled, for the whole timeout (150,000 of them at 5,000 requests per second). A slow
 * request is cut off between the timeout and the timeout plus one period.
 */
public final class ReadDeadlines {
  private final Duration timeout;
  private final long timeoutNanos;
  private final ThreadLocal<Guard> current = new ThreadLocal<>();
  private final Set<Guard> reading = ConcurrentHashMap.newKeySet();

  /** Starts the sweep on {@code timer} (it ends when the timer is shut down). */
  public ReadDeadlines(ScheduledExecutorService timer, Duration timeout) {
    this.timeout = timeout;
    this.timeoutNanos = timeout.toNanos();
    long period = sweepPeriod(timeout).toNanos();
    timer.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.NANOSECONDS);
  }

  /** How often the deadlines are checked: a quarter of the timeout, between 1 ms and 500 ms. */
  static Duration sweepPeriod(Duration timeout) {
    long quarter = timeout.toNanos() / 4;
    return Duration.ofNanos(
        Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(quarter,
            TimeUnit.MILLISECONDS.toNanos(500))));
  }

  public Duration timeout() {
    return timeout;
  }

  /** The task, its reading phase bounded by the deadline. */
  public Runnable guarded(Runnable task) {
    return () -> {
      Guard guard = new Guard(Thread.currentThread(), System.nanoTime() + timeoutNanos);
      current.set(guard);
      reading.add(guard);
      try {
        task.run();
      } finally {
        guard.finish();
        reading.remove(guard);
        current.remove();
      }
    };
  }

  /** The request on this thread is read: from now on its worker is not interrupted. */
  public void readDone() {
    Guard guard = current.get();
    if (guard != null) {
      guard.finish();
      reading.remove(guard);
    }
  }

  /** Whether the request on this thread ran out of time while it was being read. */
  public boolean expired() {
    Guard guard = current.get();
    return guard != null && guard.expired();
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Guard guard : reading) {
      if (now - guard.deadline > 0) {
        guard.expire();
        reading.remove(guard);
      }
    }
  }

  private static final class Guard {
    private final Thread thread;
    private final long deadline;
    private boolean reading = true;
    private boolean expired;

    Guard(Thread thread, long deadline) {
      this.thread = thread;
      this.deadline = deadline;
    }

    synchronized void expire() {
      if (reading) {
        expired = true;
        thread.interrupt();
      }
    }

    /** Called on the worker itself: no interrupt can come after it, and none stays set. */
    synchronized void finish() {
      reading = false;
      Thread.interrupted();
    }

    synchronized boolean expired() {
      return expired;
    }
  }
}
