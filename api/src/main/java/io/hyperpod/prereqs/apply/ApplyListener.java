package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.plan.ResourceChange;

/** Progress of an apply; called from worker threads, so implementations must be thread-safe. */
public interface ApplyListener {
  /** A listener that ignores every event, the default of {@link ApplyOptions#listener()}. */
  ApplyListener NONE = new ApplyListener() {};

  /**
   * Called when a change starts.
   *
   * @param change the change that starts
   */
  default void started(ResourceChange change) {}

  /**
   * Long work (a file system becoming AVAILABLE) reports along the way.
   *
   * @param change the change that is running
   * @param message one line of progress, e.g. how long the wait has taken so far
   */
  default void progress(ResourceChange change, String message) {}

  /**
   * Called when a change has finished, with its result.
   *
   * @param change the change that finished
   * @param result its outcome: applied, unchanged, failed or skipped, with its error
   */
  default void finished(ResourceChange change, ChangeResult result) {}
}
