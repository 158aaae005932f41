package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final AwsSimulator aws = AwsSimulator.create();
  private final CloudBackend backend = aws.backend("us-west-2");

  @Test
  void throttling_twice_failsTwoCallsThenLetsThemThrough() {
    aws.inject(FaultRule.throttling("iam", "CreateUser").withTimes(2));

    for (int i = 0; i < 2; i++) {
      assertThatExceptionOfType(ThrottledException.class)
          .isThrownBy(() -> backend.iam().createUser("alice", Map.of()))
          .satisfies(
              e -> {
                assertThat(e.errorCode()).isEqualTo("Throttling");
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.retryable()).isTrue();
                assertThat(e.requestId()).isPresent();
              });
    }

    assertThat(backend.iam().createUser("alice", Map.of()).name()).isEqualTo("alice");
    assertThat(aws.faults()).isEmpty();
  }

  @Test
  void throttling_s3_isSlowDown503() {
    aws.inject(FaultRule.throttling("s3", "PutObject"));
    backend.s3().createBucket("sagemaker-b");

    assertThatExceptionOfType(ThrottledException.class)
        .isThrownBy(() -> backend.s3().putObject("sagemaker-b", "k", new byte[1], null))
        .satisfies(
            e -> {
              assertThat(e.errorCode()).isEqualTo("SlowDown");
              assertThat(e.statusCode()).isEqualTo(503);
            });
    assertThat(backend.s3().listObjects("sagemaker-b", "")).isEmpty();
  }

  @Test
  void failing_serverError_isRetryableAndChangesNothing() {
    aws.inject(FaultRule.failing("iam", "Create*", "ServiceFailure", 500));

    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> backend.iam().createUser("alice", Map.of()))
        .satisfies(
            e -> {
              assertThat(e.errorCode()).isEqualTo("ServiceFailure");
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.retryable()).isTrue();
            });
    assertThat(backend.iam().findUser("alice")).isEmpty();
  }

  @Test
  void failing_knownNotFoundCode_raisesTheMatchingException() {
    aws.inject(FaultRule.failing("iam", "DeleteRole", "NoSuchEntity", 404));

    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> backend.iam().deleteRole("any"));
  }

  @Test
  void rule_otherService_doesNotMatch() {
    aws.inject(FaultRule.throttling("s3", "*"));

    assertThat(backend.iam().createUser("alice", Map.of()).name()).isEqualTo("alice");
    assertThat(aws.faults()).hasSize(1);
  }

  @Test
  void rule_forOneAccount_spareOtherAccounts() {
    aws.inject(FaultRule.throttling("sts", "GetCallerIdentity").withAccountId("210987654321"));

    assertThat(backend.account().callerIdentity().account()).isEqualTo("123456789012");
    assertThatExceptionOfType(ThrottledException.class)
        .isThrownBy(() -> aws.backend("210987654321", "us-west-2").account().callerIdentity());
  }

  @Test
  void rule_always_failsEveryCallUntilCleared() {
    aws.inject(FaultRule.failing("*", "*", "InternalError", 500).withTimes(Integer.MAX_VALUE));

    IntStream.range(0, 5)
        .forEach(
            i ->
                assertThatExceptionOfType(CloudException.class)
                    .isThrownBy(() -> backend.s3().listBuckets()));
    aws.clearFaults();

    assertThat(backend.s3().listBuckets()).isEmpty();
  }

  @Test
  void rule_withProbability_failsASeededShareOfCalls() {
    int failures = failuresOutOf100(AwsSimulator.create(3));

    assertThat(failures).isBetween(30, 70);
    assertThat(failuresOutOf100(AwsSimulator.create(3))).isEqualTo(failures);
  }

  @Test
  void calls_afterFault_recordTheErrorCode() {
    aws.inject(FaultRule.throttling("iam", "GetUser"));

    backend.iam().createUser("alice", Map.of());
    assertThatExceptionOfType(ThrottledException.class)
        .isThrownBy(() -> backend.iam().findUser("alice"));

    assertThat(aws.calls())
        .extracting(RecordedCall::label, c -> c.errorCode().orElse("-"))
        .containsExactly(tuple("iam:CreateUser", "-"), tuple("iam:GetUser", "Throttling"));
  }

  @Test
  void faultRule_zeroTimes_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FaultRule.throttling("iam", "*").withTimes(0))
        .withMessageContaining("times 0");
  }

  @Test
  void faultRule_successStatus_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FaultRule.failing("iam", "*", "Fine", 200))
        .withMessageContaining("statusCode 200");
  }

  private static int failuresOutOf100(AwsSimulator simulator) {
    simulator.inject(
        FaultRule.throttling("sts", "*").withTimes(Integer.MAX_VALUE).withProbability(0.5));
    CloudBackend b = simulator.backend("us-west-2");
    int failures = 0;
    for (int i = 0; i < 100; i++) {
      try {
        b.account().callerIdentity();
      } catch (ThrottledException e) {
        failures++;
      }
    }
    return failures;
  }
}
