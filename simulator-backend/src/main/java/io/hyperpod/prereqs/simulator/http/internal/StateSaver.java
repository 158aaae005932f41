package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Makes a served simulator's changes durable before they are acknowledged: {@link #commit()}
 * returns once a save that includes the caller's change is on disk ({@link AwsSimulator#save}:
 * temporary file, fsync, rename). Group commit: while one save runs, the changes that arrive wait
 * for the next, which saves them all at once, so a burst costs a few saves, not one per change.
 */
public final class StateSaver implements AutoCloseable {
  private final AwsSimulator simulator;
  private final Path file;
  private final Consumer<RuntimeException> onFailure;
  private final Object monitor = new Object();
  private long changes;
  private long saved;
  private boolean saving;
  private long saves;

  /**
   * @param onFailure told when a save fails (the change's caller gets the failure)
   */
  public StateSaver(AwsSimulator simulator, Path file, Consumer<RuntimeException> onFailure) {
    this.simulator = simulator;
    this.file = file;
    this.onFailure = onFailure;
  }

  public Path file() {
    return file;
  }

  /**
   * Counts a change that is made (in memory) and returns once it is saved.
   *
   * @throws RuntimeException when the save fails (the change is in memory only)
   */
  public void commit() {
    long mine;
    synchronized (monitor) {
      mine = ++changes;
    }
    boolean interrupted = false;
    try {
      while (true) {
        long target;
        synchronized (monitor) {
          while (saving && saved < mine) {
            try {
              monitor.wait();
            } catch (InterruptedException e) {
              interrupted = true;
            }
          }
          if (saved >= mine) {
            return;
          }
          saving = true;
          target = changes;
        }
        RuntimeException failure = null;
        try {
          simulator.save(file);
        } catch (RuntimeException e) {
          failure = e;
        }
        synchronized (monitor) {
          saving = false;
          saves++;
          if (failure == null) {
            saved = Math.max(saved, target);
          }
          monitor.notifyAll();
        }
        if (failure != null) {
          onFailure.accept(failure);
          throw failure;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How many saves have run (fewer than changes when changes came in bursts). */
  public long saves() {
    synchronized (monitor) {
      return saves;
    }
  }

  /** Saves once more when a change is not on disk yet (its save failed). */
  @Override
  public void close() {
    synchronized (monitor) {
      if (saved >= changes) {
        return;
      }
    }
    try {
      simulator.save(file);
    } catch (RuntimeException e) {
      onFailure.accept(e);
    }
  }
}
