package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * KMS customer managed keys as the stack uses them for instance groups' EBS volumes: CreateKey of
 * a symmetric encryption key with a key policy and tags, DescribeKey by key id, key ARN, alias
 * name and alias ARN, the key policy read and replaced, KMS's policy lockout safety check,
 * ScheduleKeyDeletion and the PendingDeletion state, aliases, tags, and KMS's errors (every one
 * HTTP 400). Every key a test creates is scheduled for deletion afterwards (KMS deletes no key at
 * once). Part of {@link CloudBackendContractTest}.
 */
public abstract class KmsContract extends ContractGroup {
  private final List<String> keys = new ArrayList<>();
  private final List<String> aliases = new ArrayList<>();

  protected KmsContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @AfterEach
  void cleanUp() {
    for (String alias : aliases) {
      try {
        kms().deleteAlias(alias);
      } catch (CloudException e) {
        // deleted by the test already
      }
    }
    for (String keyId : keys) {
      try {
        if (!KmsKey.PENDING_DELETION.equals(kms().describeKey(keyId).keyState())) {
          kms().scheduleKeyDeletion(keyId, 7);
        }
      } catch (CloudException e) {
        // scheduled by the test already
      }
    }
  }

  private KmsPort kms() {
    return backend().kms();
  }

  /** The key policy AWS gives a key by default: the account administers it through IAM. */
  private String accountPolicy() {
    return "{\"Version\":\"2012-10-17\",\"Id\":\"contract\",\"Statement\":[{\"Sid\":"
        + "\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
        + "\"arn:aws:iam::"
        + accountId()
        + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
  }

  private KmsKey newKey(Map<String, String> tags) {
    KmsKey key =
        kms().createKey(
                CreateKeyRequest.builder()
                    .policy(accountPolicy())
                    .description(unique("contract key"))
                    .tags(tags)
                    .build());
    keys.add(key.keyId());
    return key;
  }

  private String newAlias(KmsKey key) {
    String alias = "alias/" + unique("contract");
    kms().createAlias(alias, key.keyId());
    aliases.add(alias);
    return alias;
  }

  @Test
  void createKey_isAnEnabledSymmetricCustomerKeyOfTheAccount() {
    KmsKey key = newKey(Map.of("contract", RUN));

    assertThat(key.keyId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(key.arn()).matches("arn:aws[a-z-]*:kms:[a-z0-9-]+:" + accountId() + ":key/" + key.keyId());
    assertThat(key.awsAccountId()).isEqualTo(accountId());
    assertThat(key.keyState()).isEqualTo(KmsKey.ENABLED);
    assertThat(key.enabled()).isTrue();
    assertThat(key.keyUsage()).isEqualTo("ENCRYPT_DECRYPT");
    assertThat(key.keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(key.customerManaged()).isTrue();
    assertThat(key.deletionDate()).isEmpty();
    assertThat(key.description()).startsWith("contract key-");
    assertThat(kms().listKeys()).contains(key.keyId());
    assertThat(kms().listResourceTags(key.keyId())).containsEntry("contract", RUN);
  }

  @Test
  void describeKey_byKeyIdKeyArnAliasNameAndAliasArn_isTheSameKey() {
    KmsKey key = newKey(Map.of());
    String alias = newAlias(key);
    String aliasArn = key.arn().replace(":key/" + key.keyId(), ":" + alias);

    for (String id : List.of(key.keyId(), key.arn(), alias, aliasArn)) {
      KmsKey described = kms().describeKey(id);
      assertThat(described.keyId()).as(id).isEqualTo(key.keyId());
      assertThat(described.arn()).as(id).isEqualTo(key.arn());
      assertThat(described.creationDate()).as(id).isEqualTo(key.creationDate());
    }
  }

  @Test
  void describeKey_missingKeyOrAlias_isNotFound() {
    String missing = UUID.randomUUID().toString();

    assertCloudError(
        () -> kms().describeKey(missing), NotFoundException.class, "NotFoundException", 400);
    assertCloudError(
        () -> kms().describeKey("alias/" + unique("missing")),
        NotFoundException.class,
        "NotFoundException",
        400);
    assertCloudError(
        () -> kms().getKeyPolicy(missing), NotFoundException.class, "NotFoundException", 400);
  }

  @Test
  void keyPolicy_isTheOneGiven_andPutKeyPolicyReplacesIt() {
    KmsKey key = newKey(Map.of());
    assertSameJson(kms().getKeyPolicy(key.keyId()), accountPolicy());

    String withGrant =
        accountPolicy()
            .replace(
                "]}",
                ",{\"Sid\":\"HyperPodGrant\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                    + "\"arn:aws:iam::"
                    + accountId()
                    + ":root\"},\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\",\"Condition\":"
                    + "{\"Bool\":{\"kms:GrantIsForAWSResource\":\"true\"}}}]}");
    kms().putKeyPolicy(key.keyId(), withGrant);

    assertSameJson(kms().getKeyPolicy(key.arn()), withGrant);
  }

  @Test
  void createKey_policyThatIsNotJsonOrLocksTheCallerOut_isMalformed() {
    assumeNo(KnownDeviation.KMS_POLICY_NOT_VALIDATED);
    String lockout =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
            + "\"arn:aws:iam::"
            + accountId()
            + ":root\"},\"Action\":\"kms:DescribeKey\",\"Resource\":\"*\"}]}";

    for (String policy : List.of("{not json", lockout)) {
      assertCloudError(
          () ->
              keys.add(
                  kms().createKey(
                          CreateKeyRequest.builder().policy(policy).description("bad").build())
                      .keyId()),
          MalformedException.class,
          "MalformedPolicyDocumentException",
          400);
    }
    KmsKey key = newKey(Map.of());
    assertCloudError(
        () -> kms().putKeyPolicy(key.keyId(), lockout),
        MalformedException.class,
        "MalformedPolicyDocumentException",
        400);
    assertSameJson(kms().getKeyPolicy(key.keyId()), accountPolicy());
  }

  @Test
  void scheduleKeyDeletion_makesTheKeyPendingDeletionUntilTheDate() {
    KmsKey key = newKey(Map.of());
    Instant before = backend().clock().instant();

    Instant deletion = kms().scheduleKeyDeletion(key.keyId(), 7);

    assertThat(deletion)
        .isAfterOrEqualTo(before.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(5)))
        .isBefore(before.plus(Duration.ofDays(8)));
    KmsKey pending = kms().describeKey(key.keyId());
    assertThat(pending.keyState()).isEqualTo(KmsKey.PENDING_DELETION);
    assertThat(pending.enabled()).isFalse();
    assertThat(pending.deletionDate()).isPresent();
    assertThat(Duration.between(pending.deletionDate().orElseThrow(), deletion).abs())
        .isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(kms().listKeys()).contains(key.keyId());
  }

  @Test
  void pendingDeletionKey_refusesAnotherScheduleAndANewPolicy() {
    assumeNo(KnownDeviation.KMS_DELETION_CHECKS_NOT_ENFORCED);
    KmsKey key = newKey(Map.of());
    kms().scheduleKeyDeletion(key.keyId(), 7);

    assertCloudError(
        () -> kms().scheduleKeyDeletion(key.keyId(), 7),
        ConflictException.class,
        "KMSInvalidStateException",
        400);
    assertCloudError(
        () -> kms().putKeyPolicy(key.keyId(), accountPolicy()),
        ConflictException.class,
        "KMSInvalidStateException",
        400);
  }

  @Test
  void scheduleKeyDeletion_windowOutside7To30Days_isAValidationError() {
    assumeNo(KnownDeviation.KMS_DELETION_CHECKS_NOT_ENFORCED);
    KmsKey key = newKey(Map.of());

    for (int days : List.of(6, 31)) {
      assertCloudError(
          () -> kms().scheduleKeyDeletion(key.keyId(), days),
          MalformedException.class,
          "ValidationException",
          400);
    }
    assertThat(kms().describeKey(key.keyId()).keyState()).isEqualTo(KmsKey.ENABLED);
  }

  @Test
  void aliases_nameOneKeyEach_areListedAndDeleted() {
    KmsKey key = newKey(Map.of());
    KmsKey other = newKey(Map.of());
    String alias = newAlias(key);

    Optional<KmsAlias> listed =
        kms().listAliases().stream().filter(a -> a.aliasName().equals(alias)).findFirst();
    assertThat(listed).isPresent();
    assertThat(listed.orElseThrow().targetKeyId()).contains(key.keyId());
    assertThat(listed.orElseThrow().aliasArn())
        .isEqualTo(key.arn().replace(":key/" + key.keyId(), ":" + alias));

    assertCloudError(
        () -> kms().createAlias(alias, other.keyId()),
        AlreadyExistsException.class,
        "AlreadyExistsException",
        400);

    kms().deleteAlias(alias);
    assertThat(kms().listAliases()).extracting(KmsAlias::aliasName).doesNotContain(alias);
    assertCloudError(
        () -> kms().deleteAlias(alias), NotFoundException.class, "NotFoundException", 400);
    assertCloudError(
        () -> kms().describeKey(alias), NotFoundException.class, "NotFoundException", 400);
  }

  @Test
  void createAlias_ofAMissingKey_isNotFound() {
    assertCloudError(
        () -> kms().createAlias("alias/" + unique("orphan"), UUID.randomUUID().toString()),
        NotFoundException.class,
        "NotFoundException",
        400);
  }

  @Test
  void tagResource_addsAndOverwritesTags() {
    KmsKey key = newKey(Map.of("a", "1"));

    kms().tagResource(key.keyId(), Map.of("a", "2", "b", "3"));

    assertThat(kms().listResourceTags(key.arn())).containsExactlyInAnyOrderEntriesOf(Map.of("a", "2", "b", "3"));
  }
}
