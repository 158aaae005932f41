package io.hyperpod.prereqs.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.ServedClock;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.testing.tools.RequiresTools;
import io.hyperpod.prereqs.testing.tools.Tool;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * boto3 and the AWS CLI against the served simulator: the calls apply makes and the error calls that
 * matter, with AWS's codes ({@code src/test/python/wire_boto3_cli.py}).
 */
@RequiresTools({Tool.BOTO3, Tool.AWS_CLI})
class Boto3CliWireTest {
  @TempDir static Path dir;

  static AwsSimulator simulator;
  static SimulatorServer server;

  @BeforeAll
  static void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).clock(ServedClock.MANUAL).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void boto3AndAwsCli_applyCallsAndErrorCalls_getAwsAnswers() {
    PythonScript run =
        PythonScript.run(dir, "wire_boto3_cli.py", server.endpoint().toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.output).contains("0 failed");
    assertThat(simulator.backend("us-west-2").iam().findRole("wire-exec")).isPresent();
    assertThat(simulator.backend("us-west-2").s3().getObject(
        "sagemaker-wire-boto3", "cli/users.txt")).isPresent();
  }
}
