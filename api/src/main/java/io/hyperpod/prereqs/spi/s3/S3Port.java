package io.hyperpod.prereqs.spi.s3;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** S3, for the lifecycle-script bucket. Buckets are created in the backend's region. */
public interface S3Port {
  /** {@return the buckets the caller's account owns} */
  List<S3Bucket> listBuckets();

  /**
   * HeadBucket: whether the bucket exists and who owns it, as far as the caller can tell.
   *
   * @param bucket the bucket's name
   * @return whether the caller's account owns the bucket, another account does, or no bucket has
   *     the name
   */
  BucketAccess headBucket(String bucket);

  /**
   * Fails with BucketAlreadyExists (another account) or BucketAlreadyOwnedByYou
   * (AlreadyExistsException both), InvalidBucketName (MalformedException).
   *
   * @param bucket the bucket's name, 3 to 63 characters of {@code [a-z0-9.-]}
   */
  void createBucket(String bucket);

  /**
   * CreateBucket with these tags in its CreateBucketConfiguration, so that the bucket is never
   * there untagged (a crash between CreateBucket and PutBucketTagging would leave a bucket no run
   * could tell from one someone else made). A backend whose server ignores tags at creation tags
   * the bucket right after. Fails as {@link #createBucket(String)}.
   *
   * @param bucket the bucket's name, 3 to 63 characters of {@code [a-z0-9.-]}
   * @param tags the bucket's tags
   */
  default void createBucket(String bucket, Map<String, String> tags) {
    createBucket(bucket);
    putBucketTags(bucket, tags);
  }

  /**
   * Fails with BucketNotEmpty (DependencyViolationException).
   *
   * @param bucket the bucket's name
   */
  void deleteBucket(String bucket);

  /**
   * GetBucketTagging.
   *
   * @param bucket the bucket's name
   * @return the bucket's tags; empty when it has none
   * @throws io.hyperpod.prereqs.spi.NotFoundException (NoSuchBucket) when there is no such bucket
   */
  Map<String, String> getBucketTags(String bucket);

  /**
   * PutBucketTagging: replaces every tag of the bucket.
   *
   * @param bucket the bucket's name
   * @param tags the bucket's new tags
   */
  void putBucketTags(String bucket, Map<String, String> tags);

  /**
   * GetBucketPolicy.
   *
   * @param bucket the bucket's name
   * @return the bucket policy, JSON; empty when the bucket has none
   */
  Optional<String> getBucketPolicy(String bucket);

  /**
   * PutBucketPolicy: replaces the bucket's policy.
   *
   * @param bucket the bucket's name
   * @param document the policy document, JSON
   * @throws io.hyperpod.prereqs.spi.MalformedException (MalformedPolicy) for a bad document
   */
  void putBucketPolicy(String bucket, String document);

  /**
   * DeleteBucketPolicy; no error when the bucket has none.
   *
   * @param bucket the bucket's name
   */
  void deleteBucketPolicy(String bucket);

  /**
   * All objects under the prefix, every page.
   *
   * @param bucket the bucket's name
   * @param prefix the key prefix, e.g. {@code hyperpod/lifecycle/}; empty for every object
   * @return the objects' keys, sizes and ETags, in key order
   */
  List<S3ObjectInfo> listObjects(String bucket, String prefix);

  /**
   * PutObject without user metadata.
   *
   * @param bucket the bucket's name
   * @param key the object's key
   * @param content the object's bytes
   * @param contentType its {@code Content-Type}, e.g. {@code text/x-shellscript}
   * @return the stored object's key, size and ETag
   */
  default S3ObjectInfo putObject(String bucket, String key, byte[] content, String contentType) {
    return putObject(bucket, key, content, contentType, Map.of());
  }

  /**
   * Puts the object with user metadata ({@code x-amz-meta-NAME} headers; names lower case, values
   * US-ASCII), which S3 keeps with the object until it is overwritten.
   *
   * @param bucket the bucket's name
   * @param key the object's key
   * @param content the object's bytes
   * @param contentType its {@code Content-Type}
   * @param metadata the user metadata, names without the {@code x-amz-meta-} prefix
   * @return the stored object's key, size and ETag
   */
  S3ObjectInfo putObject(String bucket, String key, byte[] content, String contentType,
      Map<String, String> metadata);

  /**
   * The object's metadata, user metadata included (HeadObject); empty when the key is absent.
   *
   * @param bucket the bucket's name
   * @param key the object's key
   * @return the object's size, ETag and user metadata, or empty
   */
  Optional<S3ObjectInfo> headObject(String bucket, String key);

  /**
   * PutObject with a condition, for an advisory lock: with {@code ifMatch} empty, only when the
   * key does not exist (If-None-Match: *); otherwise only when the object's ETag is {@code
   * ifMatch} (If-Match). Fails with PreconditionFailed (412, {@link
   * io.hyperpod.prereqs.spi.ConflictException}) when the condition does not hold.
   *
   * @param bucket the bucket's name
   * @param key the object's key
   * @param content the object's bytes
   * @param contentType its {@code Content-Type}
   * @param ifMatch the ETag the object must have; empty for "must not exist"
   * @return the stored object's key, size and new ETag
   */
  S3ObjectInfo putObjectIf(
      String bucket, String key, byte[] content, String contentType, Optional<String> ifMatch);

  /**
   * GetObject.
   *
   * @param bucket the bucket's name
   * @param key the object's key
   * @return the object's bytes; empty when the key is absent
   */
  Optional<byte[]> getObject(String bucket, String key);

  /**
   * DeleteObject; no error when the key is absent.
   *
   * @param bucket the bucket's name
   * @param key the object's key
   */
  void deleteObject(String bucket, String key);
}
