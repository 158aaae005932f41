package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Carries out a plan's changes in dependency order, at most {@code parallelism} at once. A failed
 * change marks everything that depends on it skipped, naming it as the root cause; independent
 * branches go on. Each change is retried safely ({@link ChangeAttempts}); once the apply is
 * cancelled or its timeout has passed, changes running finish and no new one starts: the rest are
 * skipped with the reason.
 */
public final class Applier {
  private final CloudBackend backend;
  private final ApplyOptions options;
  private final Deadline deadline;
  private final ChangeAttempts attempts;

  private final java.util.function.Consumer<ResourceChange> beforeStart;

  public Applier(CloudBackend backend, ApplyOptions options) {
    this(backend, options, c -> { });
  }

  /** {@code beforeStart} runs in the applier's thread right before a change starts. */
  public Applier(CloudBackend backend, ApplyOptions options,
      java.util.function.Consumer<ResourceChange> beforeStart) {
    this.backend = backend;
    this.options = options;
    this.beforeStart = beforeStart;
    this.deadline = new Deadline(backend.clock(), options);
    this.attempts = new ChangeAttempts(backend, options, deadline);
  }

  public List<ChangeResult> run(Planning planning) {
    List<ResourceChange> changes = planning.content().changes();
    Map<ResourceAddress, ResourceChange> byAddress = new HashMap<>();
    Map<ResourceAddress, Integer> waiting = new HashMap<>();
    Map<ResourceAddress, List<ResourceAddress>> dependents = new HashMap<>();
    for (ResourceChange c : changes) {
      byAddress.put(c.address(), c);
      waiting.put(c.address(), c.dependsOn().size());
      c.dependsOn().forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>())
          .add(c.address()));
    }
    Map<ResourceAddress, ChangeResult> results = new TreeMap<>();
    Map<ResourceAddress, ResourceAddress> rootCause = new HashMap<>();
    TreeSet<ResourceAddress> ready = new TreeSet<>();
    waiting.forEach((a, n) -> {
      if (n == 0) {
        ready.add(a);
      }
    });

    ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), daemonThreads());
    ExecutorCompletionService<ChangeResult> done = new ExecutorCompletionService<>(pool);
    int running = 0;
    try {
      while (!ready.isEmpty() || running > 0) {
        while (!ready.isEmpty()) {
          ResourceChange c = byAddress.get(ready.pollFirst());
          Optional<ResourceAddress> cause = c.dependsOn().stream()
              .map(rootCause::get).filter(x -> x != null).findFirst();
          Optional<String> stop = deadline.stopReason();
          if (cause.isPresent()) {
            complete(skipped(c, cause.get()), c, results, rootCause, cause.get(), dependents,
                waiting, ready);
          } else if (stop.isPresent() && c.action() != ChangeAction.NOOP) {
            ChangeResult r = notStarted(c, stop.get());
            options.listener().finished(c, r);
            complete(r, c, results, rootCause, null, dependents, waiting, ready);
          } else if (c.action() == ChangeAction.NOOP) {
            ChangeResult r = result(c, ChangeOutcome.UNCHANGED, null);
            options.listener().finished(c, r);
            complete(r, c, results, rootCause, null, dependents, waiting, ready);
          } else {
            beforeStart.accept(c);
            done.submit(() -> execute(planning, c));
            running++;
          }
        }
        if (running > 0) {
          ChangeResult r = take(done);
          running--;
          ResourceChange c = byAddress.get(r.address());
          complete(r, c, results, rootCause,
              r.outcome() == ChangeOutcome.FAILED ? r.address() : null, dependents, waiting,
              ready);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<ChangeResult> ordered = new ArrayList<>();
    changes.forEach(c -> ordered.add(results.get(c.address())));
    return ordered;
  }

  private void complete(ChangeResult r, ResourceChange c, Map<ResourceAddress, ChangeResult> results,
      Map<ResourceAddress, ResourceAddress> rootCause, ResourceAddress cause,
      Map<ResourceAddress, List<ResourceAddress>> dependents, Map<ResourceAddress, Integer> waiting,
      TreeSet<ResourceAddress> ready) {
    results.put(c.address(), r);
    if (cause != null) {
      rootCause.put(c.address(), cause);
    }
    for (ResourceAddress d : dependents.getOrDefault(c.address(), List.of())) {
      if (waiting.merge(d, -1, Integer::sum) == 0) {
        ready.add(d);
      }
    }
  }

  /** A change the apply did not start: cancelled, or its timeout passed. */
  private static ChangeResult notStarted(ResourceChange c, String why) {
    return ChangeResult.builder().address(c.address()).action(c.action())
        .outcome(ChangeOutcome.SKIPPED).error("not started: " + why).build();
  }

  private ChangeResult skipped(ResourceChange c, ResourceAddress cause) {
    ChangeResult r = ChangeResult.builder().address(c.address()).action(c.action())
        .outcome(ChangeOutcome.SKIPPED).rootCause(cause)
        .error("not tried: " + cause + " failed").build();
    options.listener().finished(c, r);
    return r;
  }

  private ChangeResult execute(Planning planning, ResourceChange c) {
    ApplyListener listener = options.listener();
    Optional<String> stop = deadline.stopReason();
    if (stop.isPresent()) {
      ChangeResult r = notStarted(c, stop.get());
      listener.finished(c, r);
      return r;
    }
    listener.started(c);
    ChangeResult r;
    try {
      attempts.run(planning, c);
      r = result(c, ChangeOutcome.APPLIED, null);
    } catch (ChangeFailedException e) {
      r = result(c, ChangeOutcome.FAILED, e.getMessage());
    } catch (CloudException e) {
      r = result(c, ChangeOutcome.FAILED, e.errorCode() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      r = result(c, ChangeOutcome.FAILED, "unexpected " + e.getClass().getSimpleName() + ": "
          + e.getMessage());
    }
    listener.finished(c, r);
    return r;
  }

  private static ChangeResult result(ResourceChange c, ChangeOutcome outcome, String error) {
    return ChangeResult.builder().address(c.address()).action(c.action()).outcome(outcome)
        .error(Optional.ofNullable(error)).build();
  }

  private static ChangeResult take(ExecutorCompletionService<ChangeResult> done) {
    try {
      return done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while applying", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a change crashed the applier", e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "hyperpod-prereqs-apply-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
