package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;

/** {@code simulator serve} options: secrets from a file, --faults, --clock, and their errors. */
class SimulatorServeOptionsTest {
  @TempDir Path dir;

  @Test
  void serve_secretFromAFile_faultsAndClock_areUsedAndTheSecretIsNeverPrinted() throws Exception {
    Path state = dir.resolve("s.json");
    Path secrets = dir.resolve("secrets");
    Files.writeString(secrets, "# the simulator's keys\nAKIAFILE=file-s3cr3t\n");
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = new Thread(() -> code.set(Main.run(new String[] {
        "simulator", "serve", "--port", "0", "--simulator-state", state.toString(),
        "--verify-signatures", "--access-key", "AKIAFILE=123456789012",
        "--secret-key-file", secrets.toString(), "--clock", "manual",
        "--faults", "iam:ListUsers=throttle#1"},
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), false)));
    serving.start();
    try {
      URI endpoint = awaitEndpoint(err);
      try (IamClient good = iam(endpoint, "file-s3cr3t"); IamClient wrong = iam(endpoint, "no")) {
        assertThatExceptionOfType(IamException.class).isThrownBy(good::listUsers)
            .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling"));
        assertThat(good.listUsers().users()).isEmpty();
        assertThatExceptionOfType(IamException.class).isThrownBy(wrong::listUsers)
            .satisfies(e -> assertThat(e.awsErrorDetails().errorCode())
                .isEqualTo("SignatureDoesNotMatch"));
      }
      assertThat(err.toString()).contains("clock manual").contains("1 fault rule(s)")
          .doesNotContain("file-s3cr3t").doesNotContain("warning");
    } finally {
      serving.interrupt();
      serving.join(Duration.ofSeconds(20).toMillis());
    }
    assertThat(code.get()).as(err.toString()).isZero();
  }

  @Test
  void serve_badFaultsAndSizes_failNamingTheFix_beforeServing() {
    CliRun faults = CliRun.run(dir.resolve("a.json"), "simulator", "serve", "--port", "0",
        "--faults", "iam:CreateRole=explode; s3=throttle");
    CliRun size = CliRun.run(dir.resolve("b.json"), "simulator", "serve", "--port", "0",
        "--max-object-size", "big");
    CliRun secret = CliRun.run(dir.resolve("c.json"), "simulator", "serve", "--port", "0",
        "--access-key", "AKIAX=123456789012", "--secret-key-file",
        dir.resolve("missing").toString());

    assertThat(faults.code).isEqualTo(ExitCodes.ERROR);
    assertThat(faults.err).contains("--faults").contains("unknown kind 'explode'")
        .contains("'s3=throttle'").contains("SERVICE:OPERATION=KIND");
    assertThat(size.code).isEqualTo(ExitCodes.ERROR);
    assertThat(size.err).contains("--max-object-size 'big'").contains("64MiB");
    assertThat(secret.code).isEqualTo(ExitCodes.ERROR);
    assertThat(secret.err).contains("--secret-key-file").contains("cannot be read");
    assertThat(dir.resolve("a.json")).doesNotExist();
    assertThat(io.hyperpod.prereqs.simulator.StateFileLock.holder(dir.resolve("c.json"))).isEmpty();
  }

  private static IamClient iam(URI endpoint, String secret) {
    return IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAFILE", secret)))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

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
