package io.hyperpod.prereqs.benchmarks;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * (d) {@code apply} of examples/specs/full.yaml through the AWS backend against the served
 * simulator with 50 ms added to every request ({@code *:*=latency(50ms)}), against the
 * critical-path bound: the longest chain of calls that depend on each other, times 50 ms.
 *
 * <p>The chain is counted on a trace run without added latency, where every read of the plan has
 * a thread of its own and every request is noted with the change it was sent for: the requests
 * of the command's own thread (the caller's identity, the stack lock, ...) follow each other; of
 * each pool of concurrent reads, the thread that sent the most; and of the changes, the path
 * through the plan's dependency graph whose changes send the most requests between them. Then
 * {@code --rounds} applies (default 3), each on a fresh server with the latency, are timed with
 * the backend's and the apply's defaults. Run by benchmarks/run, or: {@code java -cp
 * benchmarks/target/benchmarks.jar io.hyperpod.prereqs.benchmarks.LatencyBoundReport [--rounds N]
 * [--latency-ms MS]}.
 */
public final class LatencyBoundReport {
  private LatencyBoundReport() {}

  public static void main(String[] args) {
    int rounds = 3;
    long latencyMs = 50;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--latency-ms" -> latencyMs = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --rounds N, --latency-ms MS");
      }
    }
    HyperPodPrerequisites spec = BenchSpecs.example("full");
    Chain chain = chain(spec);
    Duration bound = Duration.ofMillis(chain.length() * latencyMs);
    System.out.printf(Locale.ROOT,
        "critical path: %d requests (%d before the first change, %d in changes, %d after)"
            + " x %d ms = %.2f s; a full apply sends %d requests%n",
        chain.length(), chain.before(), chain.inChanges(), chain.after(), latencyMs,
        seconds(bound), chain.total());
    chain.path().forEach(step -> System.out.printf("  %-60s %3d%n", step.getKey(),
        step.getValue()));
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Duration took = timedApply(spec, latencyMs);
      double ratio = (double) took.toNanos() / bound.toNanos();
      ratios.add(ratio);
      System.out.printf(Locale.ROOT, "round %d: apply %.2f s vs bound %.2f s: %.2fx%n", round,
          seconds(took), seconds(bound), ratio);
    }
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "(d) apply with %d ms per request vs the critical path:"
        + " median %.2fx (%.2f-%.2fx over %d rounds; goal at most 1.3x)%n", latencyMs,
        ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1), rounds);
  }

  /** The longest chain of dependent requests of an apply of {@code spec} on a fresh account. */
  static Chain chain(HyperPodPrerequisites spec) {
    TracingHttpClient http = new TracingHttpClient(ApacheHttpClient.builder().build());
    try (SimulatorServer server = SimulatorServer.builder(AwsSimulator.create()).start();
        AwsBackend aws = backend(server, spec).httpClient(http).readConcurrency(1000).build()) {
      String main = Thread.currentThread().getName();
      Plan plan = spec.plan(aws);
      ApplyResult applied = plan.apply(ApplyOptions.builder().listener(new ApplyListener() {
        @Override
        public void started(ResourceChange change) {
          TracingHttpClient.working(change.address());
        }

        @Override
        public void finished(ResourceChange change, ChangeResult result) {
          TracingHttpClient.working(null);
        }
      }).build());
      check(applied);
      return Chain.of(plan.changes(), http.sent(), main);
    } finally {
      http.close();
    }
  }

  private static Duration timedApply(HyperPodPrerequisites spec, long latencyMs) {
    FaultRule latency = FaultRule.latency("*", "*", Duration.ofMillis(latencyMs))
        .withTimes(Integer.MAX_VALUE);
    TracingHttpClient http = new TracingHttpClient(ApacheHttpClient.builder().build());
    try (SimulatorServer server = SimulatorServer.builder(AwsSimulator.create())
            .faults(List.of(latency)).start();
        AwsBackend aws = backend(server, spec).httpClient(http).build()) {
      long start = System.nanoTime();
      ApplyResult applied = spec.apply(aws);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      check(applied);
      if (Boolean.getBoolean("timeline")) {
        ApplyTimeline.print(http.sent(), start);
      }
      return took;
    } finally {
      http.close();
    }
  }

  private static AwsBackend.Builder backend(SimulatorServer server, HyperPodPrerequisites spec) {
    return AwsBackend.builder()
        .region(spec.region())
        .endpointOverride(server.endpoint())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
  }

  private static void check(ApplyResult applied) {
    if (!applied.succeeded()) {
      throw new IllegalStateException("the apply failed: " + applied.failures());
    }
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  /** A chain of requests: before the first change, along the longest path of changes, after. */
  record Chain(int before, int inChanges, int after, int total,
      List<Map.Entry<String, Integer>> path) {
    int length() {
      return before + inChanges + after;
    }

    static Chain of(List<ResourceChange> changes, List<TracingHttpClient.Sent> sent,
        String mainThread) {
      Map<ResourceAddress, Integer> perChange = new HashMap<>();
      int mainBefore = 0;
      int mainAfter = 0;
      // pool name -> thread -> requests; the threads of one pool run side by side
      Map<String, Map<String, Integer>> pools = new TreeMap<>();
      boolean changesStarted = false;
      for (TracingHttpClient.Sent s : sent) {
        if (s.change() != null) {
          perChange.merge(s.change(), 1, Integer::sum);
          changesStarted = true;
        } else if (s.thread().equals(mainThread)) {
          if (changesStarted) {
            mainAfter++;
          } else {
            mainBefore++;
          }
        } else {
          String pool = s.thread().replaceAll("-\\d+$", "");
          pools.computeIfAbsent(pool, p -> new HashMap<>()).merge(s.thread(), 1, Integer::sum);
        }
      }
      List<Map.Entry<String, Integer>> path = new ArrayList<>();
      path.add(Map.entry("(the command's own thread, before the changes)", mainBefore));
      int before = mainBefore;
      for (Map.Entry<String, Map<String, Integer>> pool : pools.entrySet()) {
        int most = Collections.max(pool.getValue().values());
        path.add(Map.entry("(" + pool.getKey() + ": the busiest of "
            + pool.getValue().size() + " threads)", most));
        before += most;
      }
      List<Map.Entry<String, Integer>> longest = longestPath(changes, perChange);
      int inChanges = longest.stream().mapToInt(Map.Entry::getValue).sum();
      path.addAll(longest);
      path.add(Map.entry("(the command's own thread, after the changes)", mainAfter));
      return new Chain(before, inChanges, mainAfter, sent.size(), path);
    }

    /** The path through the changes' dependencies with the most requests, first change first. */
    private static List<Map.Entry<String, Integer>> longestPath(List<ResourceChange> changes,
        Map<ResourceAddress, Integer> perChange) {
      Map<ResourceAddress, ResourceChange> byAddress = new HashMap<>();
      changes.forEach(c -> byAddress.put(c.address(), c));
      Map<ResourceAddress, Integer> longest = new HashMap<>();
      Map<ResourceAddress, ResourceAddress> via = new HashMap<>();
      ResourceAddress end = null;
      for (ResourceChange c : topological(changes, byAddress)) {
        int best = 0;
        for (ResourceAddress d : c.dependsOn()) {
          Integer length = longest.get(d);
          if (length != null && (length > best || !via.containsKey(c.address()))) {
            best = Math.max(best, length);
            via.put(c.address(), d);
          }
        }
        longest.put(c.address(), best + perChange.getOrDefault(c.address(), 0));
        if (end == null || longest.get(c.address()) > longest.get(end)) {
          end = c.address();
        }
      }
      List<Map.Entry<String, Integer>> path = new ArrayList<>();
      for (ResourceAddress a = end; a != null; a = via.get(a)) {
        path.add(0, Map.entry(a.toString(), perChange.getOrDefault(a, 0)));
      }
      return path;
    }

    private static List<ResourceChange> topological(List<ResourceChange> changes,
        Map<ResourceAddress, ResourceChange> byAddress) {
      List<ResourceChange> order = new ArrayList<>();
      Map<ResourceAddress, Boolean> seen = new HashMap<>();
      for (ResourceChange c : changes) {
        visit(c, byAddress, seen, order);
      }
      return order;
    }

    private static void visit(ResourceChange c, Map<ResourceAddress, ResourceChange> byAddress,
        Map<ResourceAddress, Boolean> seen, List<ResourceChange> order) {
      if (seen.putIfAbsent(c.address(), Boolean.TRUE) != null) {
        return;
      }
      for (ResourceAddress d : c.dependsOn()) {
        ResourceChange dep = byAddress.get(d);
        if (dep != null) {
          visit(dep, byAddress, seen, order);
        }
      }
      order.add(c);
    }
  }
}
