package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulated KMS through the public API: ids and ARNs, key states and deletion on the
 * simulated clock, aliases, the lockout safety check, KMS's authorization rule, persistence.
 */
class SimulatedKmsTest {
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-west-2";
  static final String ROOT_ALL = statement("arn:aws:iam::" + ACCOUNT + ":root", "kms:*");

  private final AwsSimulator simulator = AwsSimulator.create();
  private final SimulatorBackend backend = simulator.backend(ACCOUNT, REGION);
  private final KmsPort kms = backend.kms();

  static String statement(String principal, String action) {
    return "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":\""
        + action + "\",\"Resource\":\"*\"}";
  }

  static String policy(String... statements) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
  }

  private KmsKey create(String policy) {
    return kms.createKey(CreateKeyRequest.builder().policy(policy).description("d").build());
  }

  private void userWithPolicy(String name, String document) {
    backend.iam().createUser(name, Map.of());
    if (document != null) {
      backend.iam().putInlinePolicy(PrincipalRef.user(name), "p", document);
    }
  }

  private static String identityAllows(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action + "\",\"Resource\":\"*\"}]}";
  }

  @Test
  void createKey_answersUuidIdArnAndSymmetricEnabledCustomerKey() {
    KmsKey key = create(policy(ROOT_ALL));

    assertThat(key.keyId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(key.arn()).isEqualTo("arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + key.keyId());
    assertThat(key.keyState()).isEqualTo(KmsKey.ENABLED);
    assertThat(key.enabled()).isTrue();
    assertThat(key.keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(key.keyUsage()).isEqualTo("ENCRYPT_DECRYPT");
    assertThat(key.customerManaged()).isTrue();
    assertThat(key.awsAccountId()).isEqualTo(ACCOUNT);
    assertThat(kms.listKeys()).containsExactly(key.keyId());
  }

  @Test
  void describeKey_byIdArnAliasAndAliasArn_answersTheSameKey() {
    KmsKey key = create(policy(ROOT_ALL));
    kms.createAlias("alias/hp-workers", key.keyId());

    for (String name : new String[] {key.keyId(), key.arn(), "alias/hp-workers",
        "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":alias/hp-workers"}) {
      assertThat(kms.describeKey(name).keyId()).as(name).isEqualTo(key.keyId());
    }
  }

  @Test
  void describeKey_unknownNames_failWithKmsNotFoundMessages() {
    String id = "1234abcd-12ab-34cd-56ef-1234567890ab";
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> kms.describeKey(id))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("NotFoundException"))
        .withMessage("Key 'arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + id + "' does not exist");
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> kms.describeKey("alias/missing"))
        .withMessage("Alias arn:aws:kms:" + REGION + ":" + ACCOUNT + ":alias/missing is not found.");
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> kms.describeKey("aws/s3"))
        .withMessage("Invalid keyId 'aws/s3'");
  }

  @Test
  void awsManagedEbsAlias_isListedAndItsKeyIsMadeOnFirstUse() {
    KmsAlias listed = kms.listAliases().stream()
        .filter(a -> a.aliasName().equals("alias/aws/ebs")).findFirst().orElseThrow();
    assertThat(listed.targetKeyId()).isEmpty();

    KmsKey ebs = kms.describeKey("alias/aws/ebs");

    assertThat(ebs.keyManager()).isEqualTo(KmsKey.AWS);
    assertThat(kms.describeKey("alias/aws/ebs").keyId()).isEqualTo(ebs.keyId());
    assertThat(kms.listAliases()).filteredOn(a -> a.aliasName().equals("alias/aws/ebs"))
        .singleElement().satisfies(a -> assertThat(a.targetKeyId()).contains(ebs.keyId()));
    assertThatExceptionOfType(AccessDeniedException.class)
        .as("an AWS managed key's policy lets no one change it")
        .isThrownBy(() -> kms.putKeyPolicy("alias/aws/ebs", policy(ROOT_ALL)));
  }

  @Test
  void scheduleKeyDeletion_pendsThenTheKeyAndItsAliasGoWhenTheClockPassesTheDate() {
    KmsKey key = create(policy(ROOT_ALL));
    kms.createAlias("alias/soon-gone", key.keyId());
    Instant now = simulator.clock().instant();

    Instant date = kms.scheduleKeyDeletion(key.keyId(), 7);

    assertThat(date).isEqualTo(now.plus(Duration.ofDays(7)));
    KmsKey pending = kms.describeKey(key.keyId());
    assertThat(pending.keyState()).isEqualTo(KmsKey.PENDING_DELETION);
    assertThat(pending.enabled()).isFalse();
    assertThat(pending.deletionDate()).contains(date);
    assertThatExceptionOfType(ConflictException.class)
        .isThrownBy(() -> kms.scheduleKeyDeletion(key.keyId(), 30))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("KMSInvalidStateException"))
        .withMessage(key.arn() + " is pending deletion.");
    assertThat(kms.listKeys()).contains(key.keyId());

    simulator.clock().advanceTo(date);

    assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> kms.describeKey(key.keyId()));
    assertThat(kms.listKeys()).doesNotContain(key.keyId());
    assertThat(kms.listAliases()).extracting(KmsAlias::aliasName).doesNotContain("alias/soon-gone");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, 31, 365})
  void scheduleKeyDeletion_outsideSevenToThirtyDays_isValidationExceptionAndChangesNothing(int days) {
    KmsKey key = create(policy(ROOT_ALL));

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> kms.scheduleKeyDeletion(key.keyId(), days))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
        .withMessageContaining("Value '" + days + "' at 'pendingWindowInDays'");
    assertThat(kms.describeKey(key.keyId()).keyState()).isEqualTo(KmsKey.ENABLED);
  }

  @Test
  void aliases_reservedTakenAndMissing_failAsKms() {
    KmsKey key = create(policy(ROOT_ALL));
    kms.createAlias("alias/hp", key.keyId());

    assertThatExceptionOfType(AlreadyExistsException.class)
        .isThrownBy(() -> kms.createAlias("alias/hp", key.keyId()))
        .withMessage("An alias with the name arn:aws:kms:" + REGION + ":" + ACCOUNT
            + ":alias/hp already exists");
    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> kms.createAlias("alias/aws/mine", key.keyId()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("NotAuthorizedException"));
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> kms.createAlias("hp2", key.keyId()))
        .withMessageStartingWith("Alias must start with the prefix \"alias/\".");
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> kms.deleteAlias("alias/none"))
        .withMessage("Alias arn:aws:kms:" + REGION + ":" + ACCOUNT + ":alias/none is not found.");

    kms.deleteAlias("alias/hp");

    assertThat(kms.listAliases()).extracting(KmsAlias::aliasName).doesNotContain("alias/hp");
  }

  @Test
  void lockoutSafetyCheck_refusesAPolicyTheCallerCouldNotChangeLater() {
    String readOnly = policy(statement("arn:aws:iam::" + ACCOUNT + ":root", "kms:DescribeKey"));

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> create(readOnly))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("MalformedPolicyDocumentException"))
        .withMessage("The new key policy will not allow you to update the key policy in the future.");
    assertThat(kms.listKeys()).isEmpty();

    KmsKey key = create(policy(ROOT_ALL));
    assertThatExceptionOfType(MalformedException.class).isThrownBy(() -> kms.putKeyPolicy(key.keyId(), readOnly));
    assertThat(kms.getKeyPolicy(key.keyId())).isEqualTo(policy(ROOT_ALL));
  }

  @Test
  void keyPolicy_namingAMissingPrincipal_isMalformed() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> create(policy(ROOT_ALL,
            statement("arn:aws:iam::" + ACCOUNT + ":role/nobody", "kms:CreateGrant"))))
        .withMessage("Policy contains a statement with one or more invalid principals.");
  }

  @Test
  void rootStatementDelegatesToIam_soAUserNeedsAnIdentityPolicyToo() {
    KmsKey key = create(policy(ROOT_ALL));
    userWithPolicy("alice", identityAllows("kms:DescribeKey"));
    userWithPolicy("bob", null);

    assertThat(backend.as(SimulatedCaller.user("alice")).kms().describeKey(key.keyId()).keyId())
        .isEqualTo(key.keyId());
    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> backend.as(SimulatedCaller.user("bob")).kms().describeKey(key.keyId()))
        .withMessage("User: arn:aws:iam::" + ACCOUNT + ":user/bob is not authorized to perform:"
            + " kms:DescribeKey on resource: " + key.arn()
            + " because no identity-based policy allows the kms:DescribeKey action");
  }

  @Test
  void withoutARootStatement_iamPoliciesGrantNothing_butAStatementNamingTheUserDoes() {
    userWithPolicy("alice", identityAllows("kms:*"));
    userWithPolicy("carol", null);
    KmsKey key = create(policy(ROOT_ALL));
    kms.putKeyPolicy(key.keyId(), policy(
        statement("arn:aws:iam::" + ACCOUNT + ":root", "kms:PutKeyPolicy"),
        statement("arn:aws:iam::" + ACCOUNT + ":user/carol", "kms:DescribeKey")));

    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> backend.as(SimulatedCaller.user("alice")).kms().describeKey(key.keyId()))
        .withMessageEndingWith("because no resource-based policy allows the kms:DescribeKey action");
    assertThat(backend.as(SimulatedCaller.user("carol")).kms().describeKey(key.keyId()).keyId())
        .isEqualTo(key.keyId());
  }

  @Test
  void createKey_needsAnIdentityPolicyForAUser() {
    userWithPolicy("dave", null);

    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> backend.as(SimulatedCaller.user("dave")).kms()
            .createKey(CreateKeyRequest.builder().policy(policy(ROOT_ALL)).description("").build()))
        .withMessage("User: arn:aws:iam::" + ACCOUNT + ":user/dave is not authorized to perform:"
            + " kms:CreateKey on resource: * because no identity-based policy allows the"
            + " kms:CreateKey action");
  }

  @Test
  void tags_andKeys_surviveASnapshotRoundTrip() {
    KmsKey key = kms.createKey(CreateKeyRequest.builder().policy("").description("hp")
        .tags(Map.of("hyperpod-prereqs:stack", "demo")).build());
    kms.tagResource(key.arn(), Map.of("team", "ml"));
    kms.createAlias("alias/hp", key.keyId());
    kms.scheduleKeyDeletion(key.keyId(), 30);

    AwsSimulator restored = AwsSimulator.fromJson(simulator.toJson());
    KmsPort again = restored.backend(ACCOUNT, REGION).kms();

    assertThat(again.listResourceTags(key.keyId()))
        .isEqualTo(Map.of("hyperpod-prereqs:stack", "demo", "team", "ml"));
    assertThat(again.describeKey("alias/hp")).isEqualTo(kms.describeKey(key.keyId()));
    assertThat(again.getKeyPolicy(key.keyId())).contains("arn:aws:iam::" + ACCOUNT + ":root");
  }
}
