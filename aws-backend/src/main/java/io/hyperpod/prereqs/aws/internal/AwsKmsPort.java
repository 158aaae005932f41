package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * {@link KmsPort} on the SDK's KMS client; the client is made on the first call that needs it, so
 * a run whose spec has no customer managed key makes none. ListKeys, ListAliases and
 * ListResourceTags go through the SDK's paginators (KMS's {@code Marker}/{@code NextMarker}/{@code
 * Truncated}). CreateKey has no client token: {@link RetryPolicy} resends it only when throttled,
 * and the engine finds a key whose answer was lost by its tags before it creates another.
 *
 * <p>Every failure is a {@link io.hyperpod.prereqs.spi.CloudException} through {@link AwsErrors}
 * and the one table {@link io.hyperpod.prereqs.spi.ErrorKind}: KMS's {@code NotFoundException},
 * {@code AlreadyExistsException}, {@code MalformedPolicyDocumentException}, {@code
 * KMSInvalidStateException}, ... keep their codes and HTTP statuses.
 */
public final class AwsKmsPort implements KmsPort {
  private final Supplier<KmsClient> client;

  public AwsKmsPort(Supplier<KmsClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  @Override
  public KmsKey createKey(CreateKeyRequest request) {
    return key(
        AwsErrors.call(
            AwsCall.kms("CreateKey", "a key '" + request.description() + "'"),
            () ->
                kms().createKey(
                        r -> {
                          r.policy(request.policy())
                              .description(request.description())
                              .keyUsage(KeyUsageType.ENCRYPT_DECRYPT)
                              .keySpec(KeySpec.SYMMETRIC_DEFAULT)
                              .origin(OriginType.AWS_KMS);
                          if (!request.tags().isEmpty()) {
                            r.tags(sdkTags(request.tags()));
                          }
                        })
                    .keyMetadata()));
  }

  @Override
  public KmsKey describeKey(String keyId) {
    return key(
        AwsErrors.call(
            AwsCall.kms("DescribeKey", key(keyId)),
            () -> kms().describeKey(r -> r.keyId(keyId)).keyMetadata()));
  }

  @Override
  public String getKeyPolicy(String keyId) {
    return AwsErrors.call(
        AwsCall.kms("GetKeyPolicy", "the key policy of " + key(keyId)),
        () -> kms().getKeyPolicy(r -> r.keyId(keyId).policyName(DEFAULT_POLICY)).policy());
  }

  @Override
  public void putKeyPolicy(String keyId, String policy) {
    AwsErrors.run(
        AwsCall.kms("PutKeyPolicy", "the key policy of " + key(keyId)),
        () -> kms().putKeyPolicy(r -> r.keyId(keyId).policyName(DEFAULT_POLICY).policy(policy)));
  }

  @Override
  public Instant scheduleKeyDeletion(String keyId, int pendingWindowInDays) {
    return AwsErrors.call(
        AwsCall.kms(
            "ScheduleKeyDeletion", key(keyId) + " in " + pendingWindowInDays + " days"),
        () ->
            kms().scheduleKeyDeletion(
                    r -> r.keyId(keyId).pendingWindowInDays(pendingWindowInDays))
                .deletionDate());
  }

  @Override
  public void createAlias(String aliasName, String targetKeyId) {
    AwsErrors.run(
        AwsCall.kms("CreateAlias", "alias '" + aliasName + "' of " + key(targetKeyId)),
        () -> kms().createAlias(r -> r.aliasName(aliasName).targetKeyId(targetKeyId)));
  }

  @Override
  public void deleteAlias(String aliasName) {
    AwsErrors.run(
        AwsCall.kms("DeleteAlias", "alias '" + aliasName + "'"),
        () -> kms().deleteAlias(r -> r.aliasName(aliasName)));
  }

  @Override
  public List<KmsAlias> listAliases() {
    return AwsErrors.call(
        AwsCall.kms("ListAliases", "the region's aliases"),
        () ->
            kms().listAliasesPaginator(r -> {}).aliases().stream()
                .<KmsAlias>map(
                    a ->
                        KmsAlias.builder()
                            .aliasName(a.aliasName())
                            .aliasArn(orEmpty(a.aliasArn()))
                            .targetKeyId(Optional.ofNullable(a.targetKeyId()))
                            .build())
                .toList());
  }

  @Override
  public List<String> listKeys() {
    return AwsErrors.call(
        AwsCall.kms("ListKeys", "the region's keys"),
        () -> kms().listKeysPaginator(r -> {}).keys().stream().map(k -> k.keyId()).toList());
  }

  @Override
  public Map<String, String> listResourceTags(String keyId) {
    return AwsErrors.call(
        AwsCall.kms("ListResourceTags", "the tags of " + key(keyId)),
        () -> {
          Map<String, String> tags = new TreeMap<>();
          kms().listResourceTagsPaginator(r -> r.keyId(keyId)).tags()
              .forEach(t -> tags.put(t.tagKey(), orEmpty(t.tagValue())));
          return tags;
        });
  }

  @Override
  public void tagResource(String keyId, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    AwsErrors.run(
        AwsCall.kms("TagResource", "the tags of " + key(keyId)),
        () -> kms().tagResource(r -> r.keyId(keyId).tags(sdkTags(tags))));
  }

  private KmsClient kms() {
    return client.get();
  }

  /**
   * The port's key of KMS's KeyMetadata. AWS answers every field used here; a field a server
   * leaves out reads as empty (text), the epoch (creation date) or, for the key manager, {@link
   * KmsKey#CUSTOMER} (the keys a caller creates are its own).
   */
  private static KmsKey key(KeyMetadata m) {
    String state = orEmpty(m.keyStateAsString());
    return KmsKey.builder()
        .keyId(m.keyId())
        .arn(orEmpty(m.arn()))
        .awsAccountId(orEmpty(m.awsAccountId()))
        .creationDate(m.creationDate() == null ? Instant.EPOCH : m.creationDate())
        .keyState(state)
        .enabled(m.enabled() == null ? KmsKey.ENABLED.equals(state) : m.enabled())
        .description(orEmpty(m.description()))
        .keyUsage(orEmpty(m.keyUsageAsString()))
        .keySpec(orEmpty(m.keySpecAsString()))
        .keyManager(m.keyManagerAsString() == null ? KmsKey.CUSTOMER : m.keyManagerAsString())
        .deletionDate(Optional.ofNullable(m.deletionDate()))
        .build();
  }

  private static List<Tag> sdkTags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(t -> Tag.builder().tagKey(t.getKey()).tagValue(t.getValue()).build())
        .toList();
  }

  private static String key(String keyId) {
    return "key '" + keyId + "'";
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
