package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * S3 bucket tags: the tag set as a whole, reserved keys. Part of {@link CloudBackendContractTest}.
 */
public abstract class S3BucketTagContract extends ContractGroup {
  protected S3BucketTagContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void getBucketTags_none_isEmpty() {
    assertThat(backend().s3().getBucketTags(newBucket())).isEmpty();
  }

  @Test
  void putBucketTags_thenGet_returnsThem() {
    String bucket = newBucket();

    backend().s3().putBucketTags(bucket, Map.of("hyperpod-prereqs:stack", "demo", "team", "ml"));

    assertThat(backend().s3().getBucketTags(bucket))
        .containsOnly(Map.entry("hyperpod-prereqs:stack", "demo"), Map.entry("team", "ml"));
  }

  @Test
  void putBucketTags_again_replacesTheWholeSet() {
    String bucket = newBucket();
    backend().s3().putBucketTags(bucket, Map.of("a", "1", "b", "2"));

    backend().s3().putBucketTags(bucket, Map.of("c", "3"));

    assertThat(backend().s3().getBucketTags(bucket)).containsOnly(Map.entry("c", "3"));
  }

  @Test
  void putBucketTags_awsPrefix_failsWithInvalidTag() {
    String bucket = newBucket();

    assertCloudError(
        () -> backend().s3().putBucketTags(bucket, Map.of("aws:team", "ml")),
        MalformedException.class,
        "InvalidTag",
        400);
  }

  @Test
  void getBucketTags_missingBucket_failsWithNoSuchBucket() {
    assertCloudError(
        () -> backend().s3().getBucketTags(uniqueBucket()),
        NotFoundException.class,
        "NoSuchBucket",
        404);
  }
}
