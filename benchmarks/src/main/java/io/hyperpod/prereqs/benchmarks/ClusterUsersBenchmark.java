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
 * (b) How plan, apply and a no-op plan grow with cluster users: 100, 1,000 and 10,000 users on
 * the simulator. Single-shot, so that each apply starts from an empty account.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ClusterUsersBenchmark {
  @Param({"100", "1000", "10000"})
  public int users;

  private HyperPodPrerequisites prerequisites;
  private CloudBackend fresh;
  private CloudBackend applied;

  @Setup(Level.Trial)
  public void load() {
    prerequisites = BenchSpecs.users(users);
    applied = AwsSimulator.create().backend(prerequisites.region());
    ExampleSpecBenchmark.require(prerequisites.plan(applied).apply());
  }

  @Setup(Level.Iteration)
  public void freshAccount() {
    fresh = AwsSimulator.create().backend(prerequisites.region());
  }

  @Benchmark
  public Plan plan() {
    return prerequisites.plan(fresh);
  }

  @Benchmark
  public ApplyResult apply() {
    return ExampleSpecBenchmark.require(prerequisites.plan(fresh).apply());
  }

  @Benchmark
  public Plan noopPlan() {
    return prerequisites.plan(applied);
  }
}
