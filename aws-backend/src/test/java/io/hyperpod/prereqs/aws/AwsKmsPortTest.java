package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.inTurn;
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
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link io.hyperpod.prereqs.aws.internal.AwsKmsPort} on KMS's JSON 1.1 wire (TrentService). */
class AwsKmsPortTest {
  static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String KEY_ARN = "arn:aws:kms:us-west-2:123456789012:key/" + KEY_ID;
  static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Enable IAM User Permissions\","
          + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
          + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
  static final long CREATED = 1_700_000_000L;

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private KmsPort kms;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    kms = backend.kms();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  static Map<String, Object> metadata(String state) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("KeyId", KEY_ID);
    m.put("Arn", KEY_ARN);
    m.put("AWSAccountId", "123456789012");
    m.put("CreationDate", CREATED);
    m.put("KeyState", state);
    m.put("Enabled", state.equals("Enabled"));
    m.put("Description", "hyperpod volumes");
    m.put("KeyUsage", "ENCRYPT_DECRYPT");
    m.put("KeySpec", "SYMMETRIC_DEFAULT");
    m.put("KeyManager", "CUSTOMER");
    m.put("Origin", "AWS_KMS");
    if (state.equals("PendingDeletion")) {
      m.put("DeletionDate", CREATED + 7 * 86_400);
    }
    return m;
  }

  @Test
  void createKey_sendsASymmetricEncryptionKeyWithPolicyDescriptionAndTags() {
    wm.stubFor(
        target("TrentService.CreateKey")
            .willReturn(json(jsonOf(Map.of("KeyMetadata", metadata("Enabled"))))));

    KmsKey key =
        kms.createKey(
            CreateKeyRequest.builder()
                .policy(POLICY)
                .description("hyperpod volumes")
                .tags(Map.of("hyperpod-prereqs:stack", "demo"))
                .build());

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("TrentService.CreateKey"))
            .withRequestBody(
                equalToJson(
                    jsonOf(
                        Map.of(
                            "Policy", POLICY,
                            "Description", "hyperpod volumes",
                            "KeyUsage", "ENCRYPT_DECRYPT",
                            "KeySpec", "SYMMETRIC_DEFAULT",
                            "Origin", "AWS_KMS",
                            "Tags",
                                List.of(
                                    Map.of(
                                        "TagKey", "hyperpod-prereqs:stack",
                                        "TagValue", "demo")))))));
    assertThat(key.keyId()).isEqualTo(KEY_ID);
    assertThat(key.arn()).isEqualTo(KEY_ARN);
    assertThat(key.awsAccountId()).isEqualTo("123456789012");
    assertThat(key.creationDate()).isEqualTo(Instant.ofEpochSecond(CREATED));
    assertThat(key.keyState()).isEqualTo(KmsKey.ENABLED);
    assertThat(key.enabled()).isTrue();
    assertThat(key.customerManaged()).isTrue();
    assertThat(key.keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(key.deletionDate()).isEmpty();
  }

  @Test
  void createKey_whenTheAnswerIsLost_isNotSentAgain() {
    wm.stubFor(target("TrentService.CreateKey").willReturn(jsonError(500, "KMSInternalException", "boom")));

    assertThatThrownBy(
            () ->
                kms.createKey(
                    CreateKeyRequest.builder().policy(POLICY).description("d").build()))
        .isExactlyInstanceOf(CloudException.class)
        .hasMessageContaining("KMS CreateKey for a key 'd' failed: KMSInternalException");

    assertThat(backend.callCounts().attempts()).containsEntry("kms:CreateKey", 1L);
  }

  @Test
  void createKey_whenThrottled_isSentAgain() {
    inTurn(
        wm,
        () -> target("TrentService.CreateKey"),
        jsonError(400, "ThrottlingException", "Rate exceeded"),
        json(jsonOf(Map.of("KeyMetadata", metadata("Enabled")))));

    KmsKey key = kms.createKey(CreateKeyRequest.builder().policy(POLICY).description("d").build());

    assertThat(key.keyId()).isEqualTo(KEY_ID);
    assertThat(backend.callCounts().attempts()).containsEntry("kms:CreateKey", 2L);
  }

  @Test
  void describeKey_byAlias_readsPendingDeletionWithItsDate() {
    wm.stubFor(
        target("TrentService.DescribeKey")
            .withRequestBody(equalToJson(jsonOf(Map.of("KeyId", "alias/hyperpod"))))
            .willReturn(json(jsonOf(Map.of("KeyMetadata", metadata("PendingDeletion"))))));

    KmsKey key = kms.describeKey("alias/hyperpod");

    assertThat(key.keyState()).isEqualTo(KmsKey.PENDING_DELETION);
    assertThat(key.enabled()).isFalse();
    assertThat(key.deletionDate()).contains(Instant.ofEpochSecond(CREATED + 7 * 86_400));
  }

  @Test
  void describeKey_answerWithoutOptionalFields_readsEmptyAndCustomer() {
    wm.stubFor(
        target("TrentService.DescribeKey")
            .willReturn(
                json(jsonOf(Map.of("KeyMetadata", Map.of("KeyId", KEY_ID, "KeyState", "Enabled"))))));

    KmsKey key = kms.describeKey(KEY_ID);

    assertThat(key.description()).isEmpty();
    assertThat(key.creationDate()).isEqualTo(Instant.EPOCH);
    assertThat(key.enabled()).isTrue();
    assertThat(key.keyManager()).isEqualTo(KmsKey.CUSTOMER);
  }

  @Test
  void keyPolicy_getAndPut_nameTheDefaultPolicy() {
    wm.stubFor(
        target("TrentService.GetKeyPolicy")
            .willReturn(json(jsonOf(Map.of("Policy", POLICY, "PolicyName", "default")))));
    wm.stubFor(target("TrentService.PutKeyPolicy").willReturn(json("{}")));

    assertThat(kms.getKeyPolicy(KEY_ID)).isEqualTo(POLICY);
    kms.putKeyPolicy(KEY_ARN, POLICY);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("TrentService.GetKeyPolicy"))
            .withRequestBody(
                equalToJson(jsonOf(Map.of("KeyId", KEY_ID, "PolicyName", "default")))));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("TrentService.PutKeyPolicy"))
            .withRequestBody(
                equalToJson(
                    jsonOf(Map.of("KeyId", KEY_ARN, "PolicyName", "default", "Policy", POLICY)))));
  }

  @Test
  void scheduleKeyDeletion_sendsTheWindow_answersTheDeletionDate() {
    wm.stubFor(
        target("TrentService.ScheduleKeyDeletion")
            .withRequestBody(
                equalToJson(jsonOf(Map.of("KeyId", KEY_ID, "PendingWindowInDays", 7))))
            .willReturn(
                json(
                    jsonOf(
                        Map.of(
                            "KeyId", KEY_ARN,
                            "DeletionDate", CREATED + 7 * 86_400,
                            "KeyState", "PendingDeletion",
                            "PendingWindowInDays", 7)))));

    assertThat(kms.scheduleKeyDeletion(KEY_ID, 7))
        .isEqualTo(Instant.ofEpochSecond(CREATED + 7 * 86_400));
  }

  @Test
  void aliases_createAndDelete_sendTheirNames() {
    wm.stubFor(target("TrentService.CreateAlias").willReturn(json("{}")));
    wm.stubFor(target("TrentService.DeleteAlias").willReturn(json("{}")));

    kms.createAlias("alias/hyperpod", KEY_ID);
    kms.deleteAlias("alias/hyperpod");

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("TrentService.CreateAlias"))
            .withRequestBody(
                equalToJson(
                    jsonOf(Map.of("AliasName", "alias/hyperpod", "TargetKeyId", KEY_ID)))));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("TrentService.DeleteAlias"))
            .withRequestBody(equalToJson(jsonOf(Map.of("AliasName", "alias/hyperpod")))));
  }

  @Test
  void listAliases_readsEveryPage_andAwsManagedAliasesWithoutTarget() {
    pages(
        "TrentService.ListAliases",
        Map.of(),
        Map.of(
            "Aliases",
            List.of(
                Map.of(
                    "AliasName", "alias/hyperpod",
                    "AliasArn", "arn:aws:kms:us-west-2:123456789012:alias/hyperpod",
                    "TargetKeyId", KEY_ID)),
            "NextMarker", "m2",
            "Truncated", true),
        Map.of(
            "Aliases",
            List.of(
                Map.of(
                    "AliasName", "alias/aws/ebs",
                    "AliasArn", "arn:aws:kms:us-west-2:123456789012:alias/aws/ebs")),
            "Truncated", false));

    List<KmsAlias> aliases = kms.listAliases();

    assertThat(aliases)
        .extracting(KmsAlias::aliasName, KmsAlias::targetKeyId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alias/hyperpod", Optional.of(KEY_ID)),
            org.assertj.core.groups.Tuple.tuple("alias/aws/ebs", Optional.empty()));
    assertThat(backend.callCounts().calls("kms", "ListAliases")).isEqualTo(2);
  }

  @Test
  void listKeys_readsEveryPage() {
    pages(
        "TrentService.ListKeys",
        Map.of(),
        Map.of(
            "Keys", List.of(Map.of("KeyId", KEY_ID, "KeyArn", KEY_ARN)),
            "NextMarker", "m2",
            "Truncated", true),
        Map.of(
            "Keys", List.of(Map.of("KeyId", "k-2", "KeyArn", "arn:aws:kms:us-west-2:1:key/k-2")),
            "Truncated", false));

    assertThat(kms.listKeys()).containsExactly(KEY_ID, "k-2");
  }

  @Test
  void listResourceTags_readsEveryPage() {
    pages(
        "TrentService.ListResourceTags",
        Map.of("KeyId", KEY_ID),
        Map.of(
            "Tags", List.of(Map.of("TagKey", "a", "TagValue", "1")),
            "NextMarker", "m2",
            "Truncated", true),
        Map.of("Tags", List.of(Map.of("TagKey", "b", "TagValue", "2")), "Truncated", false));

    assertThat(kms.listResourceTags(KEY_ID)).containsOnly(entry("a", "1"), entry("b", "2"));
  }

  @Test
  void tagResource_sendsTags_andNoCallForNone() {
    wm.stubFor(target("TrentService.TagResource").willReturn(json("{}")));

    kms.tagResource(KEY_ID, Map.of());
    kms.tagResource(KEY_ID, Map.of("k", "v"));

    assertThat(backend.callCounts().calls("kms", "TagResource")).isEqualTo(1);
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(
                equalToJson(
                    jsonOf(
                        Map.of(
                            "KeyId", KEY_ID,
                            "Tags", List.of(Map.of("TagKey", "k", "TagValue", "v")))))));
  }

  static Stream<Arguments> errorCodes() {
    Consumer<KmsPort> create =
        kms -> kms.createKey(CreateKeyRequest.builder().policy("{").description("d").build());
    Consumer<KmsPort> describe = kms -> kms.describeKey("alias/missing");
    Consumer<KmsPort> put = kms -> kms.putKeyPolicy(KEY_ID, POLICY);
    Consumer<KmsPort> schedule = kms -> kms.scheduleKeyDeletion(KEY_ID, 7);
    Consumer<KmsPort> alias = kms -> kms.createAlias("alias/hyperpod", KEY_ID);
    Consumer<KmsPort> tags = kms -> kms.listResourceTags("arn:aws:kms:bad");
    return Stream.of(
        Arguments.of("DescribeKey", describe, "NotFoundException", NotFoundException.class),
        Arguments.of("CreateAlias", alias, "AlreadyExistsException", AlreadyExistsException.class),
        Arguments.of(
            "CreateKey", create, "MalformedPolicyDocumentException", MalformedException.class),
        Arguments.of("PutKeyPolicy", put, "MalformedPolicyDocumentException", MalformedException.class),
        Arguments.of(
            "ScheduleKeyDeletion", schedule, "KMSInvalidStateException", ConflictException.class),
        Arguments.of("CreateAlias", alias, "ValidationException", MalformedException.class),
        Arguments.of("CreateAlias", alias, "InvalidAliasNameException", MalformedException.class),
        Arguments.of("ListResourceTags", tags, "InvalidArnException", MalformedException.class),
        Arguments.of("PutKeyPolicy", put, "DisabledException", ConflictException.class),
        Arguments.of("CreateKey", create, "LimitExceededException", LimitExceededException.class),
        Arguments.of("CreateKey", create, "TagException", MalformedException.class),
        Arguments.of("DescribeKey", describe, "AccessDeniedException", AccessDeniedException.class),
        Arguments.of("DescribeKey", describe, "ThrottlingException", ThrottledException.class));
  }

  @ParameterizedTest(name = "{0} {2} -> {3}")
  @MethodSource("errorCodes")
  void call_whenKmsAnswersErrorCode_throwsTypedExceptionWithCodeStatusAndRequestId(
      String operation, Consumer<KmsPort> call, String code, Class<? extends CloudException> type) {
    wm.stubFor(target("TrentService." + operation).willReturn(jsonError(400, code, "details")));

    assertThatThrownBy(() -> call.accept(kms))
        .isExactlyInstanceOf(type)
        .hasMessageContaining("KMS " + operation + " for ")
        .hasMessageContaining(code + ": details")
        .satisfies(
            thrown -> {
              CloudException e = (CloudException) thrown;
              assertThat(e.service()).isEqualTo("kms");
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).contains("req-" + code);
            });
  }

  @Test
  void noKmsCall_makesNoKmsClient() {
    assertThat(backend.openedServices()).doesNotContain("kms");

    wm.stubFor(target("TrentService.ListKeys").willReturn(json("{\"Keys\":[],\"Truncated\":false}")));
    kms.listKeys();

    assertThat(backend.openedServices()).contains("kms");
  }

  /** Two pages of a KMS list: the second asked for with {@code Marker: m2}. */
  private static void pages(
      String target, Map<String, Object> request, Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> next = new LinkedHashMap<>(request);
    next.put("Marker", "m2");
    wm.stubFor(
        target(target).withRequestBody(equalToJson(jsonOf(request))).willReturn(json(jsonOf(first))));
    wm.stubFor(
        target(target).withRequestBody(equalToJson(jsonOf(next))).willReturn(json(jsonOf(second))));
  }
}
