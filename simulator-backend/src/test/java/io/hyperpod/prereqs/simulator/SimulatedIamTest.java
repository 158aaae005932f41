package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IAM behaviour of the simulator beyond the SPI contract: messages, AWS managed policies, edge
 * rules.
 */
class SimulatedIamTest {
  private static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
  private static final String READ =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

  private final AwsSimulator aws = AwsSimulator.create();
  private final IamPort iam = aws.backend("us-west-2").iam();

  @Test
  void createUser_badName_namesTheParameterValueAndPattern() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createUser("alice smith", Map.of()))
        .withMessage(
            "1 validation error detected: Value 'alice smith' at 'userName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
  }

  @Test
  void createRole_nameOf65_namesTheLengthLimit() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createRole("r".repeat(65), trust("2012-10-17"), null, Map.of()))
        .withMessageContaining("at 'roleName'")
        .withMessageEndingWith("Member must have length less than or equal to 64");
  }

  @Test
  void createRole_trustPolicyVersion2008_isAccepted() {
    assertThat(iam.createRole("Legacy", trust("2008-10-17"), null, Map.of()).name())
        .isEqualTo("Legacy");
  }

  @Test
  void createRole_trustPolicyWithoutPrincipal_failsSayingSo() {
    String noPrincipal =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}]}";

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createRole("R", noPrincipal, null, Map.of()))
        .withMessageStartingWith("Missing required field Principal.");
  }

  @Test
  void createPolicy_actionWithoutVendor_failsWithIamWording() {
    String document = READ.replace("s3:GetObject", "GetObject");

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createPolicy("P", "/", document, null, Map.of()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("MalformedPolicyDocument"))
        .withMessageContaining("Actions/Conditions must be prefaced by a vendor");
  }

  @Test
  void createPolicy_duplicateSids_failsWithMalformedPolicyDocument() {
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":["
            + "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"},"
            + "{\"Sid\":\"A\",\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}]}";

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createPolicy("P", "/", document, null, Map.of()))
        .withMessageContaining("Statement IDs (SID) in a single policy must be unique.");
  }

  @Test
  void createPolicy_nonLatin1Character_failsWithValidationError() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(
            () ->
                iam.createPolicy("P", "/", READ.replace("GetObject", "GetObject\u20ac"), null, Map.of()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ValidationError"));
  }

  @Test
  void createPolicy_over6144_failsWithIamsQuotaMessage() {
    String big = READ.replace("\"*\"", "\"arn:aws:s3:::" + "b".repeat(6100) + "\"");

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(() -> iam.createPolicy("P", "/", big, null, Map.of()))
        .withMessage("Cannot exceed quota for PolicySize: 6144");
  }

  @Test
  void attachPolicy_eleventhToUser_namesTheUserQuota() {
    iam.createUser("alice", Map.of());
    for (int i = 0; i < 10; i++) {
      iam.attachPolicy(
          PrincipalRef.user("alice"), iam.createPolicy("P" + i, "/", READ, null, Map.of()).arn());
    }
    String eleventh = iam.createPolicy("P10", "/", READ, null, Map.of()).arn();

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(() -> iam.attachPolicy(PrincipalRef.user("alice"), eleventh))
        .withMessage("Cannot exceed quota for PoliciesPerUser: 10");
  }

  @Test
  void findPolicy_awsManaged_hasTheRealDocumentForEveryCatalogEntry() {
    for (String name :
        new String[] {
          "AdministratorAccess",
          "AmazonSSMManagedInstanceCore",
          "AmazonSageMakerClusterInstanceRolePolicy",
          "AmazonSageMakerFullAccess"
        }) {
      ManagedPolicy policy = iam.findPolicy("arn:aws:iam::aws:policy/" + name).orElseThrow();
      assertThat(policy.awsManaged()).isTrue();
      assertThat(policy.policyId()).matches("ANPA[A-Z0-9]{17}");
      assertThat(policy.defaultDocument()).contains("\"Statement\"");
    }
    assertThat(iam.findPolicy(ADMIN).orElseThrow().defaultDocument()).contains("\"Action\":\"*\"");
  }

  @Test
  void attachmentCount_ofAwsManagedPolicy_isPerAccount() {
    iam.createUser("alice", Map.of());
    iam.attachPolicy(PrincipalRef.user("alice"), ADMIN);
    IamPort other = aws.backend("210987654321", "us-west-2").iam();

    assertThat(iam.findPolicy(ADMIN).orElseThrow().attachmentCount()).isEqualTo(1);
    assertThat(other.findPolicy(ADMIN).orElseThrow().attachmentCount()).isZero();
  }

  @Test
  void changes_toAwsManagedPolicy_areDenied() {
    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> iam.deletePolicy(ADMIN));
    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> iam.createPolicyVersion(ADMIN, READ, true));
    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> iam.tagPolicy(ADMIN, Map.of("a", "b")));
  }

  @Test
  void findPolicy_anotherAccountsPolicy_isEmpty() {
    String arn = iam.createPolicy("Mine", "/", READ, null, Map.of()).arn();

    assertThat(aws.backend("210987654321", "us-west-2").iam().findPolicy(arn)).isEmpty();
  }

  @Test
  void tag_keyInOtherCase_replacesTheExistingTag() {
    iam.createUser("alice", Map.of("Team", "a"));

    iam.tag(PrincipalRef.user("alice"), Map.of("team", "b"));

    assertThat(iam.findUser("alice").orElseThrow().tags()).containsExactly(Map.entry("team", "b"));
  }

  @Test
  void createUser_tagKeysDifferingOnlyInCase_failsWithInvalidInput() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("Team", "a");
    tags.put("team", "b");

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createUser("alice", tags))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidInput"));
  }

  @Test
  void createUser_51Tags_failsWithValidationErrorAndCreatesNothing() {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> iam.createUser("alice", tags))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ValidationError"));
    assertThat(iam.findUser("alice")).isEmpty();
  }

  @Test
  void putInlinePolicy_roleTotalOver10240_failsNamingTheRole() {
    iam.createRole("R", trust("2012-10-17"), null, Map.of());
    String fiveThousand = READ.replace("\"*\"", "\"arn:aws:s3:::" + "b".repeat(5000) + "\"");
    iam.putInlinePolicy(PrincipalRef.role("R"), "one", fiveThousand);
    iam.putInlinePolicy(PrincipalRef.role("R"), "two", fiveThousand);

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(
            () ->
                iam.putInlinePolicy(
                    PrincipalRef.role("R"),
                    "three",
                    READ.replace("\"*\"", "\"arn:aws:s3:::" + "b".repeat(200) + "\"")))
        .withMessage("Maximum policy size of 10240 bytes exceeded for role R");
  }

  @Test
  void errors_always_carryARequestId() {
    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> iam.deleteUser("nobody"))
        .satisfies(
            e -> assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).hasSize(36)));
  }

  private static String trust(String version) {
    return "{\"Version\":\""
        + version
        + "\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  }
}
