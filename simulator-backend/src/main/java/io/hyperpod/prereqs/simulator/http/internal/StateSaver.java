package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Saves the simulator to its state file after changes, at most once per {@code delay} (changes
 * that come in a burst are saved together), and once more on {@link #close()}.
 */
public final class StateSaver implements AutoCloseable {
  private final AwsSimulator simulator;
  private final Path file;
  private final Duration delay;
  private final Consumer<RuntimeException> onFailure;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final ScheduledExecutorService executor;

  /**
   * @param onFailure told when a save fails (the server keeps serving)
   */
  public StateSaver(
      AwsSimulator simulator, Path file, Duration delay, Consumer<RuntimeException> onFailure) {
    this.simulator = simulator;
    this.file = file;
    this.delay = delay;
    this.onFailure = onFailure;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "simulator-state-saver");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Notes a change; a save follows within the delay. */
  public void changed() {
    dirty.set(true);
    if (scheduled.compareAndSet(false, true)) {
      executor.schedule(this::saveScheduled, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Saves now if anything changed since the last save. */
  public synchronized void flush() {
    if (dirty.getAndSet(false)) {
      try {
        simulator.save(file);
      } catch (RuntimeException e) {
        dirty.set(true);
        onFailure.accept(e);
      }
    }
  }

  /** Saves what is pending and stops the background saves. */
  @Override
  public void close() {
    executor.shutdownNow();
    flush();
  }

  private void saveScheduled() {
    scheduled.set(false);
    flush();
  }
}
