package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.Absent;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import io.hyperpod.prereqs.spi.s3.S3Port;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The simulator's S3 port: each method is one S3 operation through {@link S3Operations}. */
public final class SimulatedS3 implements S3Port {
  private static final String S3 = "s3";

  private final BackendContext context;

  public SimulatedS3(BackendContext context) {
    this.context = context;
  }

  @Override
  public List<S3Bucket> listBuckets() {
    return call(
        "ListBuckets",
        ops ->
            ops.listBuckets().stream()
                .map(b -> S3Bucket.of(b.name(), b.creationDate()))
                .collect(Collectors.toList()));
  }

  @Override
  public BucketAccess headBucket(String bucket) {
    return call("HeadBucket", ops -> ops.headBucket(bucket));
  }

  @Override
  public void createBucket(String bucket) {
    run("CreateBucket", ops -> ops.createBucket(bucket));
  }

  /** CreateBucket with tags: the bucket and its tags come into being in one call. */
  @Override
  public void createBucket(String bucket, Map<String, String> tags) {
    run("CreateBucket", ops -> {
      ops.createBucket(bucket);
      if (!tags.isEmpty()) {
        ops.putBucketTagging(bucket, tags);
      }
    });
  }

  @Override
  public void deleteBucket(String bucket) {
    run("DeleteBucket", ops -> ops.deleteBucket(bucket));
  }

  @Override
  public Map<String, String> getBucketTags(String bucket) {
    return Absent.when(
            "NoSuchTagSet", () -> call("GetBucketTagging", ops -> ops.getBucketTagging(bucket)))
        .orElse(Map.of());
  }

  @Override
  public void putBucketTags(String bucket, Map<String, String> tags) {
    run("PutBucketTagging", ops -> ops.putBucketTagging(bucket, tags));
  }

  @Override
  public Optional<String> getBucketPolicy(String bucket) {
    return Absent.when(
        "NoSuchBucketPolicy", () -> call("GetBucketPolicy", ops -> ops.getBucketPolicy(bucket)));
  }

  @Override
  public void putBucketPolicy(String bucket, String document) {
    run("PutBucketPolicy", ops -> ops.putBucketPolicy(bucket, document));
  }

  @Override
  public void deleteBucketPolicy(String bucket) {
    run("DeleteBucketPolicy", ops -> ops.deleteBucketPolicy(bucket));
  }

  @Override
  public List<S3ObjectInfo> listObjects(String bucket, String prefix) {
    return call(
        "ListObjectsV2",
        ops ->
            ops.listObjects(bucket, prefix).stream()
                .map(SimulatedS3::info)
                .collect(Collectors.toList()));
  }

  @Override
  public S3ObjectInfo putObject(String bucket, String key, byte[] content, String contentType,
      Map<String, String> metadata) {
    return call("PutObject",
        ops -> info(ops.putObject(bucket, key, content, contentType, metadata)));
  }

  @Override
  public Optional<S3ObjectInfo> headObject(String bucket, String key) {
    return Absent.when("NoSuchKey", () -> call("HeadObject", ops -> {
      ObjectRecord object = ops.getObject(bucket, key);
      return S3ObjectInfo.builder().from(info(object)).metadata(object.metadata()).build();
    }));
  }

  @Override
  public S3ObjectInfo putObjectIf(
      String bucket, String key, byte[] content, String contentType, Optional<String> ifMatch) {
    return call("PutObject",
        ops -> info(ops.putObjectIf(bucket, key, content, contentType, ifMatch.orElse(null))));
  }

  @Override
  public Optional<byte[]> getObject(String bucket, String key) {
    return Absent.when(
        "NoSuchKey", () -> call("GetObject", ops -> ops.getObject(bucket, key).content()));
  }

  @Override
  public void deleteObject(String bucket, String key) {
    run("DeleteObject", ops -> ops.deleteObject(bucket, key));
  }

  private static S3ObjectInfo info(ObjectRecord object) {
    return S3ObjectInfo.builder()
        .key(object.key())
        .etag(object.etag())
        .size(object.size())
        .lastModified(object.lastModified())
        .build();
  }

  private <T> T call(String operation, Function<S3Operations, T> action) {
    return context.call(S3, operation, () -> action.apply(new S3Operations(context)));
  }

  private void run(String operation, Consumer<S3Operations> action) {
    context.run(S3, operation, () -> action.accept(new S3Operations(context)));
  }
}
