package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S3 buckets: create, head, delete, naming rules, ownership in the caller's account. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class S3BucketContract extends ContractGroup {
  protected S3BucketContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createBucket_newName_isListedAndOwned() {
    String bucket = uniqueBucket();

    backend().s3().createBucket(bucket);

    assertThat(backend().s3().listBuckets()).extracting(S3Bucket::name).contains(bucket);
    assertThat(backend().s3().headBucket(bucket)).isEqualTo(BucketAccess.OWNED);
  }

  @Test
  void headBucket_missing_isNotFound() {
    assertThat(backend().s3().headBucket(uniqueBucket())).isEqualTo(BucketAccess.NOT_FOUND);
  }

  @Test
  void createBucket_alreadyOwned_failsOutsideUsEast1AndIsAcceptedInUsEast1() {
    String bucket = newBucket();

    if (backend().account().region().equals("us-east-1")) {
      assertThatCode(() -> backend().s3().createBucket(bucket)).doesNotThrowAnyException();
    } else {
      assertCloudError(
          () -> backend().s3().createBucket(bucket),
          AlreadyExistsException.class,
          "BucketAlreadyOwnedByYou",
          409);
    }
  }

  @Test
  void createBucket_invalidNames_failWithInvalidBucketName() {
    List<String> names =
        List.of(
            "ab",
            "b".repeat(64),
            "Upper-case-" + RUN,
            "under_score-" + RUN,
            "-starts-with-dash-" + RUN,
            "ends-with-dash-" + RUN + "-",
            "two..periods-" + RUN,
            "192.168.10.20");

    for (String name : names) {
      assertCloudError(
          () -> backend().s3().createBucket(name),
          MalformedException.class,
          "InvalidBucketName",
          400);
    }
  }

  @Test
  void createBucket_reservedPrefixOrSuffix_failsWithInvalidBucketName() {
    assumeNo(KnownDeviation.S3_BUCKET_NAME_RULES_NOT_ENFORCED);

    for (String name : List.of("xn--" + RUN, RUN + "-s3alias")) {
      assertCloudError(
          () -> backend().s3().createBucket(name),
          MalformedException.class,
          "InvalidBucketName",
          400);
    }
  }

  @Test
  void deleteBucket_empty_removesIt() {
    String bucket = newBucket();

    backend().s3().deleteBucket(bucket);

    assertThat(backend().s3().headBucket(bucket)).isEqualTo(BucketAccess.NOT_FOUND);
    assertThat(backend().s3().listBuckets()).extracting(S3Bucket::name).doesNotContain(bucket);
  }

  @Test
  void deleteBucket_withObject_failsWithBucketNotEmpty() {
    String bucket = newBucket();
    backend().s3().putObject(bucket, "lifecycle/on_create.sh", bytes("#!/bin/bash"), "text/x-sh");

    assertCloudError(
        () -> backend().s3().deleteBucket(bucket),
        DependencyViolationException.class,
        "BucketNotEmpty",
        409);
  }

  @Test
  void deleteBucket_missing_failsWithNoSuchBucket() {
    assertCloudError(
        () -> backend().s3().deleteBucket(uniqueBucket()),
        NotFoundException.class,
        "NoSuchBucket",
        404);
  }
}
