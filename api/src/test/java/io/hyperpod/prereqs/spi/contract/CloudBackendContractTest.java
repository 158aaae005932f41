package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CloudBackend} shows, as AWS shows it: results, error codes, HTTP
 * statuses and exception types of the account, IAM and S3 ports. A backend module subclasses this
 * class and implements {@link #createBackend()}; a backend that can reach a second account of the
 * same partition also implements {@link #createBackendInOtherAccount()}. A backend whose server
 * differs from AWS in a known way declares it in {@link #knownDeviations()}: the tests that depend
 * on it are skipped for that backend only.
 *
 * <p>Names carry a random run id and a counter, so the suite can run against a server that keeps
 * state between runs.
 */
public abstract class CloudBackendContractTest {
  private static final String RUN = randomLowercase(6);
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  protected static final String SAGEMAKER_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  protected static final String EC2_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  protected static final String CLUSTER_INSTANCE_POLICY =
      "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy";

  /** The backend under test, new for every test. */
  protected CloudBackend backend;

  /** A new backend for one test; with a fresh or a shared server behind it. */
  protected abstract CloudBackend createBackend();

  /**
   * A backend of another account in the same partition (S3 bucket names shared), called after
   * {@link #createBackend()}; empty when the backend cannot reach one, which skips the
   * cross-account tests.
   */
  protected Optional<CloudBackend> createBackendInOtherAccount() {
    return Optional.empty();
  }

  /** How this backend knowingly differs from AWS; the simulator and AWS itself have none. */
  protected Set<KnownDeviation> knownDeviations() {
    return EnumSet.noneOf(KnownDeviation.class);
  }

  @BeforeEach
  final void createBackendForTest() {
    backend = createBackend();
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** A name unique to this run: {@code base-RUN-N}. */
  protected static String unique(String base) {
    return base + "-" + RUN + "-" + COUNTER.incrementAndGet();
  }

  /** A bucket name unique to this run. */
  protected static String uniqueBucket() {
    return unique("contract-bucket");
  }

  protected final String accountId() {
    return backend.account().callerIdentity().account();
  }

  protected final void assumeNo(KnownDeviation deviation) {
    assumeThat(knownDeviations())
        .as("%s has the known deviation %s", backend.name(), deviation)
        .doesNotContain(deviation);
  }

  /** That the call fails with this exception type, AWS error code and HTTP status. */
  protected final void assertCloudError(
      ThrowingCallable call, Class<? extends CloudException> type, String code, int status) {
    int expectedStatus =
        code.equals("LimitExceeded")
                && knownDeviations().contains(KnownDeviation.IAM_LIMIT_EXCEEDED_STATUS_400)
            ? 400
            : status;
    assertThatExceptionOfType(type)
        .isThrownBy(call)
        .satisfies(
            e -> {
              assertThat(e.errorCode()).as("error code").isEqualTo(code);
              assertThat(e.statusCode()).as("HTTP status").isEqualTo(expectedStatus);
            });
  }

  protected static void assertSameJson(String actual, String expected) {
    assertThat(json(actual)).isEqualTo(json(expected));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** An identity policy allowing one action on one resource. */
  protected static String allow(String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\""
        + resource
        + "\"}]}";
  }

  /** A valid identity policy of exactly {@code size} non-whitespace characters. */
  protected static String policyOfSize(int size) {
    String head =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::";
    String tail = "\"}]}";
    int padding = size - head.length() - tail.length();
    if (padding < 1) {
      throw new IllegalArgumentException("size " + size + " is too small for a policy");
    }
    return head + "b".repeat(padding) + tail;
  }

  /** A bucket policy that admits the bucket's objects only through one VPC endpoint. */
  protected static String vpceOnlyBucketPolicy(String bucket) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Access-to-specific-VPCE-only\","
        + "\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
        + "\"Resource\":[\"arn:aws:s3:::"
        + bucket
        + "\",\"arn:aws:s3:::"
        + bucket
        + "/*\"],"
        + "\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}}}]}";
  }

  private IamUser newUser() {
    return backend.iam().createUser(unique("user"), Map.of());
  }

  private IamRole newRole() {
    return backend.iam().createRole(unique("role"), SAGEMAKER_TRUST, null, Map.of());
  }

  private ManagedPolicy newPolicy() {
    return backend
        .iam()
        .createPolicy(unique("policy"), allow("s3:ListBucket", "*"), null, Map.of());
  }

  private String newBucket() {
    String bucket = uniqueBucket();
    backend.s3().createBucket(bucket);
    return bucket;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String randomLowercase(int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }

  // ---- account ------------------------------------------------------------------------------

  @Nested
  class Account {
    @Test
    void callerIdentity_always_namesTwelveDigitAccountAndArn() {
      var identity = backend.account().callerIdentity();

      assertThat(identity.account()).matches("\\d{12}");
      assertThat(identity.arn()).startsWith("arn:aws:").contains(":" + identity.account() + ":");
      assertThat(identity.userId()).isNotBlank();
    }

    @Test
    void region_always_isARegionName() {
      assertThat(backend.account().region()).matches("[a-z]{2}(-[a-z]+)+-\\d");
    }

    @Test
    void name_always_isGiven() {
      assertThat(backend.name()).isNotBlank();
    }
  }

  // ---- IAM users ----------------------------------------------------------------------------

  @Nested
  class IamUsers {
    @Test
    void createUser_newName_returnsUserWithArnIdAndTags() {
      String name = unique("alice");

      IamUser user = backend.iam().createUser(name, Map.of("team", "ml"));

      assertThat(user.name()).isEqualTo(name);
      assertThat(user.arn()).isEqualTo("arn:aws:iam::" + accountId() + ":user/" + name);
      assertThat(user.userId()).startsWith("AIDA");
      assertThat(user.path()).isEqualTo("/");
      assertThat(user.tags()).containsExactlyEntriesOf(Map.of("team", "ml"));
      assertThat(user.attachedPolicyArns()).isEmpty();
      assertThat(user.inlinePolicies()).isEmpty();
    }

    @Test
    void findUser_afterCreate_returnsTheUser() {
      IamUser created = newUser();

      Optional<IamUser> found = backend.iam().findUser(created.name());

      assertThat(found)
          .hasValueSatisfying(
              u -> {
                assertThat(u.arn()).isEqualTo(created.arn());
                assertThat(u.userId()).isEqualTo(created.userId());
              });
    }

    @Test
    void findUser_missing_isEmpty() {
      assertThat(backend.iam().findUser(unique("nobody"))).isEmpty();
    }

    @Test
    void createUser_existingNameInOtherCase_failsWithEntityAlreadyExists() {
      IamUser user = newUser();

      assertCloudError(
          () -> backend.iam().createUser(user.name().toUpperCase(Locale.ROOT), Map.of()),
          AlreadyExistsException.class,
          "EntityAlreadyExists",
          409);
    }

    @Test
    void deleteUser_existing_removesTheUser() {
      IamUser user = newUser();

      backend.iam().deleteUser(user.name());

      assertThat(backend.iam().findUser(user.name())).isEmpty();
    }

    @Test
    void deleteUser_missing_failsWithNoSuchEntity() {
      assertCloudError(
          () -> backend.iam().deleteUser(unique("nobody")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void deleteUser_withAttachedPolicy_failsWithDeleteConflict() {
      IamUser user = newUser();
      backend.iam().attachPolicy(PrincipalRef.user(user.name()), newPolicy().arn());

      assertCloudError(
          () -> backend.iam().deleteUser(user.name()),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
      assertThat(backend.iam().findUser(user.name())).isPresent();
    }

    @Test
    void deleteUser_withInlinePolicy_failsWithDeleteConflict() {
      IamUser user = newUser();
      backend
          .iam()
          .putInlinePolicy(PrincipalRef.user(user.name()), "read", allow("s3:GetObject", "*"));

      assertCloudError(
          () -> backend.iam().deleteUser(user.name()),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
    }

    @Test
    void createUser_nameWithSpace_failsWithValidationError() {
      assumeNo(KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED);

      assertCloudError(
          () -> backend.iam().createUser("alice smith", Map.of()),
          MalformedException.class,
          "ValidationError",
          400);
    }

    @Test
    void createUser_nameOf65Characters_failsWithValidationError() {
      assumeNo(KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED);

      assertCloudError(
          () -> backend.iam().createUser("u".repeat(65), Map.of()),
          MalformedException.class,
          "ValidationError",
          400);
    }

    @Test
    void createUser_nameOf64Characters_succeeds() {
      String name = (unique("u") + "x".repeat(64)).substring(0, 64);

      assertThat(backend.iam().createUser(name, Map.of()).name()).isEqualTo(name);
    }
  }

  // ---- IAM roles ----------------------------------------------------------------------------

  @Nested
  class IamRoles {
    @Test
    void createRole_sagemakerTrust_returnsRoleWithTrustAndDescription() {
      String name = unique("ExecutionRole");

      IamRole role =
          backend
              .iam()
              .createRole(name, SAGEMAKER_TRUST, "HyperPod nodes", Map.of("stack", "demo"));

      assertThat(role.arn()).isEqualTo("arn:aws:iam::" + accountId() + ":role/" + name);
      assertThat(role.roleId()).startsWith("AROA");
      assertThat(role.description()).hasValue("HyperPod nodes");
      assertThat(role.tags()).containsExactlyEntriesOf(Map.of("stack", "demo"));
      assertSameJson(role.assumeRolePolicyDocument(), SAGEMAKER_TRUST);
    }

    @Test
    void findRole_afterCreate_returnsTrustPolicy() {
      IamRole created = newRole();

      Optional<IamRole> found = backend.iam().findRole(created.name());

      assertThat(found)
          .hasValueSatisfying(
              r -> {
                assertThat(r.roleId()).isEqualTo(created.roleId());
                assertSameJson(r.assumeRolePolicyDocument(), SAGEMAKER_TRUST);
              });
    }

    @Test
    void findRole_missing_isEmpty() {
      assertThat(backend.iam().findRole(unique("nobody"))).isEmpty();
    }

    @Test
    void createRole_existingName_failsWithEntityAlreadyExists() {
      IamRole role = newRole();

      assertCloudError(
          () -> backend.iam().createRole(role.name(), SAGEMAKER_TRUST, null, Map.of()),
          AlreadyExistsException.class,
          "EntityAlreadyExists",
          409);
    }

    @Test
    void createRole_trustPolicyNotJson_failsWithMalformedPolicyDocument() {
      assertCloudError(
          () -> backend.iam().createRole(unique("role"), "{not json", null, Map.of()),
          MalformedException.class,
          "MalformedPolicyDocument",
          400);
    }

    @Test
    void createRole_trustPolicyWithResource_failsWithMalformedPolicyDocument() {
      assumeNo(KnownDeviation.IAM_TRUST_POLICY_NOT_VALIDATED);
      String trust =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},"
              + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}";

      assertCloudError(
          () -> backend.iam().createRole(unique("role"), trust, null, Map.of()),
          MalformedException.class,
          "MalformedPolicyDocument",
          400);
    }

    @Test
    void createRole_descriptionOf1001Characters_failsWithValidationError() {
      assumeNo(KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED);

      assertCloudError(
          () ->
              backend.iam().createRole(unique("role"), SAGEMAKER_TRUST, "d".repeat(1001), Map.of()),
          MalformedException.class,
          "ValidationError",
          400);
    }

    @Test
    void updateAssumeRolePolicy_validDocument_replacesTrust() {
      IamRole role = newRole();

      backend.iam().updateAssumeRolePolicy(role.name(), EC2_TRUST);

      assertSameJson(
          backend.iam().findRole(role.name()).orElseThrow().assumeRolePolicyDocument(), EC2_TRUST);
    }

    @Test
    void updateAssumeRolePolicy_missingRole_failsWithNoSuchEntity() {
      assertCloudError(
          () -> backend.iam().updateAssumeRolePolicy(unique("nobody"), EC2_TRUST),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void deleteRole_existing_removesTheRole() {
      IamRole role = newRole();

      backend.iam().deleteRole(role.name());

      assertThat(backend.iam().findRole(role.name())).isEmpty();
    }

    @Test
    void deleteRole_missing_failsWithNoSuchEntity() {
      assertCloudError(
          () -> backend.iam().deleteRole(unique("nobody")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void deleteRole_withAttachedPolicy_failsWithDeleteConflict() {
      IamRole role = newRole();
      backend.iam().attachPolicy(PrincipalRef.role(role.name()), newPolicy().arn());

      assertCloudError(
          () -> backend.iam().deleteRole(role.name()),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
      assertThat(backend.iam().findRole(role.name())).isPresent();
    }

    @Test
    void deleteRole_withInlinePolicy_failsWithDeleteConflict() {
      IamRole role = newRole();
      backend
          .iam()
          .putInlinePolicy(
              PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

      assertCloudError(
          () -> backend.iam().deleteRole(role.name()),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
    }
  }

  // ---- IAM managed policies -----------------------------------------------------------------

  @Nested
  class IamPolicies {
    @Test
    void createPolicy_validDocument_returnsPolicyAtVersionOne() {
      String name = unique("ClusterAdmin");
      String document = allow("sagemaker:ListClusters", "*");

      ManagedPolicy policy =
          backend.iam().createPolicy(name, document, "admins", Map.of("stack", "demo"));

      assertThat(policy.arn()).isEqualTo("arn:aws:iam::" + accountId() + ":policy/" + name);
      assertThat(policy.policyId()).startsWith("ANPA");
      assertThat(policy.defaultVersionId()).isEqualTo("v1");
      assertThat(policy.versionCount()).isEqualTo(1);
      assertThat(policy.attachmentCount()).isZero();
      assertThat(policy.awsManaged()).isFalse();
      assertSameJson(policy.defaultDocument(), document);
    }

    @Test
    void findPolicy_customer_returnsDefaultDocumentAndTags() {
      String document = allow("ssm:StartSession", "*");
      ManagedPolicy created =
          backend.iam().createPolicy(unique("User"), document, null, Map.of("stack", "demo"));

      Optional<ManagedPolicy> found = backend.iam().findPolicy(created.arn());

      assertThat(found)
          .hasValueSatisfying(
              p -> {
                assertThat(p.name()).isEqualTo(created.name());
                assertThat(p.tags()).containsEntry("stack", "demo");
                assertSameJson(p.defaultDocument(), document);
              });
    }

    @Test
    void findPolicy_missing_isEmpty() {
      assertThat(
              backend
                  .iam()
                  .findPolicy("arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")))
          .isEmpty();
    }

    @Test
    void findPolicy_awsManaged_returnsItsDocument() {
      assumeNo(KnownDeviation.AWS_MANAGED_POLICIES_MISSING);

      Optional<ManagedPolicy> found = backend.iam().findPolicy(CLUSTER_INSTANCE_POLICY);

      assertThat(found)
          .hasValueSatisfying(
              p -> {
                assertThat(p.awsManaged()).isTrue();
                assertThat(p.name()).isEqualTo("AmazonSageMakerClusterInstanceRolePolicy");
                assertThat(json(p.defaultDocument()).get("Statement").isArray()).isTrue();
              });
    }

    @Test
    void findPolicy_malformedArn_failsWithInvalidInput() {
      assumeNo(KnownDeviation.IAM_POLICY_ARN_NOT_VALIDATED);

      assertCloudError(
          () -> backend.iam().findPolicy("not-an-arn"),
          MalformedException.class,
          "InvalidInput",
          400);
    }

    @Test
    void createPolicy_existingName_failsWithEntityAlreadyExists() {
      ManagedPolicy policy = newPolicy();

      assertCloudError(
          () ->
              backend.iam().createPolicy(policy.name(), allow("s3:GetObject", "*"), null, Map.of()),
          AlreadyExistsException.class,
          "EntityAlreadyExists",
          409);
    }

    @Test
    void createPolicy_malformedDocuments_failWithMalformedPolicyDocument() {
      List<String> documents =
          List.of(
              "{not json",
              "[]",
              "{\"Version\":\"2012-10-17\"}",
              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}",
              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
              "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}",
              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");

      for (String document : documents) {
        assertCloudError(
            () -> backend.iam().createPolicy(unique("bad"), document, null, Map.of()),
            MalformedException.class,
            "MalformedPolicyDocument",
            400);
      }
    }

    @Test
    void createPolicy_over6144NonWhitespaceCharacters_failsWithLimitExceeded() {
      assumeNo(KnownDeviation.IAM_POLICY_SIZE_NOT_ENFORCED);

      assertCloudError(
          () -> backend.iam().createPolicy(unique("big"), policyOfSize(6145), null, Map.of()),
          LimitExceededException.class,
          "LimitExceeded",
          409);
    }

    @Test
    void createPolicy_6144NonWhitespaceCharactersAndMoreWhitespace_succeeds() {
      String document = "\n    ".repeat(300) + policyOfSize(6144);

      ManagedPolicy policy = backend.iam().createPolicy(unique("large"), document, null, Map.of());

      assertThat(policy.defaultVersionId()).isEqualTo("v1");
    }

    @Test
    void deletePolicy_unattached_removesIt() {
      ManagedPolicy policy = newPolicy();

      backend.iam().deletePolicy(policy.arn());

      assertThat(backend.iam().findPolicy(policy.arn())).isEmpty();
    }

    @Test
    void deletePolicy_attached_failsWithDeleteConflict() {
      ManagedPolicy policy = newPolicy();
      backend.iam().attachPolicy(PrincipalRef.role(newRole().name()), policy.arn());

      assertCloudError(
          () -> backend.iam().deletePolicy(policy.arn()),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
    }

    @Test
    void deletePolicy_withNonDefaultVersion_failsWithDeleteConflict() {
      ManagedPolicy policy = newPolicy();
      backend.iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

      assertCloudError(
          () -> backend.iam().deletePolicy(policy.arn()),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
    }

    @Test
    void deletePolicy_missing_failsWithNoSuchEntity() {
      assertCloudError(
          () ->
              backend
                  .iam()
                  .deletePolicy("arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void tagPolicy_newTags_areOnThePolicy() {
      ManagedPolicy policy = newPolicy();

      backend.iam().tagPolicy(policy.arn(), Map.of("hyperpod-prereqs:stack", "demo"));

      assertThat(backend.iam().findPolicy(policy.arn()).orElseThrow().tags())
          .containsEntry("hyperpod-prereqs:stack", "demo");
    }
  }

  // ---- IAM policy versions ------------------------------------------------------------------

  @Nested
  class IamPolicyVersions {
    @Test
    void createPolicyVersion_setAsDefault_becomesDefaultVersionTwo() {
      ManagedPolicy policy = newPolicy();
      String document = allow("s3:GetObject", "*");

      PolicyVersion version = backend.iam().createPolicyVersion(policy.arn(), document, true);

      assertThat(version.versionId()).isEqualTo("v2");
      assertThat(version.defaultVersion()).isTrue();
      ManagedPolicy after = backend.iam().findPolicy(policy.arn()).orElseThrow();
      assertThat(after.defaultVersionId()).isEqualTo("v2");
      assertThat(after.versionCount()).isEqualTo(2);
      assertSameJson(after.defaultDocument(), document);
    }

    @Test
    void createPolicyVersion_notDefault_keepsVersionOneDefault() {
      ManagedPolicy policy = newPolicy();

      backend.iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

      List<PolicyVersion> versions = backend.iam().listPolicyVersions(policy.arn());
      assertThat(versions)
          .extracting(PolicyVersion::versionId, PolicyVersion::defaultVersion)
          .containsExactlyInAnyOrder(tuple("v1", true), tuple("v2", false));
    }

    @Test
    void createPolicyVersion_sixthVersion_failsWithLimitExceeded() {
      ManagedPolicy policy = newPolicy();
      for (int i = 0; i < 4; i++) {
        backend
            .iam()
            .createPolicyVersion(policy.arn(), allow("s3:GetObject", "arn:aws:s3:::b" + i), false);
      }

      assertCloudError(
          () -> backend.iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false),
          LimitExceededException.class,
          "LimitExceeded",
          409);
    }

    @Test
    void createPolicyVersion_afterDeletingOne_continuesNumbering() {
      ManagedPolicy policy = newPolicy();
      for (int i = 0; i < 4; i++) {
        backend
            .iam()
            .createPolicyVersion(policy.arn(), allow("s3:GetObject", "arn:aws:s3:::b" + i), false);
      }
      backend.iam().deletePolicyVersion(policy.arn(), "v2");

      PolicyVersion next =
          backend.iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

      assertThat(next.versionId()).isEqualTo("v6");
      assertThat(backend.iam().listPolicyVersions(policy.arn()))
          .extracting(PolicyVersion::versionId)
          .containsExactlyInAnyOrder("v1", "v3", "v4", "v5", "v6");
    }

    @Test
    void createPolicyVersion_malformedDocument_failsWithMalformedPolicyDocument() {
      ManagedPolicy policy = newPolicy();

      assertCloudError(
          () -> backend.iam().createPolicyVersion(policy.arn(), "{\"Statement\":5}", true),
          MalformedException.class,
          "MalformedPolicyDocument",
          400);
      assertThat(backend.iam().listPolicyVersions(policy.arn())).hasSize(1);
    }

    @Test
    void deletePolicyVersion_default_failsWithDeleteConflict() {
      ManagedPolicy policy = newPolicy();

      assertCloudError(
          () -> backend.iam().deletePolicyVersion(policy.arn(), "v1"),
          DependencyViolationException.class,
          "DeleteConflict",
          409);
    }

    @Test
    void deletePolicyVersion_nonDefault_removesIt() {
      ManagedPolicy policy = newPolicy();
      backend.iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

      backend.iam().deletePolicyVersion(policy.arn(), "v2");

      assertThat(backend.iam().listPolicyVersions(policy.arn()))
          .extracting(PolicyVersion::versionId)
          .containsExactly("v1");
    }

    @Test
    void deletePolicyVersion_missingVersion_failsWithNoSuchEntity() {
      ManagedPolicy policy = newPolicy();

      assertCloudError(
          () -> backend.iam().deletePolicyVersion(policy.arn(), "v4"),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void listPolicyVersions_missingPolicy_failsWithNoSuchEntity() {
      assertCloudError(
          () ->
              backend
                  .iam()
                  .listPolicyVersions(
                      "arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }
  }

  // ---- IAM attachments ----------------------------------------------------------------------

  @Nested
  class IamAttachments {
    @Test
    void attachPolicy_toUser_isListedAndCounted() {
      IamUser user = newUser();
      ManagedPolicy policy = newPolicy();

      backend.iam().attachPolicy(PrincipalRef.user(user.name()), policy.arn());

      assertThat(backend.iam().findUser(user.name()).orElseThrow().attachedPolicyArns())
          .containsExactly(policy.arn());
      assertThat(backend.iam().findPolicy(policy.arn()).orElseThrow().attachmentCount())
          .isEqualTo(1);
    }

    @Test
    void attachPolicy_toRole_isListed() {
      IamRole role = newRole();
      ManagedPolicy policy = newPolicy();

      backend.iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());

      assertThat(backend.iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
          .containsExactly(policy.arn());
    }

    @Test
    void attachPolicy_awsManagedToRole_isListed() {
      assumeNo(KnownDeviation.AWS_MANAGED_POLICIES_MISSING);
      IamRole role = newRole();

      backend.iam().attachPolicy(PrincipalRef.role(role.name()), CLUSTER_INSTANCE_POLICY);

      assertThat(backend.iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
          .containsExactly(CLUSTER_INSTANCE_POLICY);
    }

    @Test
    void attachPolicy_twice_isListedOnce() {
      IamRole role = newRole();
      ManagedPolicy policy = newPolicy();

      backend.iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());
      backend.iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());

      assertThat(backend.iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
          .containsExactly(policy.arn());
    }

    @Test
    void attachPolicy_missingPolicy_failsWithNoSuchEntity() {
      IamRole role = newRole();

      assertCloudError(
          () ->
              backend
                  .iam()
                  .attachPolicy(
                      PrincipalRef.role(role.name()),
                      "arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void attachPolicy_missingRole_failsWithNoSuchEntity() {
      ManagedPolicy policy = newPolicy();

      assertCloudError(
          () -> backend.iam().attachPolicy(PrincipalRef.role(unique("nobody")), policy.arn()),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void attachPolicy_eleventhToRole_failsWithLimitExceeded() {
      assumeNo(KnownDeviation.IAM_ATTACHMENT_QUOTA_NOT_ENFORCED);
      IamRole role = newRole();
      for (int i = 0; i < 10; i++) {
        backend.iam().attachPolicy(PrincipalRef.role(role.name()), newPolicy().arn());
      }
      ManagedPolicy eleventh = newPolicy();

      assertCloudError(
          () -> backend.iam().attachPolicy(PrincipalRef.role(role.name()), eleventh.arn()),
          LimitExceededException.class,
          "LimitExceeded",
          409);
      assertThat(backend.iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
          .hasSize(10);
    }

    @Test
    void detachPolicy_attached_removesItAndTheCount() {
      IamUser user = newUser();
      ManagedPolicy policy = newPolicy();
      backend.iam().attachPolicy(PrincipalRef.user(user.name()), policy.arn());

      backend.iam().detachPolicy(PrincipalRef.user(user.name()), policy.arn());

      assertThat(backend.iam().findUser(user.name()).orElseThrow().attachedPolicyArns()).isEmpty();
      assertThat(backend.iam().findPolicy(policy.arn()).orElseThrow().attachmentCount()).isZero();
    }

    @Test
    void detachPolicy_notAttached_failsWithNoSuchEntity() {
      IamUser user = newUser();
      ManagedPolicy policy = newPolicy();

      assertCloudError(
          () -> backend.iam().detachPolicy(PrincipalRef.user(user.name()), policy.arn()),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }
  }

  // ---- IAM tags -----------------------------------------------------------------------------

  @Nested
  class IamTags {
    @Test
    void tag_user_addsAndReplacesValues() {
      IamUser user = backend.iam().createUser(unique("user"), Map.of("a", "1"));

      backend
          .iam()
          .tag(PrincipalRef.user(user.name()), Map.of("a", "2", "SSMSessionRunAs", "alice"));

      assertThat(backend.iam().findUser(user.name()).orElseThrow().tags())
          .containsOnly(Map.entry("a", "2"), Map.entry("SSMSessionRunAs", "alice"));
    }

    @Test
    void untag_role_removesOnlyTheKeys() {
      IamRole role =
          backend
              .iam()
              .createRole(unique("role"), SAGEMAKER_TRUST, null, Map.of("a", "1", "b", "2"));

      backend.iam().untag(PrincipalRef.role(role.name()), List.of("a"));

      assertThat(backend.iam().findRole(role.name()).orElseThrow().tags())
          .containsOnly(Map.entry("b", "2"));
    }

    @Test
    void tag_missingUser_failsWithNoSuchEntity() {
      assertCloudError(
          () -> backend.iam().tag(PrincipalRef.user(unique("nobody")), Map.of("a", "1")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void tag_beyondFiftyInAll_failsWithLimitExceeded() {
      assumeNo(KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED);
      Map<String, String> forty = new LinkedHashMap<>();
      for (int i = 0; i < 40; i++) {
        forty.put("k" + i, "v");
      }
      IamUser user = backend.iam().createUser(unique("user"), forty);
      Map<String, String> eleven = new LinkedHashMap<>();
      for (int i = 0; i < 11; i++) {
        eleven.put("n" + i, "v");
      }

      assertCloudError(
          () -> backend.iam().tag(PrincipalRef.user(user.name()), eleven),
          LimitExceededException.class,
          "LimitExceeded",
          409);
      assertThat(backend.iam().findUser(user.name()).orElseThrow().tags()).hasSize(40);
    }

    @Test
    void tag_keyOf129Characters_failsWithValidationError() {
      assumeNo(KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED);
      IamUser user = newUser();

      assertCloudError(
          () -> backend.iam().tag(PrincipalRef.user(user.name()), Map.of("k".repeat(129), "v")),
          MalformedException.class,
          "ValidationError",
          400);
    }

    @Test
    void tag_keyWithAwsPrefix_isRejectedAsInvalid() {
      assumeNo(KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED);
      IamUser user = newUser();

      assertThatExceptionOfType(MalformedException.class)
          .isThrownBy(
              () -> backend.iam().tag(PrincipalRef.user(user.name()), Map.of("aws:team", "ml")))
          .satisfies(e -> assertThat(e.statusCode()).isEqualTo(400));
    }
  }

  // ---- IAM inline policies ------------------------------------------------------------------

  @Nested
  class IamInlinePolicies {
    @Test
    void putInlinePolicy_user_isOnTheUser() {
      IamUser user = newUser();
      String document = allow("ssm:StartSession", "*");

      backend.iam().putInlinePolicy(PrincipalRef.user(user.name()), "session", document);

      Map<String, String> inline =
          backend.iam().findUser(user.name()).orElseThrow().inlinePolicies();
      assertThat(inline).containsOnlyKeys("session");
      assertSameJson(inline.get("session"), document);
    }

    @Test
    void putInlinePolicy_sameName_replacesTheDocument() {
      IamRole role = newRole();
      String second = allow("ec2:DetachNetworkInterface", "*");
      backend
          .iam()
          .putInlinePolicy(
              PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

      backend.iam().putInlinePolicy(PrincipalRef.role(role.name()), "eni", second);

      Map<String, String> inline =
          backend.iam().findRole(role.name()).orElseThrow().inlinePolicies();
      assertThat(inline).containsOnlyKeys("eni");
      assertSameJson(inline.get("eni"), second);
    }

    @Test
    void deleteInlinePolicy_existing_removesIt() {
      IamRole role = newRole();
      backend
          .iam()
          .putInlinePolicy(
              PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

      backend.iam().deleteInlinePolicy(PrincipalRef.role(role.name()), "eni");

      assertThat(backend.iam().findRole(role.name()).orElseThrow().inlinePolicies()).isEmpty();
    }

    @Test
    void deleteInlinePolicy_missing_failsWithNoSuchEntity() {
      IamRole role = newRole();

      assertCloudError(
          () -> backend.iam().deleteInlinePolicy(PrincipalRef.role(role.name()), "nothing"),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void putInlinePolicy_malformedDocument_failsWithMalformedPolicyDocument() {
      IamUser user = newUser();

      assertCloudError(
          () ->
              backend
                  .iam()
                  .putInlinePolicy(
                      PrincipalRef.user(user.name()), "bad", "{\"Version\":\"2012-10-17\"}"),
          MalformedException.class,
          "MalformedPolicyDocument",
          400);
    }

    @Test
    void putInlinePolicy_missingRole_failsWithNoSuchEntity() {
      assertCloudError(
          () ->
              backend
                  .iam()
                  .putInlinePolicy(
                      PrincipalRef.role(unique("nobody")), "p", allow("s3:GetObject", "*")),
          NotFoundException.class,
          "NoSuchEntity",
          404);
    }

    @Test
    void putInlinePolicy_userTotalOver2048Characters_failsWithLimitExceeded() {
      assumeNo(KnownDeviation.IAM_POLICY_SIZE_NOT_ENFORCED);
      IamUser user = newUser();
      backend.iam().putInlinePolicy(PrincipalRef.user(user.name()), "first", policyOfSize(1500));

      assertCloudError(
          () ->
              backend
                  .iam()
                  .putInlinePolicy(PrincipalRef.user(user.name()), "second", policyOfSize(600)),
          LimitExceededException.class,
          "LimitExceeded",
          409);
    }
  }

  // ---- IAM snapshot -------------------------------------------------------------------------

  @Nested
  class IamSnapshots {
    @Test
    void snapshot_afterChanges_holdsUsersRolesAndCustomerPolicies() {
      IamUser user = backend.iam().createUser(unique("user"), Map.of("SSMSessionRunAs", "alice"));
      IamRole role = newRole();
      ManagedPolicy policy = newPolicy();
      backend.iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());
      backend
          .iam()
          .putInlinePolicy(
              PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

      IamSnapshot snapshot = backend.iam().snapshot();

      assertThat(snapshot.user(user.name()))
          .hasValueSatisfying(u -> assertThat(u.tags()).containsEntry("SSMSessionRunAs", "alice"));
      assertThat(snapshot.role(role.name()))
          .hasValueSatisfying(
              r -> {
                assertThat(r.attachedPolicyArns()).containsExactly(policy.arn());
                assertThat(r.inlinePolicies()).containsOnlyKeys("eni");
              });
      assertThat(snapshot.policy(policy.arn()))
          .hasValueSatisfying(p -> assertThat(p.attachmentCount()).isEqualTo(1));
      assertThat(snapshot.policies()).noneMatch(ManagedPolicy::awsManaged);
    }
  }

  // ---- S3 buckets ---------------------------------------------------------------------------

  @Nested
  class S3Buckets {
    @Test
    void createBucket_newName_isListedAndOwned() {
      String bucket = uniqueBucket();

      backend.s3().createBucket(bucket);

      assertThat(backend.s3().listBuckets()).extracting(S3Bucket::name).contains(bucket);
      assertThat(backend.s3().headBucket(bucket)).isEqualTo(BucketAccess.OWNED);
    }

    @Test
    void headBucket_missing_isNotFound() {
      assertThat(backend.s3().headBucket(uniqueBucket())).isEqualTo(BucketAccess.NOT_FOUND);
    }

    @Test
    void createBucket_alreadyOwned_failsOutsideUsEast1AndIsAcceptedInUsEast1() {
      String bucket = newBucket();

      if (backend.account().region().equals("us-east-1")) {
        assertThatCode(() -> backend.s3().createBucket(bucket)).doesNotThrowAnyException();
      } else {
        assertCloudError(
            () -> backend.s3().createBucket(bucket),
            AlreadyExistsException.class,
            "BucketAlreadyOwnedByYou",
            409);
      }
    }

    @Test
    void createBucket_invalidNames_failWithInvalidBucketName() {
      assumeNo(KnownDeviation.S3_BUCKET_NAME_RULES_NOT_ENFORCED);
      List<String> names =
          List.of(
              "ab",
              "b".repeat(64),
              "Upper-case-" + RUN,
              "under_score-" + RUN,
              "-starts-with-dash-" + RUN,
              "ends-with-dash-" + RUN + "-",
              "two..periods-" + RUN,
              "192.168.10.20",
              "xn--" + RUN,
              RUN + "-s3alias");

      for (String name : names) {
        assertCloudError(
            () -> backend.s3().createBucket(name),
            MalformedException.class,
            "InvalidBucketName",
            400);
      }
    }

    @Test
    void deleteBucket_empty_removesIt() {
      String bucket = newBucket();

      backend.s3().deleteBucket(bucket);

      assertThat(backend.s3().headBucket(bucket)).isEqualTo(BucketAccess.NOT_FOUND);
      assertThat(backend.s3().listBuckets()).extracting(S3Bucket::name).doesNotContain(bucket);
    }

    @Test
    void deleteBucket_withObject_failsWithBucketNotEmpty() {
      String bucket = newBucket();
      backend.s3().putObject(bucket, "lifecycle/on_create.sh", bytes("#!/bin/bash"), "text/x-sh");

      assertCloudError(
          () -> backend.s3().deleteBucket(bucket),
          DependencyViolationException.class,
          "BucketNotEmpty",
          409);
    }

    @Test
    void deleteBucket_missing_failsWithNoSuchBucket() {
      assertCloudError(
          () -> backend.s3().deleteBucket(uniqueBucket()),
          NotFoundException.class,
          "NoSuchBucket",
          404);
    }
  }

  // ---- S3 objects ---------------------------------------------------------------------------

  @Nested
  class S3Objects {
    @Test
    void putObject_content_returnsMd5EtagAndSize() {
      String bucket = newBucket();

      S3ObjectInfo info = backend.s3().putObject(bucket, "hello.txt", bytes("hello"), "text/plain");

      assertThat(info.key()).isEqualTo("hello.txt");
      assertThat(info.etag()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
      assertThat(info.size()).isEqualTo(5);
    }

    @Test
    void getObject_afterPut_returnsTheContent() {
      String bucket = newBucket();
      backend.s3().putObject(bucket, "a/b.txt", bytes("content"), "text/plain");

      assertThat(backend.s3().getObject(bucket, "a/b.txt"))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("content")));
    }

    @Test
    void putObject_sameKey_replacesTheContent() {
      String bucket = newBucket();
      backend.s3().putObject(bucket, "k", bytes("one"), null);

      backend.s3().putObject(bucket, "k", bytes("two"), null);

      assertThat(backend.s3().getObject(bucket, "k"))
          .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("two")));
      assertThat(backend.s3().listObjects(bucket, "")).hasSize(1);
    }

    @Test
    void getObject_missingKey_isEmpty() {
      String bucket = newBucket();

      assertThat(backend.s3().getObject(bucket, "nothing")).isEmpty();
    }

    @Test
    void getObject_missingBucket_failsWithNoSuchBucket() {
      assertCloudError(
          () -> backend.s3().getObject(uniqueBucket(), "k"),
          NotFoundException.class,
          "NoSuchBucket",
          404);
    }

    @Test
    void putObject_missingBucket_failsWithNoSuchBucket() {
      assertCloudError(
          () -> backend.s3().putObject(uniqueBucket(), "k", bytes("x"), null),
          NotFoundException.class,
          "NoSuchBucket",
          404);
    }

    @Test
    void listObjects_prefix_returnsMatchingKeysInKeyOrder() {
      String bucket = newBucket();
      for (String key :
          List.of(
              "hyperpod/lifecycle/z.sh",
              "other/x",
              "hyperpod/lifecycle/a.sh",
              "hyperpod/lifecycle/B.sh")) {
        backend.s3().putObject(bucket, key, bytes(key), null);
      }

      List<S3ObjectInfo> objects = backend.s3().listObjects(bucket, "hyperpod/lifecycle/");

      assertThat(objects)
          .extracting(S3ObjectInfo::key)
          .containsExactly(
              "hyperpod/lifecycle/B.sh", "hyperpod/lifecycle/a.sh", "hyperpod/lifecycle/z.sh");
    }

    @Test
    void listObjects_moreThanOnePage_returnsEveryObject() {
      String bucket = newBucket();
      for (int i = 0; i < 1005; i++) {
        backend.s3().putObject(bucket, String.format("k/%04d", i), new byte[] {1}, null);
      }

      assertThat(backend.s3().listObjects(bucket, "k/")).hasSize(1005);
    }

    @Test
    void deleteObject_existing_removesIt() {
      String bucket = newBucket();
      backend.s3().putObject(bucket, "k", bytes("x"), null);

      backend.s3().deleteObject(bucket, "k");

      assertThat(backend.s3().getObject(bucket, "k")).isEmpty();
    }

    @Test
    void deleteObject_missingKey_succeeds() {
      String bucket = newBucket();

      assertThatCode(() -> backend.s3().deleteObject(bucket, "nothing")).doesNotThrowAnyException();
    }
  }

  // ---- S3 bucket policies -------------------------------------------------------------------

  @Nested
  class S3Policies {
    @Test
    void getBucketPolicy_none_isEmpty() {
      assertThat(backend.s3().getBucketPolicy(newBucket())).isEmpty();
    }

    @Test
    void putBucketPolicy_valid_isReturned() {
      String bucket = newBucket();
      String policy = vpceOnlyBucketPolicy(bucket);

      backend.s3().putBucketPolicy(bucket, policy);

      assertThat(backend.s3().getBucketPolicy(bucket))
          .hasValueSatisfying(p -> assertSameJson(p, policy));
    }

    @Test
    void deleteBucketPolicy_existing_removesIt() {
      String bucket = newBucket();
      backend.s3().putBucketPolicy(bucket, vpceOnlyBucketPolicy(bucket));

      backend.s3().deleteBucketPolicy(bucket);

      assertThat(backend.s3().getBucketPolicy(bucket)).isEmpty();
    }

    @Test
    void deleteBucketPolicy_none_succeeds() {
      String bucket = newBucket();

      assertThatCode(() -> backend.s3().deleteBucketPolicy(bucket)).doesNotThrowAnyException();
    }

    @Test
    void putBucketPolicy_notJson_failsWithMalformedPolicy() {
      assumeNo(KnownDeviation.S3_BUCKET_POLICY_NOT_VALIDATED);
      String bucket = newBucket();

      assertCloudError(
          () -> backend.s3().putBucketPolicy(bucket, "{not json"),
          MalformedException.class,
          "MalformedPolicy",
          400);
    }

    @Test
    void putBucketPolicy_resourceOfAnotherBucket_failsWithMalformedPolicy() {
      assumeNo(KnownDeviation.S3_BUCKET_POLICY_NOT_VALIDATED);
      String bucket = newBucket();

      assertCloudError(
          () -> backend.s3().putBucketPolicy(bucket, vpceOnlyBucketPolicy(uniqueBucket())),
          MalformedException.class,
          "MalformedPolicy",
          400);
      assertThat(backend.s3().getBucketPolicy(bucket)).isEmpty();
    }

    @Test
    void getBucketPolicy_missingBucket_failsWithNoSuchBucket() {
      assertCloudError(
          () -> backend.s3().getBucketPolicy(uniqueBucket()),
          NotFoundException.class,
          "NoSuchBucket",
          404);
    }
  }

  // ---- S3 bucket tags -----------------------------------------------------------------------

  @Nested
  class S3Tags {
    @Test
    void getBucketTags_none_isEmpty() {
      assertThat(backend.s3().getBucketTags(newBucket())).isEmpty();
    }

    @Test
    void putBucketTags_thenGet_returnsThem() {
      String bucket = newBucket();

      backend.s3().putBucketTags(bucket, Map.of("hyperpod-prereqs:stack", "demo", "team", "ml"));

      assertThat(backend.s3().getBucketTags(bucket))
          .containsOnly(Map.entry("hyperpod-prereqs:stack", "demo"), Map.entry("team", "ml"));
    }

    @Test
    void putBucketTags_again_replacesTheWholeSet() {
      String bucket = newBucket();
      backend.s3().putBucketTags(bucket, Map.of("a", "1", "b", "2"));

      backend.s3().putBucketTags(bucket, Map.of("c", "3"));

      assertThat(backend.s3().getBucketTags(bucket)).containsOnly(Map.entry("c", "3"));
    }

    @Test
    void putBucketTags_awsPrefix_failsWithInvalidTag() {
      assumeNo(KnownDeviation.S3_TAG_RULES_NOT_ENFORCED);
      String bucket = newBucket();

      assertCloudError(
          () -> backend.s3().putBucketTags(bucket, Map.of("aws:team", "ml")),
          MalformedException.class,
          "InvalidTag",
          400);
    }

    @Test
    void getBucketTags_missingBucket_failsWithNoSuchBucket() {
      assertCloudError(
          () -> backend.s3().getBucketTags(uniqueBucket()),
          NotFoundException.class,
          "NoSuchBucket",
          404);
    }
  }

  // ---- two accounts -------------------------------------------------------------------------

  @Nested
  class CrossAccount {
    private CloudBackend other;

    @BeforeEach
    void createOtherAccount() {
      Optional<CloudBackend> created = createBackendInOtherAccount();
      assumeThat(created).as("%s reaches a second account", backend.name()).isPresent();
      other = created.orElseThrow();
      assertThat(other.account().callerIdentity().account()).isNotEqualTo(accountId());
    }

    @Test
    void createBucket_nameOwnedByAnotherAccount_failsWithBucketAlreadyExists() {
      String bucket = newBucket();

      assertCloudError(
          () -> other.s3().createBucket(bucket),
          AlreadyExistsException.class,
          "BucketAlreadyExists",
          409);
    }

    @Test
    void headBucket_anotherAccountsBucket_isOtherOwner() {
      String bucket = newBucket();

      assertThat(other.s3().headBucket(bucket)).isEqualTo(BucketAccess.OTHER_OWNER);
    }

    @Test
    void listBuckets_anotherAccountsBucket_isNotListed() {
      String bucket = newBucket();

      assertThat(other.s3().listBuckets()).extracting(S3Bucket::name).doesNotContain(bucket);
    }

    @Test
    void putObject_anotherAccountsBucket_failsWithAccessDenied() {
      String bucket = newBucket();

      assertCloudError(
          () -> other.s3().putObject(bucket, "k", bytes("x"), null),
          AccessDeniedException.class,
          "AccessDenied",
          403);
    }

    @Test
    void createBucket_afterOwnerDeletedIt_succeedsForAnotherAccount() {
      String bucket = newBucket();
      backend.s3().deleteBucket(bucket);

      other.s3().createBucket(bucket);

      assertThat(other.s3().headBucket(bucket)).isEqualTo(BucketAccess.OWNED);
      assertThat(backend.s3().headBucket(bucket)).isEqualTo(BucketAccess.OTHER_OWNER);
    }

    @Test
    void createUser_sameNameInAnotherAccount_isASeparateUser() {
      IamUser mine = newUser();

      IamUser theirs = other.iam().createUser(mine.name(), Map.of());

      assertThat(theirs.arn()).isNotEqualTo(mine.arn());
      assertThat(other.iam().snapshot().users()).extracting(IamUser::name).contains(mine.name());
      assertThat(backend.iam().findUser(mine.name()).orElseThrow().userId())
          .isEqualTo(mine.userId());
    }
  }
}
