package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import org.junit.jupiter.api.Test;

class MultiAccountBucketTest {
  private final AwsSimulator aws = AwsSimulator.create();

  @Test
  void createBucket_againInUsEast1_isAccepted() {
    SimulatorBackend east = aws.backend("us-east-1");
    east.s3().createBucket("sagemaker-east");

    assertThatCode(() -> east.s3().createBucket("sagemaker-east")).doesNotThrowAnyException();
    assertThat(east.s3().listBuckets())
        .extracting(S3Bucket::name)
        .containsExactly("sagemaker-east");
  }

  @Test
  void createBucket_fromUsEast1ForABucketInUsWest2_failsWithBucketAlreadyOwnedByYou() {
    aws.backend("us-west-2").s3().createBucket("sagemaker-west");

    assertThatExceptionOfType(AlreadyExistsException.class)
        .isThrownBy(() -> aws.backend("us-east-1").s3().createBucket("sagemaker-west"))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("BucketAlreadyOwnedByYou"));
  }

  @Test
  void createBucket_ownedByAnotherAccountInUsEast1_failsWithBucketAlreadyExists() {
    aws.backend("us-east-1").s3().createBucket("sagemaker-taken");

    assertThatExceptionOfType(AlreadyExistsException.class)
        .isThrownBy(
            () -> aws.backend("210987654321", "us-east-1").s3().createBucket("sagemaker-taken"))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("BucketAlreadyExists"));
  }

  @Test
  void listBuckets_twoAccounts_eachSeesOnlyItsOwnAcrossRegions() {
    SimulatorBackend mineWest = aws.backend("us-west-2");
    SimulatorBackend mineEast = aws.backend("us-east-1");
    SimulatorBackend theirs = aws.backend("210987654321", "us-west-2");
    mineWest.s3().createBucket("sagemaker-b");
    mineEast.s3().createBucket("sagemaker-a");
    theirs.s3().createBucket("sagemaker-c");

    assertThat(mineWest.s3().listBuckets())
        .extracting(S3Bucket::name)
        .containsExactly("sagemaker-a", "sagemaker-b");
    assertThat(theirs.s3().listBuckets()).extracting(S3Bucket::name).containsExactly("sagemaker-c");
    assertThat(theirs.s3().headBucket("sagemaker-a")).isEqualTo(BucketAccess.OTHER_OWNER);
  }

  @Test
  void bucketPolicy_ofAnotherAccountsBucket_isAccessDenied() {
    aws.backend("us-west-2").s3().createBucket("sagemaker-mine");

    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(
            () -> aws.backend("210987654321", "us-west-2").s3().getBucketPolicy("sagemaker-mine"))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(403));
  }
}
