package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.spi.kms.KmsKey;
import java.time.Instant;
import java.util.LinkedHashMap;

/** A KMS key of one account in one region, as the state file keeps it. */
final class KeyRecord {
  String keyId;
  String arn;
  String accountId;
  Instant creationDate;
  String keyState = KmsKey.ENABLED;
  String description = "";
  String keyUsage = "ENCRYPT_DECRYPT";
  String keySpec = "SYMMETRIC_DEFAULT";
  String keyManager = KmsKey.CUSTOMER;
  String policy;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  Instant deletionDate;

  boolean pendingDeletion() {
    return KmsKey.PENDING_DELETION.equals(keyState);
  }

  KmsKey view() {
    return KmsKey.builder()
        .keyId(keyId)
        .arn(arn)
        .awsAccountId(accountId)
        .creationDate(creationDate)
        .keyState(keyState)
        .enabled(KmsKey.ENABLED.equals(keyState))
        .description(description)
        .keyUsage(keyUsage)
        .keySpec(keySpec)
        .keyManager(keyManager)
        .deletionDate(java.util.Optional.ofNullable(deletionDate))
        .build();
  }
}
