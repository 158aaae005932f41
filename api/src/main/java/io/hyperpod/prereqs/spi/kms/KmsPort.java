package io.hyperpod.prereqs.spi.kms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * AWS KMS in the backend's region, for the customer managed keys that encrypt an instance group's
 * root and secondary EBS volumes. Each method is one KMS operation (the JSON 1.1 protocol's {@code
 * TrentService.*} targets) and fails with {@link io.hyperpod.prereqs.spi.CloudException}s
 * carrying KMS's error codes: {@code NotFoundException} (NotFoundException), {@code
 * AlreadyExistsException} (AlreadyExistsException), {@code MalformedPolicyDocumentException},
 * {@code ValidationException} and {@code InvalidArnException} (MalformedException), {@code
 * KMSInvalidStateException} (ConflictException), {@code AccessDeniedException}.
 *
 * <p>A key is named by its key id (a UUID), its key ARN, an alias name ({@code alias/...}) or an
 * alias ARN wherever a method takes {@code keyId}, as KMS allows.
 */
public interface KmsPort {
  /** The only key policy name KMS has. */
  String DEFAULT_POLICY = "default";

  /**
   * CreateKey of a symmetric encryption key ({@code SYMMETRIC_DEFAULT}, {@code ENCRYPT_DECRYPT},
   * origin {@code AWS_KMS}) with this key policy and tags. Fails with
   * MalformedPolicyDocumentException when the policy is not a valid policy or would not let the
   * caller change it later (KMS's lockout safety check).
   */
  KmsKey createKey(CreateKeyRequest request);

  /** DescribeKey. NotFoundException when there is no such key or alias. */
  KmsKey describeKey(String keyId);

  /** GetKeyPolicy of the {@link #DEFAULT_POLICY} policy: the policy document's JSON. */
  String getKeyPolicy(String keyId);

  /**
   * PutKeyPolicy of the {@link #DEFAULT_POLICY} policy. MalformedPolicyDocumentException as
   * {@link #createKey}.
   */
  void putKeyPolicy(String keyId, String policy);

  /**
   * ScheduleKeyDeletion: the key becomes {@code PendingDeletion} and is deleted after 7 to 30
   * days; answers the deletion date. KMSInvalidStateException when it is already pending.
   */
  Instant scheduleKeyDeletion(String keyId, int pendingWindowInDays);

  /** CreateAlias: {@code alias/...} names the key. AlreadyExistsException when the alias is taken. */
  void createAlias(String aliasName, String targetKeyId);

  /** DeleteAlias. NotFoundException when there is no such alias. */
  void deleteAlias(String aliasName);

  /**
   * {@return listAliases, every page: the region's aliases, AWS managed ones ({@code
   * alias/aws/...}) included}
   */
  List<KmsAlias> listAliases();

  /**
   * {@return listKeys, every page: the key ids of the region's keys, pending deletion ones
   * included}
   */
  List<String> listKeys();

  /** ListResourceTags, every page: the key's tags. */
  Map<String, String> listResourceTags(String keyId);

  /** TagResource: adds or overwrites tags of a key. */
  void tagResource(String keyId, Map<String, String> tags);
}
