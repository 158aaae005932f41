package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.CloudBackend;

/** What a resource uses while it is applied: the backend, the outputs so far, progress. */
public final class ApplyContext {
  private final CloudBackend backend;
  private final Outputs outputs;
  private final ApplyListener listener;
  private final ResourceChange change;
  private final ObserveContext observeContext;

  ApplyContext(
      CloudBackend backend,
      Outputs outputs,
      ApplyListener listener,
      ResourceChange change,
      ObserveContext observeContext) {
    this.backend = backend;
    this.outputs = outputs;
    this.listener = listener;
    this.change = change;
    this.observeContext = observeContext;
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
