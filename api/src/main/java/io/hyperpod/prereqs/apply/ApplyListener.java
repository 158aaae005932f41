package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.plan.ResourceChange;

/** Progress of an apply; called from worker threads, so implementations must be thread-safe. */
public interface ApplyListener {
  ApplyListener NONE = new ApplyListener() {};

  /** Called when a change starts. */
  default void started(ResourceChange change) {}

  /** Long work (a file system becoming AVAILABLE) reports along the way. */
  default void progress(ResourceChange change, String message) {}

  /** Called when a change has finished, with its result. */
  default void finished(ResourceChange change, ChangeResult result) {}
}
