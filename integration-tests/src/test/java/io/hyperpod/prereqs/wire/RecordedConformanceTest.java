package io.hyperpod.prereqs.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.testing.tools.RequiresTools;
import io.hyperpod.prereqs.testing.tools.Tool;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served simulator against responses recorded from real AWS: {@code
 * src/test/python/conformance.py} replays every case of {@code src/test/conformance} with boto3
 * and compares each recorded outcome (docs/simulator-conformance.md). It fails when an outcome
 * disagrees that its case does not list with a reason, when a listed difference has gone, or on
 * any 5xx that AWS did not answer.
 */
@RequiresTools(Tool.BOTO3)
class RecordedConformanceTest {
  static final Path CASES = Path.of("src", "test", "conformance");

  @TempDir static Path dir;

  static SimulatorServer server;

  @BeforeAll
  static void start() {
    server = SimulatorServer.builder(AwsSimulator.create()).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void recordedAwsOutcomes_agreeOrAreListedWithTheirReason() {
    PythonScript run =
        PythonScript.run(
            dir,
            "conformance.py",
            server.endpoint().toString(),
            CASES.toString(),
            "--report",
            dir.resolve("conformance-report.json").toString());

    System.out.println(run.output.lines().filter(l -> l.contains("recorded outcomes agree"))
        .findFirst().orElse("no summary line"));
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.output).containsPattern("\\d+/\\d+ recorded outcomes agree");
  }
}
