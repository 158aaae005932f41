package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.IdGenerator;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S3 versioning of a bucket's objects, with AWS's semantics. A bucket that was never configured
 * keeps one object per key (its version id is {@code null}). Once versioning is Enabled or
 * Suspended, the bucket keeps every version of a key, newest first, delete markers included; the
 * current object of a key is its newest version unless that is a delete marker. Enabled gives each
 * put and each delete without a version id a new version id; Suspended writes the {@code null}
 * version, replacing the one there was. Version ids are 32 characters whose last four check the
 * rest, so that an id S3 could not have issued is told apart (InvalidArgument) from one that is
 * gone (NoSuchVersion), as AWS does.
 */
public final class ObjectVersions {
  /** The version id of an object written while versioning was off or suspended. */
  public static final String NULL_VERSION = "null";

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

  private ObjectVersions() {}

  /** What a delete did: the version it removed or made, and whether that is a delete marker. */
  public record Deletion(String key, String versionId, boolean deleteMarker) {}

  /** PutBucketVersioning: the first configuration keeps the objects there as their null version. */
  static void configure(BucketRecord bucket, String status) {
    if (bucket.versioning == null) {
      bucket.objects.forEach((key, object) -> bucket.versions.put(key, list(object)));
    }
    bucket.versioning = status;
  }

  /** Records a put: the object becomes the key's newest version. */
  static void onPut(BucketRecord bucket, ObjectRecord object, IdGenerator ids) {
    if (bucket.versioning == null) {
      return;
    }
    object.versionId = "Enabled".equals(bucket.versioning) ? newVersionId(ids) : null;
    List<ObjectRecord> versions = bucket.versions.computeIfAbsent(object.key, k -> new ArrayList<>());
    if (object.versionId == null) {
      versions.removeIf(v -> v.versionId == null);
    }
    versions.add(0, object);
  }

  /**
   * The version of a key; InvalidArgument for an id S3 could not have issued (any but {@code null}
   * in a bucket never versioned), NoSuchVersion for one that is not there, MethodNotAllowed (405)
   * for a delete marker.
   */
  static ObjectRecord find(BucketRecord bucket, String key, String versionId, String method) {
    ObjectRecord version = lookup(bucket, key, versionId);
    if (version == null) {
      throw noSuchVersion(key, versionId);
    }
    if (version.deleteMarker) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Method", method);
      fields.put("ResourceType", "DeleteMarker");
      throw AwsError.S3_METHOD_NOT_ALLOWED.exception(
          "The specified method is not allowed against this resource.",
          "version " + versionId + " of " + key + " is a delete marker",
          fields);
    }
    return version;
  }

  /**
   * DeleteObject: without a version id, a delete marker on top (a new version id when Enabled, the
   * null version when Suspended) or, never versioned, the object gone; with one, that version gone
   * for good (a version that is not there is no error).
   */
  static Deletion delete(
      BucketRecord bucket, String key, String versionId, IdGenerator ids, Instant now) {
    if (versionId == null) {
      if (bucket.versioning == null) {
        bucket.objects.remove(key);
        return new Deletion(key, null, false);
      }
      ObjectRecord marker = new ObjectRecord(key, new byte[0], null, null, now);
      marker.deleteMarker = true;
      onPut(bucket, marker, ids);
      bucket.objects.remove(key);
      return new Deletion(key, marker.versionId(), true);
    }
    ObjectRecord version = lookup(bucket, key, versionId);
    if (version == null) {
      return new Deletion(key, versionId, false);
    }
    remove(bucket, version);
    return new Deletion(key, versionId, version.deleteMarker);
  }

  /** DeleteObjects' answer for one key with a version id that is not there: NoSuchVersion. */
  static boolean exists(BucketRecord bucket, String key, String versionId) {
    try {
      return lookup(bucket, key, versionId) != null;
    } catch (CloudException e) {
      return false;
    }
  }

  /** Every version and delete marker under the prefix: by key, newest first within a key. */
  static List<ObjectRecord> all(BucketRecord bucket, String prefix) {
    List<ObjectRecord> all = new ArrayList<>();
    if (bucket.versioning == null) {
      bucket.objects.values().stream().filter(o -> o.key.startsWith(prefix)).forEach(all::add);
      return all;
    }
    bucket.versions.forEach(
        (key, versions) -> {
          if (key.startsWith(prefix)) {
            all.addAll(versions);
          }
        });
    return all;
  }

  /** True when the version is its key's newest. */
  static boolean isLatest(BucketRecord bucket, ObjectRecord version) {
    List<ObjectRecord> versions = bucket.versions.get(version.key);
    return versions == null
        || versions.isEmpty()
        || java.util.Objects.equals(versions.get(0).versionId, version.versionId);
  }

  static CloudException noSuchVersion(String key, String versionId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Key", key);
    fields.put("VersionId", versionId);
    return AwsError.S3_NO_SUCH_VERSION.exception(
        "The specified version does not exist.",
        "no version " + versionId + " of " + key,
        fields);
  }

  private static ObjectRecord lookup(BucketRecord bucket, String key, String versionId) {
    if (!NULL_VERSION.equals(versionId) && (bucket.versioning == null || !wellFormed(versionId))) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("ArgumentName", "versionId");
      fields.put("ArgumentValue", versionId);
      throw AwsError.S3_INVALID_ARGUMENT.exception(
          "Invalid version id specified",
          bucket.versioning == null
              ? "the bucket was never versioned: its only version id is null"
              : "'" + versionId + "' is no version id S3 gives",
          fields);
    }
    if (bucket.versioning == null) {
      return bucket.objects.get(key);
    }
    String wanted = NULL_VERSION.equals(versionId) ? null : versionId;
    for (ObjectRecord version : bucket.versions.getOrDefault(key, List.of())) {
      if (java.util.Objects.equals(version.versionId, wanted)) {
        return version;
      }
    }
    return null;
  }

  private static void remove(BucketRecord bucket, ObjectRecord version) {
    if (bucket.versioning == null) {
      bucket.objects.remove(version.key);
      return;
    }
    List<ObjectRecord> versions = bucket.versions.get(version.key);
    versions.remove(version);
    if (versions.isEmpty()) {
      bucket.versions.remove(version.key);
      bucket.objects.remove(version.key);
    } else if (versions.get(0).deleteMarker) {
      bucket.objects.remove(version.key);
    } else {
      bucket.objects.put(version.key, versions.get(0));
    }
  }

  private static List<ObjectRecord> list(ObjectRecord object) {
    ArrayList<ObjectRecord> list = new ArrayList<>();
    list.add(object);
    return list;
  }

  private static String newVersionId(IdGenerator ids) {
    String body = ids.alphanumeric(28);
    return body + check(body);
  }

  private static boolean wellFormed(String versionId) {
    return versionId.length() == 32 && check(versionId.substring(0, 28)).equals(versionId.substring(28));
  }

  private static String check(String body) {
    int h = 0x811C9DC5;
    for (byte b : body.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ b) * 0x01000193;
    }
    StringBuilder check = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      check.append(ALPHABET.charAt((h >>> (6 * i)) & 63));
    }
    return check.toString();
  }
}
