package io.hyperpod.prereqs.soak;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The soak scenarios on the in-memory simulator: an example spec applied and destroyed under a
 * seeded fault run, or with the process killed at a given request of an apply or of a destroy,
 * then applied and destroyed again cleanly. Each scenario reports whether it converged and what
 * it duplicated, left behind (orphaned) or lost, against a clean apply of the same spec. One
 * change at a time, so that a seed or a kill index always means the same request.
 */
final class Soak {
  static final Path SPECS = Path.of("..", "examples", "specs");
  private static final ApplyOptions SERIAL = ApplyOptions.builder().parallelism(1).build();

  /** Every example spec ({@code examples/specs/*.yaml}), by file name. */
  static List<String> exampleSpecs() {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(SPECS)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
          .sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What one scenario came to. */
  record Outcome(String scenario, boolean converged, int applies, List<String> duplicated,
      List<String> orphaned, List<String> lost, String detail) {
    boolean clean() {
      return converged && duplicated.isEmpty() && orphaned.isEmpty() && lost.isEmpty();
    }
  }

  private final Baseline baseline;
  private final HyperPodPrerequisites spec;
  private final String name;

  Soak(String specFile) {
    this.baseline = Baseline.of(specFile);
    this.spec = baseline.spec();
    this.name = specFile;
  }

  /** Requests a clean apply, then a clean destroy, of the spec make (plans included). */
  int[] requestCounts() {
    AwsSimulator sim = AwsSimulator.create();
    FaultyBackend counting = FaultyBackend.faulty(sim.backend(spec.region()), 0, 0);
    apply(counting);
    int apply = counting.requests();
    destroy(counting);
    return new int[] {apply, counting.requests() - apply};
  }

  /** Apply (twice at most) and destroy (twice at most) under faults on {@code rate} of writes. */
  Outcome faults(long seed, double rate) {
    AwsSimulator sim = AwsSimulator.create();
    CloudBackend clean = sim.backend(spec.region());
    FaultyBackend faulty = FaultyBackend.faulty(clean, rate, seed);
    String scenario = name + " seed " + seed;
    int applies = 1;
    ApplyResult r = apply(faulty);
    String firstFailures = "";
    if (!r.succeeded()) {
      applies++;
      firstFailures = "first apply: " + r.failures();
      r = apply(faulty);
    }
    if (!r.succeeded()) {
      return new Outcome(scenario, false, applies, List.of(), List.of(), List.of(),
          r.failures().toString());
    }
    Outcome afterApply = baseline.check(scenario, clean, applies, firstFailures);
    ApplyResult d = destroy(faulty);
    if (!d.succeeded()) {
      d = destroy(faulty);
    }
    return baseline.withOrphans(afterApply, clean, d);
  }

  /** Killed at request {@code n} of an apply; then apply and destroy without faults. */
  Outcome killedInApply(int n) {
    AwsSimulator sim = AwsSimulator.create();
    CloudBackend clean = sim.backend(spec.region());
    runKilled(() -> apply(FaultyBackend.killedAt(clean, n)));
    String scenario = name + " apply killed at request " + n;
    ApplyResult r = apply(clean);
    if (!r.succeeded()) {
      return new Outcome(scenario, false, 1, List.of(), List.of(), List.of(),
          r.failures().toString());
    }
    return baseline.withOrphans(baseline.check(scenario, clean, 1, ""), clean, destroy(clean));
  }

  /** Applied, then killed at request {@code n} of a destroy; then destroy, apply, destroy. */
  Outcome killedInDestroy(int n) {
    AwsSimulator sim = AwsSimulator.create();
    CloudBackend clean = sim.backend(spec.region());
    apply(clean);
    runKilled(() -> destroy(FaultyBackend.killedAt(clean, n)));
    String scenario = name + " destroy killed at request " + n;
    ApplyResult d = destroy(clean);
    List<String> orphaned = baseline.leftovers(clean);
    if (!d.succeeded() || !orphaned.isEmpty()) {
      return new Outcome(scenario, d.succeeded(), 1, List.of(), orphaned, List.of(),
          d.failures().toString());
    }
    ApplyResult r = apply(clean);
    if (!r.succeeded()) {
      return new Outcome(scenario, false, 1, List.of(), List.of(), List.of(),
          r.failures().toString());
    }
    return baseline.withOrphans(baseline.check(scenario, clean, 1, ""), clean, destroy(clean));
  }

  private ApplyResult apply(CloudBackend b) {
    return spec.plan(b).apply(SERIAL);
  }

  private ApplyResult destroy(CloudBackend b) {
    return spec.planDestroy(b, true).apply(SERIAL);
  }

  private static void runKilled(Runnable run) {
    try {
      run.run();
    } catch (FaultyBackend.Killed e) {
      return;
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof FaultyBackend.Killed) {
          return;
        }
      }
      throw e;
    }
  }

  /** Totals of many outcomes: converged, duplicated, orphaned, lost, and the first bad ones. */
  static Map<String, Object> totals(List<Outcome> outcomes) {
    Map<String, Object> t = new TreeMap<>();
    t.put("runs", outcomes.size());
    t.put("converged", outcomes.stream().filter(Outcome::converged).count());
    t.put("duplicated", outcomes.stream().filter(o -> !o.duplicated().isEmpty()).count());
    t.put("orphaned", outcomes.stream().filter(o -> !o.orphaned().isEmpty()).count());
    t.put("lost", outcomes.stream().filter(o -> !o.lost().isEmpty()).count());
    t.put("second apply needed", outcomes.stream().filter(o -> o.applies() > 1).count());
    t.put("why a second apply", outcomes.stream().filter(o -> o.applies() > 1).limit(5)
        .map(o -> o.scenario() + ": " + o.detail()).toList());
    List<Outcome> bad = new ArrayList<>(outcomes.stream().filter(o -> !o.clean()).toList());
    t.put("failures", bad.stream().limit(5).toList());
    return t;
  }
}
