package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ResourceChange;

/** Passes progress on and renews the stack's lock as the apply goes (long waits report too). */
public final class RenewingListener implements ApplyListener {
  private final ApplyListener inner;
  private final StackLock lock;

  public RenewingListener(ApplyListener inner, StackLock lock) {
    this.inner = inner;
    this.lock = lock;
  }

  @Override
  public void started(ResourceChange change) {
    lock.renewIfDue();
    inner.started(change);
  }

  @Override
  public void progress(ResourceChange change, String message) {
    lock.renewIfDue();
    inner.progress(change, message);
  }

  @Override
  public void finished(ResourceChange change, ChangeResult result) {
    lock.renewIfDue();
    inner.finished(change, result);
  }
}
