package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.action;
import static io.hyperpod.prereqs.aws.AwsWire.iamResult;
import static io.hyperpod.prereqs.aws.AwsWire.inTurn;
import static io.hyperpod.prereqs.aws.AwsWire.queryError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsBackendTest {
  private static final String DELETE_USER_OK =
      "<DeleteUserResponse xmlns=\""
          + AwsWire.IAM_XMLNS
          + "\"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteUserResponse>";

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();

  @Test
  void callCounts_countCallsAndAttemptsPerOperation_andResetStartsFromZero() {
    wm.stubFor(action("DeleteUser").willReturn(iamResult("DeleteUser", "")));
    inTurn(
        wm,
        () -> action("DeleteRole"),
        queryError(500, "ServiceFailure", "internal"),
        iamResult("DeleteRole", ""));
    try (AwsBackend backend = wire.backend(wm).build()) {
      backend.iam().deleteUser("alice");
      backend.iam().deleteUser("bob");
      backend.iam().deleteRole("demo-exec");

      CallCounts counts = backend.callCounts();
      assertThat(counts.calls())
          .containsExactly(entry("iam:DeleteRole", 1L), entry("iam:DeleteUser", 2L));
      assertThat(counts.attempts())
          .containsExactly(entry("iam:DeleteRole", 2L), entry("iam:DeleteUser", 2L));
      assertThat(counts.totalCalls()).isEqualTo(3);
      assertThat(counts.totalAttempts()).isEqualTo(4);

      backend.resetCallCounts();
      assertThat(backend.callCounts().totalCalls()).isZero();
      assertThat(backend.callCounts().calls("iam", "DeleteUser")).isZero();
    }
  }

  @Test
  void ports_ofServicesNeverCalled_makeNoSdkClient() {
    wm.stubFor(AwsWire.callerIdentity());
    try (AwsBackend backend = wire.backend(wm).build()) {
      assertThat(backend.openedServices()).isEmpty();
      backend.ec2();
      backend.fsx();
      backend.ssm();
      backend.quotas();
      backend.sageMaker();
      backend.account().callerIdentity();

      assertThat(backend.openedServices()).containsExactly("sts");
    }
  }

  @Test
  void ports_afterClose_failWithAClearMessage() {
    AwsBackend backend = wire.backend(wm).build();
    backend.close();

    assertThatThrownBy(() -> backend.iam().deleteUser("alice"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void iam_withoutEndpointOverride_goesToTheGlobalEndpointSignedForUsEast1() {
    RecordingHttpClient http = new RecordingHttpClient(DELETE_USER_OK);
    try (AwsBackend backend = offline("us-west-2", http)) {
      backend.iam().deleteUser("alice");
    }

    assertThat(http.last().host()).isEqualTo("iam.amazonaws.com");
    assertThat(http.lastAuthorization()).contains("/us-east-1/iam/aws4_request");
  }

  @Test
  void iam_inChinaRegionWithoutEndpointOverride_goesToTheChinaGlobalEndpoint() {
    RecordingHttpClient http = new RecordingHttpClient(DELETE_USER_OK);
    try (AwsBackend backend = offline("cn-north-1", http)) {
      backend.iam().deleteUser("alice");
    }

    assertThat(http.last().host()).endsWith(".amazonaws.com.cn");
    assertThat(http.lastAuthorization()).contains("/cn-north-1/iam/aws4_request");
  }

  @Test
  void s3_withoutEndpointOverride_usesVirtualHostedStyleInTheBackendRegion() {
    RecordingHttpClient http = new RecordingHttpClient("");
    try (AwsBackend backend = offline("us-west-2", http)) {
      backend.s3().deleteObject("sagemaker-demo", "a.sh");
    }

    assertThat(http.last().host()).isEqualTo("sagemaker-demo.s3.us-west-2.amazonaws.com");
    assertThat(http.last().encodedPath()).isEqualTo("/a.sh");
  }

  @Test
  void close_leavesTheCallersHttpClientOpen() {
    RecordingHttpClient http = new RecordingHttpClient(DELETE_USER_OK);
    AwsBackend backend = offline("us-west-2", http);
    backend.iam().deleteUser("alice");

    backend.close();

    assertThat(http.closed).isFalse();
  }

  @Test
  void build_withProfile_takesRegionAndCredentialsFromTheProfile(@TempDir Path home)
      throws IOException {
    Path config = Files.writeString(home.resolve("config"), "[profile hp]\nregion = eu-west-1\n");
    Path credentials =
        Files.writeString(
            home.resolve("credentials"),
            "[hp]\naws_access_key_id = AKIAPROFILE\naws_secret_access_key = profile-secret\n");
    wm.stubFor(AwsWire.callerIdentity());
    // The SDK's chain (like the AWS CLI) lets AWS_REGION win over the profile's region.
    String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse("eu-west-1");
    String oldConfig = System.setProperty("aws.configFile", config.toString());
    String oldCredentials = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    try (AwsBackend backend =
        AwsBackend.builder()
            .profile("hp")
            .endpointOverride(URI.create("http://127.0.0.1:" + wm.getPort()))
            .build()) {
      assertThat(backend.region()).isEqualTo(region);
      backend.account().callerIdentity();
    } finally {
      restore("aws.configFile", oldConfig);
      restore("aws.sharedCredentialsFile", oldCredentials);
    }

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader(
                "Authorization", containing("Credential=AKIAPROFILE/")
                    .and(containing("/" + region + "/sts/aws4_request"))));
  }

  @Test
  void call_whenNothingListensAtTheEndpoint_failsBeforeAwsAnsweredNamingTheEndpointOption()
      throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (AwsBackend backend =
        wire.backend(wm).endpointOverride(URI.create("http://127.0.0.1:" + port)).maxAttempts(1)
            .build()) {
      assertThatThrownBy(() -> backend.iam().deleteUser("alice"))
          .isExactlyInstanceOf(CloudException.class)
          .hasMessageContaining("IAM DeleteUser for user 'alice' failed before AWS answered")
          .hasMessageContaining("--endpoint-url")
          .extracting(e -> ((CloudException) e).errorCode())
          .isEqualTo("ClientError");
    }
  }

  @Test
  void call_whenNoCredentialsCanBeLoaded_saysHowToConfigureThem() {
    try (AwsBackend backend =
        wire.backend(wm)
            .credentialsProvider(
                () -> {
                  throw SdkClientException.create(
                      "Unable to load credentials from any of the providers in the chain");
                })
            .build()) {
      assertThatThrownBy(() -> backend.account().callerIdentity())
          .isInstanceOf(CloudException.class)
          .hasMessageContaining("STS GetCallerIdentity")
          .hasMessageContaining("--profile")
          .extracting(e -> ((CloudException) e).errorCode())
          .isEqualTo("CredentialsNotFound");
    }
  }

  @Test
  void builder_withInvalidSettings_rejectsThemNamingTheValueAndTheFix() {
    assertThatThrownBy(() -> AwsBackend.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts is 0")
        .hasMessageContaining("1 (no retry) or more");
    assertThatThrownBy(() -> AwsBackend.builder().endpointOverride(URI.create("ftp://host")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ftp://host'")
        .hasMessageContaining("http://127.0.0.1:5000");
    assertThatThrownBy(
            () ->
                AwsBackend.builder()
                    .region("us-west-2")
                    .iamConsistency(0, Duration.ofMillis(1), Duration.ofMillis(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IAM consistency maxAttempts is 0");
  }

  @Test
  void module_bindsCloudBackendToOneAwsBackend() {
    Injector injector =
        Guice.createInjector(
            new AwsBackendModule(
                builder ->
                    builder
                        .region("eu-central-1")
                        .credentialsProvider(
                            StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIATEST", "secret")))));
    try (AwsBackend backend = injector.getInstance(AwsBackend.class)) {
      CloudBackend bound = injector.getInstance(CloudBackend.class);

      assertThat(bound).isSameAs(backend);
      assertThat(bound.name()).isEqualTo("aws");
      assertThat(bound.account().region()).isEqualTo("eu-central-1");
    }
  }

  private static AwsBackend offline(String region, RecordingHttpClient http) {
    return AwsBackend.builder()
        .region(region)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIATEST", "secret")))
        .httpClient(http)
        .maxAttempts(1)
        .build();
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
