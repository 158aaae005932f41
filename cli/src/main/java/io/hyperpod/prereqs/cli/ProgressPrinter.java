package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.io.PrintWriter;

/** Shows apply progress on stderr, one line per event, each finished change with its time. */
final class ProgressPrinter implements ApplyListener {
  private final PrintWriter err;
  private final java.util.Map<String, Long> started = new java.util.HashMap<>();

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void started(ResourceChange change) {
    started.put(change.address().toString(), System.nanoTime());
    err.println("  " + change.action().symbol() + " " + change.address() + ": "
        + change.action().jsonName() + "...");
    err.flush();
  }

  @Override
  public synchronized void progress(ResourceChange change, String message) {
    err.println("    " + change.address() + ": " + message);
    err.flush();
  }

  @Override
  public synchronized void finished(ResourceChange change, ChangeResult result) {
    if (result.outcome() == ChangeOutcome.UNCHANGED) {
      return;
    }
    Long start = started.remove(change.address().toString());
    String took = start == null ? "" : " (" + Elapsed.format(Elapsed.since(start)) + ")";
    String what = result.outcome() == ChangeOutcome.APPLIED ? "done" + took
        : result.outcome().jsonName() + took + ": " + result.error().orElse("");
    err.println("  " + change.action().symbol() + " " + change.address() + ": " + what);
    err.flush();
  }
}
