package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S3 objects: put, get, list by prefix across pages, delete, ETags. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class S3ObjectContract extends ContractGroup {
  protected S3ObjectContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void putObject_content_returnsMd5EtagAndSize() {
    String bucket = newBucket();

    S3ObjectInfo info = backend().s3().putObject(bucket, "hello.txt", bytes("hello"), "text/plain");

    assertThat(info.key()).isEqualTo("hello.txt");
    assertThat(info.etag()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(info.size()).isEqualTo(5);
  }

  @Test
  void getObject_afterPut_returnsTheContent() {
    String bucket = newBucket();
    backend().s3().putObject(bucket, "a/b.txt", bytes("content"), "text/plain");

    assertThat(backend().s3().getObject(bucket, "a/b.txt"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("content")));
  }

  @Test
  void putObject_sameKey_replacesTheContent() {
    String bucket = newBucket();
    backend().s3().putObject(bucket, "k", bytes("one"), null);

    backend().s3().putObject(bucket, "k", bytes("two"), null);

    assertThat(backend().s3().getObject(bucket, "k"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("two")));
    assertThat(backend().s3().listObjects(bucket, "")).hasSize(1);
  }

  @Test
  void headObject_afterPutWithMetadata_returnsItLowerCased_andAnOverwriteReplacesIt() {
    String bucket = newBucket();
    backend().s3().putObject(bucket, "k", bytes("one"), "text/plain",
        java.util.Map.of("Hyperpod-Prereqs-Stack", "demo"));

    S3ObjectInfo head = backend().s3().headObject(bucket, "k").orElseThrow();
    assertThat(head.metadata()).containsExactly(java.util.Map.entry("hyperpod-prereqs-stack",
        "demo"));
    assertThat(head.etag()).isEqualTo("f97c5d29941bfb1b2fdab0874906ab82");
    assertThat(head.size()).isEqualTo(3);
    assertThat(backend().s3().listObjects(bucket, "")).singleElement()
        .satisfies(o -> assertThat(o.metadata()).isEmpty());

    backend().s3().putObject(bucket, "k", bytes("two"), null);
    assertThat(backend().s3().headObject(bucket, "k").orElseThrow().metadata()).isEmpty();
  }

  @Test
  void headObject_missingKey_isEmpty() {
    String bucket = newBucket();

    assertThat(backend().s3().headObject(bucket, "nothing")).isEmpty();
  }

  @Test
  void getObject_missingKey_isEmpty() {
    String bucket = newBucket();

    assertThat(backend().s3().getObject(bucket, "nothing")).isEmpty();
  }

  @Test
  void getObject_missingBucket_failsWithNoSuchBucket() {
    assertCloudError(
        () -> backend().s3().getObject(uniqueBucket(), "k"),
        NotFoundException.class,
        "NoSuchBucket",
        404);
  }

  @Test
  void putObject_missingBucket_failsWithNoSuchBucket() {
    assertCloudError(
        () -> backend().s3().putObject(uniqueBucket(), "k", bytes("x"), null),
        NotFoundException.class,
        "NoSuchBucket",
        404);
  }

  @Test
  void listObjects_prefix_returnsMatchingKeysInKeyOrder() {
    String bucket = newBucket();
    for (String key :
        List.of(
            "hyperpod/lifecycle/z.sh",
            "other/x",
            "hyperpod/lifecycle/a.sh",
            "hyperpod/lifecycle/B.sh")) {
      backend().s3().putObject(bucket, key, bytes(key), null);
    }

    List<S3ObjectInfo> objects = backend().s3().listObjects(bucket, "hyperpod/lifecycle/");

    assertThat(objects)
        .extracting(S3ObjectInfo::key)
        .containsExactly(
            "hyperpod/lifecycle/B.sh", "hyperpod/lifecycle/a.sh", "hyperpod/lifecycle/z.sh");
  }

  @Test
  void listObjects_moreThanOnePage_returnsEveryObject() {
    String bucket = newBucket();
    for (int i = 0; i < 1005; i++) {
      backend().s3().putObject(bucket, String.format("k/%04d", i), new byte[] {1}, null);
    }

    assertThat(backend().s3().listObjects(bucket, "k/")).hasSize(1005);
  }

  @Test
  void deleteObject_existing_removesIt() {
    String bucket = newBucket();
    backend().s3().putObject(bucket, "k", bytes("x"), null);

    backend().s3().deleteObject(bucket, "k");

    assertThat(backend().s3().getObject(bucket, "k")).isEmpty();
  }

  @Test
  void deleteObject_missingKey_succeeds() {
    String bucket = newBucket();

    assertThatCode(() -> backend().s3().deleteObject(bucket, "nothing")).doesNotThrowAnyException();
  }
}
