package io.hyperpod.prereqs.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.testing.tools.RequiresTools;
import io.hyperpod.prereqs.testing.tools.Tool;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same boto3 call sequence against the served simulator and a moto server: the simulator gives
 * AWS's answer at every step; moto too, except for the known differences the script records
 * ({@code src/test/python/wire_differential.py}).
 */
@RequiresTools(Tool.BOTO3)
class MotoDifferentialTest {
  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  @TempDir static Path dir;

  static SimulatorServer simulator;

  @BeforeAll
  static void start() {
    simulator = SimulatorServer.builder(AwsSimulator.create()).start();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void sameCalls_simulatorAnswersAsAws_motoDiffersOnlyWhereKnown() {
    PythonScript run =
        PythonScript.run(
            dir,
            "wire_differential.py",
            simulator.endpoint().toString(),
            MOTO.server().endpoint().toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.output).contains("0 failed").contains("known difference");
  }
}
