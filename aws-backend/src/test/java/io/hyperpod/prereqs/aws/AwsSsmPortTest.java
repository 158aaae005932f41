package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.json;
import static io.hyperpod.prereqs.aws.AwsWire.jsonError;
import static io.hyperpod.prereqs.aws.AwsWire.jsonOf;
import static io.hyperpod.prereqs.aws.AwsWire.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import io.hyperpod.prereqs.spi.ssm.SsmSession;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsSsmPortTest {
  static final String NAME = SsmPort.PREFERENCES_DOCUMENT;
  static final String CONTENT =
      "{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\","
          + "\"inputs\":{\"runAsEnabled\":true,\"runAsDefaultUser\":\"ubuntu\"}}";
  static final long CREATED = 1_700_000_000L;

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private SsmPort ssm;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    ssm = backend.ssm();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void createDocument_sendsNameTypeFormatContentAndTags_returnsTheNewVersion() {
    wm.stubFor(
        target("AmazonSSM.CreateDocument")
            .willReturn(json(body("DocumentDescription", description("1", "1", "1", "Creating")))));

    SsmDocumentDescription created =
        ssm.createDocument(
            NAME, SsmPort.SESSION, SsmPort.JSON, CONTENT, Map.of("hyperpod-prereqs:stack", "demo"));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.CreateDocument"))
            .withHeader("Content-Type", containing("application/x-amz-json-1.1"))
            .withHeader("Authorization", containing("/us-west-2/ssm/aws4_request"))
            .withRequestBody(
                equalToJson(
                    jsonOf(
                        createRequest(
                            Map.of(
                                "Tags",
                                List.of(
                                    Map.of("Key", "hyperpod-prereqs:stack", "Value", "demo"))))))));
    assertThat(created.name()).isEqualTo(NAME);
    assertThat(created.documentVersion()).isEqualTo("1");
    assertThat(created.defaultVersion()).isEqualTo("1");
    assertThat(created.status()).isEqualTo("Creating");
    assertThat(created.owner()).isEqualTo(AwsWire.ACCOUNT);
    assertThat(created.createdDate()).isEqualTo(Instant.ofEpochSecond(CREATED));
    assertThat(created.tags()).containsExactly(entry("hyperpod-prereqs:stack", "demo"));
  }

  @Test
  void createDocument_withoutTags_sendsNoTags() {
    wm.stubFor(
        target("AmazonSSM.CreateDocument")
            .willReturn(json(body("DocumentDescription", description("1", "1", "1", "Active")))));

    ssm.createDocument(NAME, SsmPort.SESSION, SsmPort.JSON, CONTENT, Map.of());

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(equalToJson(jsonOf(createRequest(Map.of())))));
  }

  @Test
  void describeDocument_existing_readsTypeFormatVersionsAndTags() {
    wm.stubFor(
        target("AmazonSSM.DescribeDocument")
            .willReturn(json(body("Document", description("2", "2", "3", "Active")))));

    SsmDocumentDescription d = ssm.describeDocument(NAME).orElseThrow();

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.DescribeDocument"))
            .withRequestBody(equalToJson(jsonOf(Map.of("Name", NAME)))));
    assertThat(d.documentType()).isEqualTo("Session");
    assertThat(d.documentFormat()).isEqualTo("JSON");
    assertThat(d.documentVersion()).isEqualTo("2");
    assertThat(d.defaultVersion()).isEqualTo("2");
    assertThat(d.latestVersion()).isEqualTo("3");
    assertThat(d.tags()).containsExactly(entry("hyperpod-prereqs:stack", "demo"));
  }

  @Test
  void describeAndGetDocument_whenInvalidDocument_areEmpty() {
    wm.stubFor(
        target("AmazonSSM.DescribeDocument")
            .willReturn(jsonError(400, "InvalidDocument", "The specified document does not exist.")));
    wm.stubFor(
        target("AmazonSSM.GetDocument")
            .willReturn(jsonError(400, "InvalidDocument", "The specified document does not exist.")));

    assertThat(ssm.describeDocument(NAME)).isEmpty();
    assertThat(ssm.getDocument(NAME)).isEmpty();
  }

  @Test
  void getDocument_default_sendsNoVersionAndReadsTheContent() {
    wm.stubFor(target("AmazonSSM.GetDocument").willReturn(json(getAnswer("2"))));

    SsmDocument d = ssm.getDocument(NAME).orElseThrow();

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.GetDocument"))
            .withRequestBody(equalToJson(jsonOf(Map.of("Name", NAME)))));
    assertThat(d.content()).isEqualTo(CONTENT);
    assertThat(d.documentVersion()).isEqualTo("2");
    assertThat(d.documentType()).isEqualTo("Session");
    assertThat(d.documentFormat()).isEqualTo("JSON");
    assertThat(d.status()).isEqualTo("Active");
  }

  @Test
  void getDocument_ofAVersion_sendsTheVersion() {
    wm.stubFor(target("AmazonSSM.GetDocument").willReturn(json(getAnswer("1"))));

    SsmDocument d = ssm.getDocument(NAME, "1");

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(equalToJson(jsonOf(Map.of("Name", NAME, "DocumentVersion", "1")))));
    assertThat(d.documentVersion()).isEqualTo("1");
  }

  @Test
  void getDocument_ofAVersionThatDoesNotExist_failsWithInvalidDocumentVersion() {
    wm.stubFor(
        target("AmazonSSM.GetDocument")
            .willReturn(
                jsonError(
                    400,
                    "InvalidDocumentVersion",
                    "The document version is not valid or does not exist.")));

    assertThatThrownBy(() -> ssm.getDocument(NAME, "9"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessageContaining("SSM GetDocument for version 9 of document '" + NAME + "'");
  }

  @Test
  void updateDocument_sendsContentFormatAndTheLatestVersion_returnsTheNewVersion() {
    wm.stubFor(
        target("AmazonSSM.UpdateDocument")
            .willReturn(json(body("DocumentDescription", description("4", "1", "4", "Updating")))));

    SsmDocumentDescription updated = ssm.updateDocument(NAME, CONTENT, SsmPort.JSON, "3");

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.UpdateDocument"))
            .withRequestBody(
                equalToJson(
                    jsonOf(
                        Map.of(
                            "Name", NAME,
                            "Content", CONTENT,
                            "DocumentFormat", "JSON",
                            "DocumentVersion", "3")))));
    assertThat(updated.documentVersion()).isEqualTo("4");
    assertThat(updated.latestVersion()).isEqualTo("4");
    assertThat(updated.defaultVersion()).isEqualTo("1");
  }

  @Test
  void updateDefaultVersionAndDelete_sendTheirOperations() {
    wm.stubFor(
        target("AmazonSSM.UpdateDocumentDefaultVersion")
            .willReturn(json(body("Description", Map.of("Name", NAME, "DefaultVersion", "4")))));
    wm.stubFor(target("AmazonSSM.DeleteDocument").willReturn(json("{}")));

    ssm.updateDefaultVersion(NAME, "4");
    ssm.deleteDocument(NAME);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.UpdateDocumentDefaultVersion"))
            .withRequestBody(equalToJson(jsonOf(Map.of("Name", NAME, "DocumentVersion", "4")))));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.DeleteDocument"))
            .withRequestBody(equalToJson(jsonOf(Map.of("Name", NAME)))));
    assertThat(backend.callCounts().calls("ssm", "UpdateDocumentDefaultVersion")).isEqualTo(1);
    assertThat(backend.callCounts().calls("ssm", "DeleteDocument")).isEqualTo(1);
  }

  static Stream<Arguments> errorCodes() {
    Consumer<SsmPort> create =
        ssm -> ssm.createDocument(NAME, SsmPort.SESSION, SsmPort.JSON, CONTENT, Map.of());
    Consumer<SsmPort> update = ssm -> ssm.updateDocument(NAME, CONTENT, SsmPort.JSON, "1");
    Consumer<SsmPort> delete = ssm -> ssm.deleteDocument(NAME);
    Consumer<SsmPort> setDefault = ssm -> ssm.updateDefaultVersion(NAME, "7");
    return Stream.of(
        Arguments.of("CreateDocument", create, "DocumentAlreadyExists", AlreadyExistsException.class),
        Arguments.of("CreateDocument", create, "InvalidDocumentContent", MalformedException.class),
        Arguments.of(
            "CreateDocument", create, "InvalidDocumentSchemaVersion", MalformedException.class),
        Arguments.of(
            "CreateDocument", create, "MaxDocumentSizeExceeded", LimitExceededException.class),
        Arguments.of("CreateDocument", create, "DocumentLimitExceeded", LimitExceededException.class),
        Arguments.of("DeleteDocument", delete, "InvalidDocument", NotFoundException.class),
        Arguments.of("UpdateDocument", update, "InvalidDocumentVersion", NotFoundException.class),
        Arguments.of("UpdateDocument", update, "DuplicateDocumentContent", ConflictException.class),
        Arguments.of(
            "UpdateDocument", update, "DocumentVersionLimitExceeded", LimitExceededException.class),
        Arguments.of("UpdateDocument", update, "TooManyUpdates", ConflictException.class),
        Arguments.of(
            "UpdateDocumentDefaultVersion",
            setDefault,
            "InvalidDocumentVersion",
            NotFoundException.class),
        Arguments.of("DeleteDocument", delete, "AccessDeniedException", AccessDeniedException.class),
        Arguments.of("DeleteDocument", delete, "ThrottlingException", ThrottledException.class));
  }

  @ParameterizedTest(name = "{0} {2} -> {3}")
  @MethodSource("errorCodes")
  void call_whenSsmAnswersErrorCode_throwsTypedExceptionWithCodeStatusAndRequestId(
      String operation, Consumer<SsmPort> call, String code, Class<? extends CloudException> type) {
    wm.stubFor(target("AmazonSSM." + operation).willReturn(jsonError(400, code, "details")));

    assertThatThrownBy(() -> call.accept(ssm))
        .isExactlyInstanceOf(type)
        .hasMessageContaining("SSM " + operation + " for ")
        .hasMessageContaining(NAME)
        .hasMessageContaining(code + ": details")
        .satisfies(
            thrown -> {
              CloudException e = (CloudException) thrown;
              assertThat(e.service()).isEqualTo("ssm");
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).contains("req-" + code);
            });
  }

  @Test
  void createDocument_whenAccessDenied_namesTheSsmActionToGrant() {
    wm.stubFor(
        target("AmazonSSM.CreateDocument")
            .willReturn(jsonError(400, "AccessDeniedException", "not authorized")));

    assertThatThrownBy(
            () -> ssm.createDocument(NAME, SsmPort.SESSION, SsmPort.JSON, CONTENT, Map.of()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("grant ssm:CreateDocument");
  }

  @Test
  void startSession_sendsTheTarget_readsTheSessionAndNeverPrintsTheToken() {
    String target = "sagemaker-cluster:ab12cd34ef56_controller-i-0123456789abcdef0";
    String token = "secret-token-AbCdEf0123456789";
    wm.stubFor(
        target("AmazonSSM.StartSession")
            .willReturn(
                json(
                    jsonOf(
                        Map.of(
                            "SessionId", "admin-0a1b2c3d4e5f67890",
                            "StreamUrl",
                                "wss://ssmmessages.us-west-2.amazonaws.com/v1/data-channel/admin-0a1b2c3d4e5f67890",
                            "TokenValue", token)))));

    SsmSession session = ssm.startSession(target);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.StartSession"))
            .withRequestBody(equalToJson(jsonOf(Map.of("Target", target)))));
    assertThat(session.sessionId()).isEqualTo("admin-0a1b2c3d4e5f67890");
    assertThat(session.streamUrl()).endsWith("/v1/data-channel/admin-0a1b2c3d4e5f67890");
    assertThat(session.tokenValue()).isEqualTo(token);
    assertThat(session.toString()).contains("admin-0a1b2c3d4e5f67890").doesNotContain(token);
    assertThat(backend.callCounts().calls("ssm", "StartSession")).isEqualTo(1);
  }

  @Test
  void startSession_whenTargetNotConnected_failsWithNotFoundNamingTheTarget() {
    String target = "sagemaker-cluster:ab12cd34ef56_controller-i-0123456789abcdef0";
    wm.stubFor(
        target("AmazonSSM.StartSession")
            .willReturn(jsonError(400, "TargetNotConnected", target + " is not connected.")));

    assertThatThrownBy(() -> ssm.startSession(target))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessageContaining("SSM StartSession for a session on '" + target + "'")
        .hasMessageContaining("TargetNotConnected")
        .satisfies(e -> assertThat(((CloudException) e).statusCode()).isEqualTo(400));
  }

  @Test
  void startSession_whenAccessDenied_namesTheSsmActionToGrant() {
    wm.stubFor(
        target("AmazonSSM.StartSession")
            .willReturn(jsonError(400, "AccessDeniedException", "not authorized")));

    assertThatThrownBy(() -> ssm.startSession("sagemaker-cluster:x_y-i-0123456789abcdef0"))
        .isExactlyInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("grant ssm:StartSession");
  }

  /** The CreateDocument request of the preferences document, with {@code more} members. */
  static Map<String, Object> createRequest(Map<String, Object> more) {
    Map<String, Object> r = new LinkedHashMap<>(more);
    r.put("Name", NAME);
    r.put("DocumentType", "Session");
    r.put("DocumentFormat", "JSON");
    r.put("Content", CONTENT);
    return r;
  }

  /** A DocumentDescription of the preferences document. */
  static Map<String, Object> description(
      String version, String defaultVersion, String latestVersion, String status) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("Name", NAME);
    d.put("DocumentType", "Session");
    d.put("DocumentFormat", "JSON");
    d.put("DocumentVersion", version);
    d.put("DefaultVersion", defaultVersion);
    d.put("LatestVersion", latestVersion);
    d.put("Status", status);
    d.put("Owner", AwsWire.ACCOUNT);
    d.put("CreatedDate", CREATED);
    d.put("SchemaVersion", "1.0");
    d.put("Tags", List.of(Map.of("Key", "hyperpod-prereqs:stack", "Value", "demo")));
    return d;
  }

  static String getAnswer(String version) {
    return jsonOf(
        Map.of(
            "Name", NAME,
            "DocumentType", "Session",
            "DocumentFormat", "JSON",
            "DocumentVersion", version,
            "Status", "Active",
            "Content", CONTENT));
  }

  static String body(String member, Object value) {
    return jsonOf(Map.of(member, value));
  }
}
