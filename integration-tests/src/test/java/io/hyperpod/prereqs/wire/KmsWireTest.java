package io.hyperpod.prereqs.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.http.ServedClock;
import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The served simulator's KMS (JSON 1.1, {@code TrentService.*}) through the AWS SDK's KMS client
 * (the AWS backend's KmsPort): the same keys, states, aliases and errors as in memory.
 */
class KmsWireTest {
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-west-2";
  static final String ROOT_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"kms:*\","
      + "\"Resource\":\"*\"}]}";

  private final AwsSimulator simulator = AwsSimulator.create();
  private SimulatorServer server;
  private AwsBackend aws;

  @BeforeEach
  void serve() {
    simulator.backend(ACCOUNT, REGION).iam().createUser("bob", Map.of());
    server = SimulatorServer.builder(simulator)
        .clock(ServedClock.MANUAL)
        .accessKey(SimulatedAccessKey.of("AKIABOB", ACCOUNT).as(SimulatedCaller.user("bob")))
        .start();
    aws = backend("test");
  }

  @AfterEach
  void stop() {
    aws.close();
    server.close();
  }

  private AwsBackend backend(String accessKey) {
    return AwsBackend.builder()
        .region(REGION)
        .endpointOverride(server.endpoint())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "test")))
        .maxAttempts(1)
        .build();
  }

  @Test
  void keyLifecycle_overTheWire_matchesTheSimulatorsState() {
    KmsPort kms = aws.kms();
    KmsKey key = kms.createKey(CreateKeyRequest.builder().policy(ROOT_ALL).description("workers")
        .tags(Map.of("team", "ml")).build());
    kms.createAlias("alias/hp-workers", key.keyId());

    assertThat(kms.describeKey("alias/hp-workers")).isEqualTo(key);
    assertThat(simulator.backend(ACCOUNT, REGION).kms().describeKey(key.arn())).isEqualTo(key);
    assertThat(kms.getKeyPolicy(key.keyId())).isEqualTo(ROOT_ALL);
    assertThat(kms.listResourceTags(key.keyId())).isEqualTo(Map.of("team", "ml"));
    assertThat(kms.listAliases()).extracting(KmsAlias::aliasName)
        .contains("alias/aws/ebs", "alias/hp-workers");
    assertThat(kms.listKeys()).containsExactly(key.keyId());

    var date = kms.scheduleKeyDeletion(key.keyId(), 7);

    assertThat(kms.describeKey(key.keyId()).keyState()).isEqualTo(KmsKey.PENDING_DELETION);
    assertThat(kms.describeKey(key.keyId()).deletionDate()).contains(date);
    assertThatExceptionOfType(ConflictException.class)
        .isThrownBy(() -> kms.scheduleKeyDeletion(key.keyId(), 7))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("KMSInvalidStateException"))
        .withMessageContaining(key.arn() + " is pending deletion.");

    simulator.clock().advanceTo(date);

    assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> kms.describeKey(key.keyId()));
  }

  @Test
  void errors_overTheWire_keepKmsCodesAndMessages() {
    KmsPort kms = aws.kms();

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> kms.createKey(CreateKeyRequest.builder()
            .policy(ROOT_ALL.replace("kms:*", "kms:DescribeKey")).description("").build()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("MalformedPolicyDocumentException"))
        .withMessageContaining(
            "The new key policy will not allow you to update the key policy in the future.");
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> kms.describeKey("alias/missing"))
        .withMessageContaining("Alias arn:aws:kms:" + REGION + ":" + ACCOUNT
            + ":alias/missing is not found.");
    KmsKey key = kms.createKey(CreateKeyRequest.builder().policy(ROOT_ALL).description("").build());
    try (AwsBackend bob = backend("AKIABOB")) {
      assertThatExceptionOfType(AccessDeniedException.class)
          .isThrownBy(() -> bob.kms().describeKey(key.keyId()))
          .withMessageContaining("User: arn:aws:iam::" + ACCOUNT + ":user/bob is not authorized"
              + " to perform: kms:DescribeKey on resource: " + key.arn());
    }
  }

  @Test
  void rawTrentServiceRequest_answersJson11WithTypeAndMessage() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .header("X-Amz-Target", "TrentService.DescribeKey")
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/" + REGION
                + "/kms/aws4_request, SignedHeaders=host, Signature=00")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString("{\"KeyId\":\"aws/s3\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(answer.body())
        .isEqualTo("{\"__type\":\"NotFoundException\",\"message\":\"Invalid keyId 'aws/s3'\"}");
  }
}
