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
   *
   * @param request the key's description, policy and tags
   * @return the new key, with its id (a UUID) and ARN
   * @throws io.hyperpod.prereqs.spi.MalformedException (MalformedPolicyDocumentException) for a
   *     policy KMS refuses
   */
  KmsKey createKey(CreateKeyRequest request);

  /**
   * DescribeKey. NotFoundException when there is no such key or alias.
   *
   * @param keyId a key id, key ARN, alias name ({@code alias/...}) or alias ARN
   * @return the key's id, ARN, state and manager
   * @throws io.hyperpod.prereqs.spi.NotFoundException when there is no such key or alias
   */
  KmsKey describeKey(String keyId);

  /**
   * GetKeyPolicy of the {@link #DEFAULT_POLICY} policy: the policy document's JSON.
   *
   * @param keyId a key id, key ARN, alias name or alias ARN
   * @return the key policy, JSON
   */
  String getKeyPolicy(String keyId);

  /**
   * PutKeyPolicy of the {@link #DEFAULT_POLICY} policy. MalformedPolicyDocumentException as
   * {@link #createKey}.
   *
   * @param keyId a key id or key ARN
   * @param policy the new key policy, JSON
   */
  void putKeyPolicy(String keyId, String policy);

  /**
   * ScheduleKeyDeletion: the key becomes {@code PendingDeletion} and is deleted after 7 to 30
   * days; answers the deletion date. KMSInvalidStateException when it is already pending.
   *
   * @param keyId a key id or key ARN
   * @param pendingWindowInDays the waiting period, 7 to 30 days
   * @return the instant the key will be deleted
   */
  Instant scheduleKeyDeletion(String keyId, int pendingWindowInDays);

  /**
   * CreateAlias: {@code alias/...} names the key. AlreadyExistsException when the alias is taken.
   *
   * @param aliasName the alias, {@code alias/} and a name
   * @param targetKeyId the key's id or ARN
   */
  void createAlias(String aliasName, String targetKeyId);

  /**
   * DeleteAlias. NotFoundException when there is no such alias.
   *
   * @param aliasName the alias, {@code alias/} and a name
   */
  void deleteAlias(String aliasName);

  /**
   * {@return ListAliases, every page: the region's aliases, AWS managed ones ({@code
   * alias/aws/...}) included}
   */
  List<KmsAlias> listAliases();

  /**
   * {@return ListKeys, every page: the key ids of the region's keys, pending deletion ones
   * included}
   */
  List<String> listKeys();

  /**
   * ListResourceTags, every page: the key's tags.
   *
   * @param keyId a key id or key ARN
   * @return the key's tags; empty when it has none
   */
  Map<String, String> listResourceTags(String keyId);

  /**
   * TagResource: adds or overwrites tags of a key.
   *
   * @param keyId a key id or key ARN
   * @param tags the tags to set
   */
  void tagResource(String keyId, Map<String, String> tags);
}
