package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.s3.S3Client;

/** The wire itself: envelopes, request ids, routing, aws-chunked bodies, signatures, saving. */
class SimulatorServerWireTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static AwsSimulator simulator;
  static SimulatorServer server;

  @BeforeAll
  static void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static String authorization(String service, String region) {
    return "AWS4-HMAC-SHA256 Credential=AKIDTEST/20250101/"
        + region
        + "/"
        + service
        + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";
  }

  static HttpResponse<String> query(String service, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.endpoint().resolve("/"))
            .header("Authorization", authorization(service, "us-east-1"))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> s3(String method, String path, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.endpoint().resolve(path))
            .header("Authorization", authorization("s3", "us-west-2"))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void iamSuccess_resultComesFirstAndTheRequestIdIsInBodyAndHeader() throws Exception {
    HttpResponse<String> response =
        query("iam", "Action=CreateUser&Version=2010-05-08&UserName=wire-envelope");

    assertThat(response.statusCode()).isEqualTo(200);
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(response.body())
        .contains(
            "<CreateUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<CreateUserResult><User>")
        .contains("<ResponseMetadata><RequestId>" + requestId + "</RequestId>");
    assertThat(simulator.calls())
        .anySatisfy(c -> assertThat(c.requestId()).isEqualTo(requestId));
  }

  @Test
  void iamError_isAnErrorResponseWithSenderTypeCodeAndRequestId() throws Exception {
    HttpResponse<String> response =
        query("iam", "Action=GetRole&Version=2010-05-08&RoleName=wire-none");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">")
        .contains("<Type>Sender</Type><Code>NoSuchEntity</Code>")
        .containsPattern("<RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
  }

  @Test
  void unknownAction_fails400WithInvalidAction() throws Exception {
    HttpResponse<String> response = query("iam", "Action=CreateLoginProfile&UserName=g");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>InvalidAction</Code>");
  }

  @Test
  void unsignedQuery_isRoutedByItsAction() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "Action=GetCallerIdentity&Version=2011-06-15"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<Account>123456789012</Account>");
  }

  @Test
  void serviceNotServed_fails501NamingTheServicesServed() throws Exception {
    HttpResponse<String> response = query("lambda", "Action=ListFunctions");

    assertThat(response.statusCode()).isEqualTo(501);
    assertThat(response.body()).contains("'lambda'").contains("iam, sts, s3");
  }

  @Test
  void createBucket_regionalEndpointWithoutConstraint_failsWithIllegalLocationConstraint()
      throws Exception {
    HttpResponse<String> response = s3("PUT", "/wire-noconstraint", new byte[0]);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .startsWith("<?xml")
        .contains("<Code>IllegalLocationConstraintException</Code>")
        .contains(
            "<Message>The unspecified location constraint is incompatible for the region specific"
                + " endpoint this request was sent to.</Message>")
        .doesNotContain("<BucketName>"); // AWS names no bucket in this error
    assertThat(response.headers().firstValue("x-amz-request-id")).isPresent();
  }

  @Test
  void putObject_awsChunkedWithTrailer_storesThePayload() throws Exception {
    createBucket("wire-chunks");
    byte[] payload = "hello, chunked world".getBytes(StandardCharsets.UTF_8);
    byte[] body = awsChunked(payload, crc32(payload));

    HttpResponse<String> response =
        s3(
            "PUT",
            "/wire-chunks/greeting.txt",
            body,
            "x-amz-content-sha256",
            "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
            "Content-Encoding",
            "aws-chunked",
            "x-amz-trailer",
            "x-amz-checksum-crc32");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-amz-checksum-crc32")).hasValue(crc32(payload));
    assertThat(simulator.backend("us-west-2").s3().getObject("wire-chunks", "greeting.txt"))
        .hasValue(payload);
  }

  @Test
  void putObject_wrongCrc32Trailer_failsWithBadDigest() throws Exception {
    createBucket("wire-baddigest");
    byte[] payload = "abc".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        s3(
            "PUT",
            "/wire-baddigest/k",
            awsChunked(payload, crc32("xyz".getBytes(StandardCharsets.UTF_8))),
            "x-amz-content-sha256",
            "STREAMING-UNSIGNED-PAYLOAD-TRAILER");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>BadDigest</Code>");
    assertThat(simulator.backend("us-west-2").s3().getObject("wire-baddigest", "k")).isEmpty();
  }

  @Test
  void s3OperationNotServed_fails501NotImplemented() throws Exception {
    createBucket("wire-website");

    HttpResponse<String> response = s3("GET", "/wire-website?website", new byte[0]);

    assertThat(response.statusCode()).isEqualTo(501);
    assertThat(response.body()).contains("<Code>NotImplemented</Code>");
  }

  @Test
  void stateFile_changesThroughTheWire_areSavedAndReadsAreNot(@TempDir Path dir) {
    Path file = dir.resolve("state.json");
    AwsSimulator own = AwsSimulator.create();
    SimulatorServer saving = SimulatorServer.builder(own).stateFile(file).start();
    try (IamClient iam = SdkClients.iam(saving.endpoint(), SdkClients.anyCredentials())) {
      iam.listUsers();
      saving.stop();
      assertThat(file).doesNotExist();
    }
    SimulatorServer again = SimulatorServer.builder(own).stateFile(file).start();
    try (IamClient iam = SdkClients.iam(again.endpoint(), SdkClients.anyCredentials())) {
      iam.createUser(r -> r.userName("wire-saved"));
    } finally {
      again.stop();
    }

    assertThat(AwsSimulator.load(file).backend("us-east-1").iam().findUser("wire-saved"))
        .isPresent();
  }

  @Test
  void verifySignatures_rightSecretPasses_wrongSecretAndUnknownKeyAreRefused() {
    SimulatorServer strict =
        SimulatorServer.builder(AwsSimulator.create())
            .accessKey(SimulatedAccessKey.of("AKIASTRICT", "123456789012").secret("s3cr3t"))
            .verifySignatures(true)
            .start();
    URI endpoint = strict.endpoint();
    try (IamClient good = SdkClients.iam(endpoint, SdkClients.credentials("AKIASTRICT", "s3cr3t"));
        IamClient wrong = SdkClients.iam(endpoint, SdkClients.credentials("AKIASTRICT", "nope"));
        IamClient unknown = SdkClients.iam(endpoint, SdkClients.credentials("AKIAWHO", "x"));
        S3Client s3 = SdkClients.s3(endpoint, SdkClients.REGION)) {
      good.createUser(r -> r.userName("wire-signed").path("/a+b/"));

      assertThat(good.getUser(r -> r.userName("wire-signed")).user().path()).isEqualTo("/a+b/");
      assertThatExceptionOfType(IamException.class)
          .isThrownBy(() -> wrong.listUsers())
          .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
      assertThatExceptionOfType(IamException.class)
          .isThrownBy(() -> unknown.listUsers())
          .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
      assertThatExceptionOfType(software.amazon.awssdk.services.s3.model.S3Exception.class)
          .isThrownBy(() -> s3.listBuckets())
          .satisfies(e -> assertThat(e.statusCode()).isEqualTo(403));
    } finally {
      strict.stop();
    }
  }

  @Test
  void verifySignatures_s3ChunkedUploadWithTheRightSecret_isAccepted() {
    AwsSimulator own = AwsSimulator.create();
    SimulatorServer strict =
        SimulatorServer.builder(own)
            .accessKey(SimulatedAccessKey.of("AKIASTRICT", "123456789012").secret("s3cr3t"))
            .verifySignatures(true)
            .start();
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(strict.endpoint())
            .forcePathStyle(true)
            .region(SdkClients.REGION)
            .credentialsProvider(SdkClients.credentials("AKIASTRICT", "s3cr3t"))
            .build()) {
      s3.createBucket(r -> r.bucket("wire-strict"));
      s3.putObject(r -> r.bucket("wire-strict").key("a b/c+d.txt"), RequestBody.fromString("x"));

      assertThat(s3.listObjectsV2(r -> r.bucket("wire-strict").prefix("a b/")).contents())
          .extracting(o -> o.key())
          .containsExactly("a b/c+d.txt");
    } finally {
      strict.stop();
    }
  }

  private static void createBucket(String name) throws Exception {
    s3(
        "PUT",
        "/" + name,
        ("<CreateBucketConfiguration><LocationConstraint>us-west-2</LocationConstraint>"
                + "</CreateBucketConfiguration>")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] awsChunked(byte[] payload, String crc32) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int half = payload.length / 2;
    out.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(payload, 0, half);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.write(
        (Integer.toHexString(payload.length - half) + ";chunk-signature=00\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(payload, half, payload.length - half);
    out.write(
        ("\r\n0\r\nx-amz-checksum-crc32:" + crc32 + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static String crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return Base64.getEncoder()
        .encodeToString(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
