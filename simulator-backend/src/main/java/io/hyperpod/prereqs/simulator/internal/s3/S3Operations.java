package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * S3's operations with AWS's semantics, for the backend's account and region, on the partition-wide
 * {@link S3Store}. Checks come before changes. Use inside a {@link BackendContext#call}; the
 * simulator's HTTP front calls these too.
 */
public final class S3Operations {
  /** What S3 stores as the content type when a PUT names none. */
  public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  /** S3 lists keys in the order of their UTF-8 bytes. */
  private static final Comparator<String> UTF8_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private static final String US_EAST_1 = "us-east-1";

  private final BackendContext context;
  private final S3Store store;

  public S3Operations(BackendContext context) {
    this.context = context;
    this.store = context.state().s3();
  }

  public List<BucketRecord> listBuckets() {
    return store.ownedBy(context.accountId());
  }

  public BucketAccess headBucket(String name) {
    return store
        .bucket(name)
        .map(
            b ->
                b.ownerAccountId.equals(context.accountId())
                    ? BucketAccess.OWNED
                    : BucketAccess.OTHER_OWNER)
        .orElse(BucketAccess.NOT_FOUND);
  }

  /**
   * Creates the bucket in the backend's region. Creating a bucket one already owns is
   * BucketAlreadyOwnedByYou, except in us-east-1, where S3 answers 200 as it always did.
   */
  public BucketRecord createBucket(String name) {
    return createBucket(name, context.region());
  }

  /**
   * Creates the bucket in the region its location constraint names (the HTTP front has checked the
   * constraint against the endpoint's region), with the same rules as {@link #createBucket(String)}.
   */
  public BucketRecord createBucket(String name, String region) {
    BucketNames.check(name);
    BucketRecord existing = store.bucket(name).orElse(null);
    if (existing != null) {
      if (!existing.ownerAccountId.equals(context.accountId())) {
        throw AwsError.S3_BUCKET_ALREADY_EXISTS.exception(
            "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
            "The requested bucket name is not available. The bucket namespace is shared by all"
                + " users of the system. Please select a different name and try again. (bucket "
                + name
                + ")");
      }
      if (US_EAST_1.equals(region) && US_EAST_1.equals(existing.region)) {
        return existing;
      }
      throw AwsError.S3_BUCKET_ALREADY_OWNED_BY_YOU.exception(
          "Your previous request to create the named bucket succeeded and you already own it.",
          "Your previous request to create the named bucket succeeded and you already own it."
              + " (bucket "
              + name
              + " in "
              + existing.region
              + ")");
    }
    BucketRecord bucket = new BucketRecord(name, context.accountId(), region, context.now());
    store.put(bucket);
    return bucket;
  }

  /**
   * {@link #createBucket(String, String)} with the request's tags (checked first), and its location
   * constraint when that is not the region's own name (S3's legacy {@code EU} for eu-west-1), which
   * GetBucketLocation answers.
   */
  public BucketRecord createBucket(
      String name, String region, String constraint, Map<String, String> tags) {
    S3Inputs.bucketTags(tags);
    BucketRecord bucket = createBucket(name, region);
    if (constraint != null && !constraint.equals(region)) {
      bucket.locationConstraint = constraint;
    }
    if (!tags.isEmpty()) {
      bucket.tags = new LinkedHashMap<>(tags);
    }
    return bucket;
  }

  public void deleteBucket(String name) {
    BucketRecord bucket = ownedBucket(name);
    if (!bucket.objects.isEmpty() || !bucket.versions.isEmpty()) {
      throw AwsError.S3_BUCKET_NOT_EMPTY.exception(
          "The bucket you tried to delete is not empty",
          "The bucket you tried to delete is not empty. (bucket "
              + name
              + " holds "
              + bucket.objects.size()
              + " objects; delete them first)");
    }
    store.remove(name);
  }

  /**
   * The bucket, if the caller's account owns it.
   *
   * @throws CloudException NoSuchBucket when no bucket has the name, AccessDenied when another
   *     account owns it
   */
  public BucketRecord ownedBucket(String name) {
    BucketRecord bucket =
        store
            .bucket(name)
            .orElseThrow(
                () ->
                    AwsError.S3_NO_SUCH_BUCKET.exception(
                        "The specified bucket does not exist",
                        "The specified bucket does not exist (bucket " + name + ")"));
    if (!bucket.ownerAccountId.equals(context.accountId())) {
      throw AwsError.S3_ACCESS_DENIED.exception(
          "Access Denied",
          "Access Denied (bucket " + name + " belongs to another account)");
    }
    return bucket;
  }

  /** The bucket's tags; NoSuchTagSet when it has none. */
  public Map<String, String> getBucketTagging(String name) {
    BucketRecord bucket = ownedBucket(name);
    if (bucket.tags.isEmpty()) {
      throw AwsError.S3_NO_SUCH_TAG_SET.exception(
          "The TagSet does not exist",
          "The TagSet does not exist (bucket " + name + ")");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(bucket.tags));
  }

  /** Replaces the bucket's tag set; an empty map removes it. */
  public void putBucketTagging(String name, Map<String, String> tags) {
    BucketRecord bucket = ownedBucket(name);
    S3Inputs.bucketTags(tags);
    bucket.tags = new LinkedHashMap<>(tags);
  }

  public void deleteBucketTagging(String name) {
    ownedBucket(name).tags.clear();
  }

  /** The bucket's policy; NoSuchBucketPolicy when it has none. */
  public String getBucketPolicy(String name) {
    BucketRecord bucket = ownedBucket(name);
    if (bucket.policy == null) {
      throw AwsError.S3_NO_SUCH_BUCKET_POLICY.exception(
          "The bucket policy does not exist",
          "The bucket policy does not exist (bucket " + name + ")");
    }
    return bucket.policy;
  }

  public void putBucketPolicy(String name, String document) {
    BucketRecord bucket = ownedBucket(name);
    BucketPolicies.check(name, document);
    bucket.policy = document;
  }

  /** Removes the policy; a bucket without one is fine. */
  public void deleteBucketPolicy(String name) {
    ownedBucket(name).policy = null;
  }

  /** Every object whose key starts with the prefix, in S3's key order. */
  public List<ObjectRecord> listObjects(String name, String prefix) {
    String p = prefix == null ? "" : prefix;
    return ownedBucket(name).objects.values().stream()
        .filter(o -> o.key.startsWith(p))
        .sorted(Comparator.comparing(ObjectRecord::key, UTF8_ORDER))
        .collect(Collectors.toList());
  }

  public ObjectRecord putObject(String name, String key, byte[] content, String contentType) {
    return putObject(name, key, content, contentType, Map.of());
  }

  /** Puts the object with its user metadata (names lower case, as S3 keeps them). */
  public ObjectRecord putObject(String name, String key, byte[] content, String contentType,
      Map<String, String> metadata) {
    BucketRecord bucket = ownedBucket(name);
    S3Inputs.objectKey(key);
    ObjectRecord object =
        new ObjectRecord(
            key,
            content.clone(),
            md5Hex(content),
            contentType == null || contentType.isEmpty() ? DEFAULT_CONTENT_TYPE : contentType,
            context.now());
    ObjectCopies.setMetadata(object, S3Inputs.userMetadata(metadata));
    ObjectVersions.onPut(bucket, object, context.ids());
    bucket.objects.put(key, object);
    return object;
  }

  /**
   * PutObject with If-None-Match: * (ifMatch null) or If-Match: ETAG; PreconditionFailed (412)
   * when the key exists, or when its ETag is another (or it is missing).
   */
  public ObjectRecord putObjectIf(
      String name, String key, byte[] content, String contentType, String ifMatch) {
    ObjectRecord existing = ownedBucket(name).objects.get(key);
    boolean holds = ifMatch == null ? existing == null
        : existing != null && existing.etag().equals(ifMatch.replace("\"", ""));
    if (!holds) {
      throw AwsError.S3_PRECONDITION_FAILED.exception(
          "At least one of the pre-conditions you specified did not hold");
    }
    return putObject(name, key, content, contentType);
  }

  /** Keeps the flexible checksum ({@code CRC32}, base64 value) the client sent with the upload. */
  public static void recordChecksum(ObjectRecord object, String algorithm, String value) {
    object.checksumAlgorithm = algorithm;
    object.checksum = value;
  }

  /** The object; NoSuchKey when the bucket has no such key. */
  public ObjectRecord getObject(String name, String key) {
    ObjectRecord object = ownedBucket(name).objects.get(key);
    if (object == null) {
      throw AwsError.S3_NO_SUCH_KEY.exception(
          "The specified key does not exist.",
          "The specified key does not exist. (s3://" + name + "/" + key + ")");
    }
    return object;
  }

  /** Deletes the object; deleting a key that is not there succeeds, as in S3. */
  public void deleteObject(String name, String key) {
    deleteObject(name, key, null);
  }

  /**
   * Deletes the object (a delete marker in a versioned bucket) or, with a version id, that version
   * ({@link ObjectVersions}).
   */
  public ObjectVersions.Deletion deleteObject(String name, String key, String versionId) {
    return ObjectVersions.delete(ownedBucket(name), key, versionId, context.ids(), context.now());
  }

  /** DeleteObjects' check of one entry's version id: false when no such version is there. */
  public boolean versionExists(String name, String key, String versionId) {
    return ObjectVersions.exists(ownedBucket(name), key, versionId);
  }

  /** One version of the object ({@link ObjectVersions#find}); the current one when null. */
  public ObjectRecord getObject(String name, String key, String versionId, String method) {
    return versionId == null
        ? getObject(name, key)
        : ObjectVersions.find(ownedBucket(name), key, versionId, method);
  }

  /** PutBucketVersioning: Enabled or Suspended (the HTTP front checked the document). */
  public void putBucketVersioning(String name, String status) {
    ObjectVersions.configure(ownedBucket(name), status);
  }

  /** Every version and delete marker under the prefix: by key, newest first within a key. */
  public List<ObjectRecord> listObjectVersions(String name, String prefix) {
    return ObjectVersions.all(ownedBucket(name), prefix == null ? "" : prefix);
  }

  /** True when the version is the newest of its key. */
  public boolean isLatest(String name, ObjectRecord version) {
    return ObjectVersions.isLatest(ownedBucket(name), version);
  }

  private static String md5Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks MD5, which every Java platform must have", e);
    }
  }
}
