package io.hyperpod.prereqs.benchmarks;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) In process, on the simulator: plan, apply and a no-op re-plan of the example specs. Sample
 * time, so that the report carries the median and p99.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExampleSpecBenchmark {
  @Param({"quickstart", "full"})
  public String spec;

  private HyperPodPrerequisites prerequisites;
  private CloudBackend fresh;
  private CloudBackend applied;

  @Setup(Level.Trial)
  public void load() {
    prerequisites = BenchSpecs.example(spec);
    applied = AwsSimulator.create().backend(prerequisites.region());
    require(prerequisites.plan(applied).apply());
  }

  @Setup(Level.Invocation)
  public void freshAccount() {
    fresh = AwsSimulator.create().backend(prerequisites.region());
  }

  /** A plan against an empty account: everything to create. */
  @Benchmark
  public Plan plan() {
    return prerequisites.plan(fresh);
  }

  /** Plan and apply on an empty account. */
  @Benchmark
  public ApplyResult apply() {
    return require(prerequisites.plan(fresh).apply());
  }

  /** A plan of what is already applied: no changes. */
  @Benchmark
  public Plan noopPlan() {
    return prerequisites.plan(applied);
  }

  static ApplyResult require(ApplyResult result) {
    if (!result.succeeded()) {
      throw new IllegalStateException("apply failed: " + result.failures());
    }
    return result;
  }
}
