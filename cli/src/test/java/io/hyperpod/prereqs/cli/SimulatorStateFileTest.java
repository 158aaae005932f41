package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.StateFileLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per state file: CLI commands at once on one file each keep their changes (the second
 * waits for the first), {@code simulator serve} holds the file and a second one is refused naming
 * the holder, and CLI commands meanwhile go through the server.
 */
class SimulatorStateFileTest {
  static final Path QUICKSTART = Path.of("..", "examples", "specs", "quickstart.yaml");

  @TempDir Path dir;

  @Test
  void concurrentApplies_onOneStateFile_neverLoseAChange() throws Exception {
    Path state = dir.resolve("simulator.json");
    int stacks = 4;
    List<Path> specs = new ArrayList<>();
    for (int i = 0; i < stacks; i++) {
      specs.add(stackSpec(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(stacks);
    try {
      List<Future<CliRun>> runs = new ArrayList<>();
      for (Path spec : specs) {
        runs.add(pool.submit(() -> CliRun.run(state, "apply", spec.toString(), "--yes")));
      }
      for (Future<CliRun> run : runs) {
        CliRun done = run.get();
        assertThat(done.code).as(done.toString()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }

    AwsSimulator after = AwsSimulator.load(state);
    for (int i = 0; i < stacks; i++) {
      assertThat(after.backend("us-west-2").iam().findUser("qs" + i + "-admin"))
          .as("stack qs" + i + "'s admin").isPresent();
    }
    assertThat(StateFileLock.holder(state)).isEmpty();
  }

  @Test
  void serve_holdsTheFile_secondServeIsRefused_cliCommandsGoThroughIt() throws Exception {
    Path state = dir.resolve("served.json");
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = serve(state, err, code);
    try {
      URI endpoint = awaitEndpoint(err);
      assertThat(StateFileLock.holder(state)).hasValueSatisfying(h -> {
        assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(h.command()).contains("simulator serve");
        assertThat(h.endpoint()).contains(endpoint);
      });

      CliRun second = CliRun.run(state, "simulator", "serve", "--port", "0");
      assertThat(second.code).isEqualTo(ExitCodes.ERROR);
      assertThat(second.err).contains("is in use by pid " + ProcessHandle.current().pid())
          .contains("simulator serve").contains(endpoint.toString());

      CliRun apply = CliRun.run(state, "apply", QUICKSTART.toString(), "--yes");
      assertThat(apply.code).as(apply.toString()).isZero();
      CliRun plan = CliRun.run(state, "plan", QUICKSTART.toString());
      assertThat(plan.code).as(plan.toString()).isZero();

      CliRun advance = CliRun.run(state, "simulator", "advance", "--hours", "2");
      assertThat(advance.code).as(advance.toString()).isZero();
      assertThat(advance.err).contains(endpoint.toString()).contains("2025-01-01T02:00:00Z");
      // acknowledged over the wire = on disk: the file has the apply while the server still runs
      assertThat(AwsSimulator.load(state).backend("us-west-2").iam().findUser("quickstart-admin"))
          .isPresent();

      CliRun reset = CliRun.run(state, "simulator", "reset");
      assertThat(reset.code).as(reset.toString()).isZero();
      assertThat(AwsSimulator.load(state).backend("us-west-2").iam().findUser("quickstart-admin"))
          .isEmpty();
    } finally {
      serving.interrupt();
      serving.join(Duration.ofSeconds(20).toMillis());
    }
    assertThat(code.get()).as(err.toString()).isZero();
    assertThat(StateFileLock.holder(state)).isEmpty();
  }

  @Test
  void twoAppliesOfOneStack_onOneStateFile_atOnce_neverDuplicate() throws Exception {
    Path state = dir.resolve("one-stack.json");
    Path full = Path.of("..", "examples", "specs", "full.yaml");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<CliRun> done = new ArrayList<>();
    try {
      List<Future<CliRun>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> CliRun.run(state, "apply", full.toString(), "--yes")));
      }
      for (Future<CliRun> run : runs) {
        done.add(run.get());
      }
    } finally {
      pool.shutdownNow();
    }

    // Each run either made the changes, found none left (it waited for the file, then planned),
    // or, having waited its bound, was refused naming the holder; never both made them.
    assertThat(done).allSatisfy(r -> assertThat(r.code == 0 || r.err.contains("is in use by"))
        .as(r.toString()).isTrue());
    assertThat(done).anySatisfy(r -> assertThat(r.code).isZero());
    AwsSimulator after = AwsSimulator.load(state);
    assertThat(after.backend("us-west-2").ec2()
        .describeVpcs(io.hyperpod.prereqs.spi.ec2.Ec2Query.all()))
        .filteredOn(v -> "full".equals(v.tags().get("hyperpod-prereqs:stack"))).hasSize(1);
    assertThat(after.backend("us-west-2").fsx().describeFileSystems(List.of())).hasSize(1);
    CliRun again = CliRun.run(state, "plan", full.toString());
    assertThat(again.out).as(again.toString()).contains("No changes");
  }

  @Test
  void cliCommand_whileAnotherHoldsTheFile_waitsThenRunsWithBothChanges() throws Exception {
    Path state = dir.resolve("held.json");
    CliRun first = CliRun.run(state, "apply", QUICKSTART.toString(), "--yes");
    assertThat(first.code).as(first.toString()).isZero();
    StateFileLock held = StateFileLock.acquire(state, "a test holding the file");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<CliRun> advance =
          pool.submit(() -> CliRun.run(state, "simulator", "advance", "--hours", "1"));
      // however the command and the release interleave, it runs once the file is free
      held.close();
      CliRun done = advance.get();
      assertThat(done.code).as(done.toString()).isZero();
    } finally {
      held.close();
      pool.shutdownNow();
    }
    AwsSimulator after = AwsSimulator.load(state);
    assertThat(after.backend("us-west-2").iam().findUser("quickstart-admin")).isPresent();
    assertThat(after.clock().instant().toString()).endsWith("T01:00:00Z");
  }

  private Path stackSpec(int i) throws Exception {
    String text = Files.readString(QUICKSTART)
        .replace("quickstart", "qs" + i)
        .replace("iamUser: alice", "iamUser: alice" + i)
        .replace("iamUser: bob", "iamUser: bob" + i);
    Path spec = dir.resolve("qs" + i + ".yaml");
    Files.writeString(spec, text);
    return spec;
  }

  private static Thread serve(Path state, StringWriter err, AtomicInteger code) {
    Thread serving =
        new Thread(
            () ->
                code.set(
                    Main.run(
                        new String[] {
                          "simulator", "serve", "--port", "0", "--clock", "manual",
                          "--simulator-state", state.toString()
                        },
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err, true),
                        false)));
    serving.start();
    return serving;
  }

  /** Waits (at most 20 s) for the command to print where it listens. */
  private static URI awaitEndpoint(StringWriter err) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = SimulatorServeCommandTest.ENDPOINT.matcher(err.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
    throw new AssertionError("serve printed no endpoint within 20 s:\n" + err);
  }
}
