package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A run that could not take the stack's lock (the lock object refused, as a bucket policy would)
 * goes on, and says so after its summary: never a silent unlocked run.
 */
class CliUnlockedRunTest {
  static final Path QUICKSTART = Path.of("..", "examples", "specs", "quickstart.yaml");

  @RegisterExtension static final DummyAwsCredentials CREDENTIALS = new DummyAwsCredentials();

  @Test
  void apply_whoseLockObjectIsRefused_completes_andWarnsThatItRanWithoutTheLock() {
    AwsSimulator simulator = AwsSimulator.create();
    // The apply's first PutObject is the lock's, taken before any change.
    try (SimulatorServer server = SimulatorServer.builder(simulator)
        .faults(FaultRule.parse("s3:PutObject=AccessDenied(403)#1")).start()) {
      CliRun apply = CliRun.aws(server.endpoint(), "apply", QUICKSTART.toString(), "--yes");

      assertThat(apply.code).as(apply.toString()).isZero();
      assertThat(apply.err).contains("Apply complete")
          .contains("warning: the stack's lock (s3://")
          .contains("this run went on without it")
          .contains("iam-policy-for-tool");
    }
  }

  @Test
  void apply_thatTakesTheLock_printsNoSuchWarning() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = SimulatorServer.builder(simulator).start()) {
      CliRun apply = CliRun.aws(server.endpoint(), "apply", QUICKSTART.toString(), "--yes");

      assertThat(apply.code).as(apply.toString()).isZero();
      assertThat(apply.err).contains("Apply complete").doesNotContain("stack's lock");
    }
  }
}
