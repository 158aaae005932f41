package io.hyperpod.prereqs.spi.kms;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A KMS key's metadata ({@code KeyMetadata} of CreateKey and DescribeKey). */
@Value.Immutable
@ValueStyle
public interface KmsKey {
  /** {@link #keyState()} of a key that can be used. */
  String ENABLED = "Enabled";

  /** {@link #keyState()} of a key that cannot be used until it is enabled again. */
  String DISABLED = "Disabled";

  /** {@link #keyState()} of a key scheduled for deletion. */
  String PENDING_DELETION = "PendingDeletion";

  /** {@link #keyManager()} of a key the account manages. */
  String CUSTOMER = "CUSTOMER";

  /** {@link #keyManager()} of an AWS managed key ({@code alias/aws/ebs}, ...). */
  String AWS = "AWS";

  /** {@return a UUID, e.g. {@code 1234abcd-12ab-34cd-56ef-1234567890ab}} */
  String keyId();

  /** {@return {@code arn:aws:kms:REGION:ACCOUNT:key/KEY-ID}} */
  String arn();

  /** {@return the account that owns the key ({@code AWSAccountId})} */
  String awsAccountId();

  /** {@return when the key was created} */
  Instant creationDate();

  /**
   * {@link #ENABLED}, {@link #DISABLED}, {@link #PENDING_DELETION}, {@code PendingImport}, ...
   *
   * @return the key's state
   */
  String keyState();

  /** {@return true when {@link #keyState()} is {@link #ENABLED}: the key can be used} */
  boolean enabled();

  /** {@return the key's description; empty when it has none} */
  String description();

  /**
   * {@code ENCRYPT_DECRYPT}, {@code SIGN_VERIFY}, ...
   *
   * @return what the key is for
   */
  String keyUsage();

  /**
   * {@code SYMMETRIC_DEFAULT}, {@code RSA_2048}, ...
   *
   * @return the key material's type
   */
  String keySpec();

  /** {@return who manages the key: {@link #CUSTOMER} or {@link #AWS}} */
  String keyManager();

  /** {@return when a {@link #PENDING_DELETION} key goes away} */
  Optional<Instant> deletionDate();

  /** {@return true when {@link #keyManager()} is {@link #CUSTOMER}} */
  default boolean customerManaged() {
    return CUSTOMER.equals(keyManager());
  }

  /** {@return a new builder} */
  static ImmutableKmsKey.Builder builder() {
    return ImmutableKmsKey.builder();
  }
}
