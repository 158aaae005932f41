package io.hyperpod.prereqs.benchmarks;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.CallCounts;
import io.hyperpod.prereqs.aws.moto.MotoServer;
import io.hyperpod.prereqs.plan.Plan;

/**
 * (e) What the AWS backend sends, counted by the SDK on a fresh moto server per spec: the calls of
 * a full apply of examples/specs/full.yaml (without the VPC-only bucket policy, which moto cannot
 * honour for the caller), and of a no-op re-plan of 1,000 cluster users on a fresh backend, as a
 * CLI run has it (the goal: at most 30 calls). Run by benchmarks/run, or: {@code java -cp
 * benchmarks/target/benchmarks.jar io.hyperpod.prereqs.benchmarks.CallCountReport}.
 */
public final class CallCountReport {
  private CallCountReport() {}

  public static void main(String[] args) {
    report("apply of full.yaml", BenchSpecs.exampleOnMoto("full"), false);
    report("no-op re-plan of 1,000 cluster users", BenchSpecs.users(1000), true);
  }

  private static void report(String what, HyperPodPrerequisites spec, boolean replan) {
    try (MotoServer moto = MotoServer.start()) {
      try (AwsBackend aws = moto.backend()) {
        ApplyResult applied = spec.apply(aws);
        if (!applied.succeeded()) {
          throw new IllegalStateException(what + ": apply failed: " + applied.failures());
        }
        if (!replan) {
          print(what, aws.callCounts());
          return;
        }
      }
      try (AwsBackend aws = moto.backend()) {
        Plan noop = spec.plan(aws);
        if (noop.hasChanges()) {
          throw new IllegalStateException(what + ": the re-plan has changes: " + noop.changes());
        }
        print(what, aws.callCounts());
      }
    }
  }

  private static void print(String what, CallCounts counts) {
    System.out.printf("%s: %d calls, %d HTTP attempts%n", what, counts.totalCalls(),
        counts.totalAttempts());
    counts.calls().forEach((operation, n) -> System.out.printf("  %-50s %4d%n", operation, n));
  }
}
