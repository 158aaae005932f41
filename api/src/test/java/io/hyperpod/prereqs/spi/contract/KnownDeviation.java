package io.hyperpod.prereqs.spi.contract;

/**
 * A known way in which a backend (or the server behind it) differs from AWS. A backend's contract
 * test declares its deviations in {@link CloudBackendContractTest#knownDeviations()}; the tests
 * that would fail only because of them are skipped for it, and stay in force for every other
 * backend. The simulator declares none.
 */
public enum KnownDeviation {
  /** No AWS managed policies (moto unless {@code MOTO_IAM_LOAD_MANAGED_POLICIES=true}). */
  AWS_MANAGED_POLICIES_MISSING,
  /** IAM's LimitExceeded comes with HTTP 400 instead of AWS's 409 (moto). */
  IAM_LIMIT_EXCEEDED_STATUS_400,
  /** Policy size quotas (managed 6,144; inline per user 2,048; trust 2,048) are not enforced. */
  IAM_POLICY_SIZE_NOT_ENFORCED,
  /** Role trust policies are accepted without IAM's checks. */
  IAM_TRUST_POLICY_NOT_VALIDATED,
  /** IAM tag rules (50 per entity, key and value constraints, the reserved aws: prefix). */
  IAM_TAG_RULES_NOT_ENFORCED,
  /** A malformed policy ARN is not rejected with InvalidInput. */
  IAM_POLICY_ARN_NOT_VALIDATED,
  /** The quota of 10 managed policies per user and per role is not enforced. */
  IAM_ATTACHMENT_QUOTA_NOT_ENFORCED,
  /** IAM name constraints (pattern and length) are not enforced. */
  IAM_NAME_RULES_NOT_ENFORCED,
  /** Bucket policies are stored without S3's checks (moto). */
  S3_BUCKET_POLICY_NOT_VALIDATED,
  /** Bucket tag rules (50 tags, key and value constraints, the reserved aws: prefix). */
  S3_TAG_RULES_NOT_ENFORCED,
  /** Some bucket naming rules are not enforced. */
  S3_BUCKET_NAME_RULES_NOT_ENFORCED,
}
