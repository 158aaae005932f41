package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Fault rules on the wire: the AWS SDK meets throttling, 5xx, lost requests, lost answers. */
class SimulatorServerFaultsTest {
  final List<Duration> waited = new CopyOnWriteArrayList<>();

  SimulatorServer serve(AwsSimulator simulator, String rules) {
    return SimulatorServer.builder(simulator)
        .clock(ServedClock.MANUAL)
        .faults(FaultRule.parse(rules))
        .sleeper(waited::add)
        .start();
  }

  @Test
  void throttle_thenLetThrough() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = serve(simulator, "iam:CreateUser=throttle#1");
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      assertThatExceptionOfType(IamException.class)
          .isThrownBy(() -> iam.createUser(r -> r.userName("t")))
          .satisfies(e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
            assertThat(e.statusCode()).isEqualTo(400);
          });

      assertThat(iam.createUser(r -> r.userName("t")).user().userName()).isEqualTo("t");
    }
  }

  @Test
  void serverError_isTheServicesInternalError() {
    try (SimulatorServer server = serve(AwsSimulator.create(), "s3:ListBuckets=5xx#1");
        S3Client s3 = SdkClients.s3(server.endpoint(), SdkClients.REGION)) {
      assertThatExceptionOfType(S3Exception.class)
          .isThrownBy(s3::listBuckets)
          .satisfies(e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError");
            assertThat(e.statusCode()).isEqualTo(500);
          });
    }
  }

  @Test
  void dropBefore_closesWithoutAnAnswer_andChangesNothing() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = serve(simulator, "iam:CreateUser=drop-before#1");
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      assertThatExceptionOfType(SdkClientException.class)
          .isThrownBy(() -> iam.createUser(r -> r.userName("lost")));

      assertThat(simulator.backend("us-east-1").iam().findUser("lost")).isEmpty();
    }
  }

  @Test
  void dropAfter_closesWithoutAnAnswer_afterTheChange() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = serve(simulator, "iam:CreateUser=drop-after#1");
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      assertThatExceptionOfType(SdkClientException.class)
          .isThrownBy(() -> iam.createUser(r -> r.userName("made")));

      assertThat(simulator.backend("us-east-1").iam().findUser("made")).isPresent();
      assertThatExceptionOfType(IamException.class)
          .isThrownBy(() -> iam.createUser(r -> r.userName("made")))
          .satisfies(e ->
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityAlreadyExists"));
    }
  }

  @Test
  void latency_holdsTheAnswerBackInWallTime() {
    try (SimulatorServer server = serve(AwsSimulator.create(), "iam:ListUsers=latency(250ms)#1");
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      iam.listUsers();
      iam.listUsers();

      assertThat(waited).containsExactly(Duration.ofMillis(250));
    }
  }
}
