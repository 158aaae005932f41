package io.hyperpod.prereqs.spi.s3;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** S3, for the lifecycle-script bucket. Buckets are created in the backend's region. */
public interface S3Port {
  /** {@return the buckets the caller's account owns} */
  List<S3Bucket> listBuckets();

  BucketAccess headBucket(String bucket);

  /**
   * Fails with BucketAlreadyExists (another account) or BucketAlreadyOwnedByYou
   * (AlreadyExistsException both), InvalidBucketName (MalformedException).
   */
  void createBucket(String bucket);

  /**
   * CreateBucket with these tags in its CreateBucketConfiguration, so that the bucket is never
   * there untagged (a crash between CreateBucket and PutBucketTagging would leave a bucket no run
   * could tell from one someone else made). A backend whose server ignores tags at creation tags
   * the bucket right after. Fails as {@link #createBucket(String)}.
   */
  default void createBucket(String bucket, Map<String, String> tags) {
    createBucket(bucket);
    putBucketTags(bucket, tags);
  }

  /** Fails with BucketNotEmpty (DependencyViolationException). */
  void deleteBucket(String bucket);

  Map<String, String> getBucketTags(String bucket);

  void putBucketTags(String bucket, Map<String, String> tags);

  Optional<String> getBucketPolicy(String bucket);

  void putBucketPolicy(String bucket, String document);

  void deleteBucketPolicy(String bucket);

  /** All objects under the prefix, every page. */
  List<S3ObjectInfo> listObjects(String bucket, String prefix);

  default S3ObjectInfo putObject(String bucket, String key, byte[] content, String contentType) {
    return putObject(bucket, key, content, contentType, Map.of());
  }

  /**
   * Puts the object with user metadata ({@code x-amz-meta-NAME} headers; names lower case, values
   * US-ASCII), which S3 keeps with the object until it is overwritten.
   */
  S3ObjectInfo putObject(String bucket, String key, byte[] content, String contentType,
      Map<String, String> metadata);

  /** The object's metadata, user metadata included (HeadObject); empty when the key is absent. */
  Optional<S3ObjectInfo> headObject(String bucket, String key);

  /**
   * PutObject with a condition, for an advisory lock: with {@code ifMatch} empty, only when the
   * key does not exist (If-None-Match: *); otherwise only when the object's ETag is {@code
   * ifMatch} (If-Match). Fails with PreconditionFailed (412, {@link
   * io.hyperpod.prereqs.spi.ConflictException}) when the condition does not hold.
   */
  S3ObjectInfo putObjectIf(
      String bucket, String key, byte[] content, String contentType, Optional<String> ifMatch);

  Optional<byte[]> getObject(String bucket, String key);

  void deleteObject(String bucket, String key);
}
