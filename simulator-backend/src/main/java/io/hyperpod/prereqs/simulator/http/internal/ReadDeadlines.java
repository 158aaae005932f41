package io.hyperpod.prereqs.simulator.http.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a client may take to send a request (its headers and body), so that slow
 * clients cannot hold the server's workers: each exchange runs {@link #guarded}; when its request
 * is not in by the deadline, the worker is interrupted, which closes the connection (the JDK server
 * reads through interruptible channels) and frees the worker. {@link #readDone()} ends the reading
 * phase once the body is in; answering is not bounded.
 */
public final class ReadDeadlines {
  private final ScheduledExecutorService timer;
  private final Duration timeout;
  private final ThreadLocal<Guard> current = new ThreadLocal<>();

  public ReadDeadlines(ScheduledExecutorService timer, Duration timeout) {
    this.timer = timer;
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  /** The task, its reading phase bounded by the deadline. */
  public Runnable guarded(Runnable task) {
    return () -> {
      Guard guard = new Guard(Thread.currentThread());
      current.set(guard);
      ScheduledFuture<?> alarm =
          timer.schedule(guard::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
      try {
        task.run();
      } finally {
        guard.finish();
        alarm.cancel(false);
        current.remove();
      }
    };
  }

  /** The request on this thread is read: from now on its worker is not interrupted. */
  public void readDone() {
    Guard guard = current.get();
    if (guard != null) {
      guard.finish();
    }
  }

  /** Whether the request on this thread ran out of time while it was being read. */
  public boolean expired() {
    Guard guard = current.get();
    return guard != null && guard.expired();
  }

  private static final class Guard {
    private final Thread thread;
    private boolean reading = true;
    private boolean expired;

    Guard(Thread thread) {
      this.thread = thread;
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
