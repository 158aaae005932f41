package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import org.junit.jupiter.api.Test;

/** S3 bucket policies: put, get, delete, S3's checks. Part of {@link CloudBackendContractTest}. */
public abstract class S3BucketPolicyContract extends ContractGroup {
  protected S3BucketPolicyContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void getBucketPolicy_none_isEmpty() {
    assertThat(backend().s3().getBucketPolicy(newBucket())).isEmpty();
  }

  @Test
  void putBucketPolicy_valid_isReturned() {
    String bucket = newBucket();
    String policy = vpceOnlyBucketPolicy(bucket);

    backend().s3().putBucketPolicy(bucket, policy);

    assertThat(backend().s3().getBucketPolicy(bucket))
        .hasValueSatisfying(p -> assertSameJson(p, policy));
  }

  @Test
  void deleteBucketPolicy_existing_removesIt() {
    String bucket = newBucket();
    backend().s3().putBucketPolicy(bucket, vpceOnlyBucketPolicy(bucket));

    backend().s3().deleteBucketPolicy(bucket);

    assertThat(backend().s3().getBucketPolicy(bucket)).isEmpty();
  }

  @Test
  void deleteBucketPolicy_none_succeeds() {
    String bucket = newBucket();

    assertThatCode(() -> backend().s3().deleteBucketPolicy(bucket)).doesNotThrowAnyException();
  }

  @Test
  void putBucketPolicy_notJson_failsWithMalformedPolicy() {
    assumeNo(KnownDeviation.S3_BUCKET_POLICY_NOT_VALIDATED);
    String bucket = newBucket();

    assertCloudError(
        () -> backend().s3().putBucketPolicy(bucket, "{not json"),
        MalformedException.class,
        "MalformedPolicy",
        400);
  }

  @Test
  void putBucketPolicy_resourceOfAnotherBucket_failsWithMalformedPolicy() {
    assumeNo(KnownDeviation.S3_BUCKET_POLICY_NOT_VALIDATED);
    String bucket = newBucket();

    assertCloudError(
        () -> backend().s3().putBucketPolicy(bucket, vpceOnlyBucketPolicy(uniqueBucket())),
        MalformedException.class,
        "MalformedPolicy",
        400);
    assertThat(backend().s3().getBucketPolicy(bucket)).isEmpty();
  }

  @Test
  void getBucketPolicy_missingBucket_failsWithNoSuchBucket() {
    assertCloudError(
        () -> backend().s3().getBucketPolicy(uniqueBucket()),
        NotFoundException.class,
        "NoSuchBucket",
        404);
  }
}
