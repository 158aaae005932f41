package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.time.Duration;

/** What a resource uses while it is applied: the backend, the outputs so far, progress. */
public final class ApplyContext {
  private final CloudBackend backend;
  private final Outputs outputs;
  private final ApplyListener listener;
  private final ResourceChange change;
  private final ObserveContext observeContext;
  private final Deadline deadline;

  ApplyContext(
      CloudBackend backend,
      Outputs outputs,
      ApplyListener listener,
      ResourceChange change,
      ObserveContext observeContext,
      Deadline deadline) {
    this.backend = backend;
    this.outputs = outputs;
    this.listener = listener;
    this.change = change;
    this.observeContext = observeContext;
    this.deadline = deadline;
  }

  /**
   * How long a wait for asynchronous work (a file system becoming AVAILABLE) may still take: the
   * per-wait limit, or less when the apply's deadline comes sooner.
   */
  public Duration waitLimit() {
    return deadline.waitLimit(backend.clock().instant());
  }

  /** Why waiting must stop now (the apply was cancelled); empty while it may go on. */
  public java.util.Optional<String> stopReason() {
    return deadline.cancelled();
  }

  public CloudBackend backend() {
    return backend;
  }

  public Outputs outputs() {
    return outputs;
  }

  /** The plan-time observations (cached bulk reads), e.g. to find what still uses a policy. */
  public ObserveContext observed() {
    return observeContext;
  }

  public ResourceChange change() {
    return change;
  }

  /** Reports progress of long work to the listener (the CLI prints it on stderr). */
  public void progress(String message) {
    listener.progress(change, message);
  }
}
