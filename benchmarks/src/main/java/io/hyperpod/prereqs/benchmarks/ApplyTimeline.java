package io.hyperpod.prereqs.benchmarks;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.moto.MotoServer;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * Where the time of an apply goes: every request of an apply of examples/specs/full.yaml through
 * the AWS backend on a fresh moto server, with its start and end (ms from the apply's start), the
 * thread that sent it and the change it was for, then the time spent inside requests and between
 * them. Profiling help for (c), not a figure: {@code java -cp benchmarks/target/benchmarks.jar
 * io.hyperpod.prereqs.benchmarks.ApplyTimeline [--rounds N]} (each round on a fresh server; the
 * first pays the JVM's warm-up).
 */
public final class ApplyTimeline {
  private ApplyTimeline() {}

  public static void main(String[] args) {
    int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 1;
    HyperPodPrerequisites spec = BenchSpecs.exampleOnMoto("full");
    for (int round = 1; round <= rounds; round++) {
      TracingHttpClient http = new TracingHttpClient(ApacheHttpClient.builder().build());
      try (MotoServer moto = MotoServer.start();
          AwsBackend aws = moto.backendBuilder().httpClient(http).build()) {
        long start = System.nanoTime();
        ApplyResult applied = spec.apply(aws);
        long took = System.nanoTime() - start;
        if (!applied.succeeded()) {
          throw new IllegalStateException("the apply failed: " + applied.failures());
        }
        System.out.printf(Locale.ROOT, "round %d: apply of full.yaml on moto %.2f s%n", round,
            took / 1e9);
        print(http.sent(), start);
      } finally {
        http.close();
      }
    }
  }

  /** Every request, by start, and how much of the run some request was in flight. */
  static void print(List<TracingHttpClient.Sent> sent, long start) {
    List<TracingHttpClient.Sent> byStart = sent.stream()
        .sorted(java.util.Comparator.comparingLong(TracingHttpClient.Sent::startNanos)).toList();
    long busy = 0;
    long reach = start;
    for (TracingHttpClient.Sent s : byStart) {
      System.out.printf(Locale.ROOT, "  %6d %6d %-26s %-44s %s%n", ms(s.startNanos() - start),
          ms(s.endNanos() - start), s.thread(), s.change() == null ? "" : s.change(), s.target());
      if (s.endNanos() > reach) {
        busy += s.endNanos() - Math.max(reach, s.startNanos());
        reach = s.endNanos();
      }
    }
    long last = byStart.isEmpty() ? start : reach;
    System.out.printf(Locale.ROOT, "  %d requests; some request in flight %d of %d ms%n",
        sent.size(), ms(busy), ms(last - start));
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
