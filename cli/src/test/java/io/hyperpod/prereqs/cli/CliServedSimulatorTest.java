package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.ServedClock;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --backend aws --endpoint-url} against the served simulator: the full example (FSx
 * included) applies through the AWS SDK and re-plans to no changes, because the served clock's
 * default (fast) ends the file system's creation at the apply's first poll instead of leaving it
 * CREATING for the apply's two hours.
 */
class CliServedSimulatorTest {
  static final Path FULL = Path.of("..", "examples", "specs", "full.yaml");

  @RegisterExtension static final DummyAwsCredentials CREDENTIALS = new DummyAwsCredentials();

  @Test
  void apply_fullSpecThroughTheAwsBackend_againstTheFastServedSimulator_completes() throws Exception {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = SimulatorServer.builder(simulator).start()) {
      assertThat(server.clock()).isEqualTo(ServedClock.FAST);

      CliRun apply = CliRun.aws(server.endpoint(), "apply", FULL.toString(), "--yes");

      assertThat(apply.code).as(apply.toString()).isZero();
      assertThat(apply.err).contains("Apply complete").contains("AVAILABLE");
      CliRun again = CliRun.aws(server.endpoint(), "plan", FULL.toString());
      assertThat(again.code).as(again.toString()).isZero();
      assertThat(again.out).contains("No changes");
      assertThat(simulator.calls())
          .filteredOn(c -> c.operation().equals("DescribeFileSystems"))
          .isNotEmpty();
    }
  }
}
