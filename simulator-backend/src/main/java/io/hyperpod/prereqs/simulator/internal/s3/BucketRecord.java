package io.hyperpod.prereqs.simulator.internal.s3;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A bucket: its owner and region, tags, policy and objects. */
public final class BucketRecord {
  String name;
  String ownerAccountId;
  String region;
  Instant creationDate;
  /** The location constraint the bucket was created with when it is not the region's name (EU). */
  String locationConstraint;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  String policy;
  TreeMap<String, ObjectRecord> objects = new TreeMap<>();
  /** Versioning: null (never configured), Enabled or Suspended. */
  String versioning;
  /** Once versioning was configured: every version of each key, newest first (delete markers too). */
  TreeMap<String, List<ObjectRecord>> versions = new TreeMap<>();
  /** Multipart uploads in progress, by upload id. */
  TreeMap<String, UploadRecord> uploads = new TreeMap<>();

  private BucketRecord() {}

  BucketRecord(String name, String ownerAccountId, String region, Instant creationDate) {
    this.name = name;
    this.ownerAccountId = ownerAccountId;
    this.region = region;
    this.creationDate = creationDate;
  }

  public String name() {
    return name;
  }

  public String ownerAccountId() {
    return ownerAccountId;
  }

  public String region() {
    return region;
  }

  /** What GetBucketLocation answers: none for us-east-1, else the constraint it was made with. */
  public String locationConstraint() {
    if (locationConstraint != null) {
      return locationConstraint;
    }
    return "us-east-1".equals(region) ? "" : region;
  }

  public Instant creationDate() {
    return creationDate;
  }

  public Map<String, String> tags() {
    return Collections.unmodifiableMap(tags);
  }

  public Optional<String> policy() {
    return Optional.ofNullable(policy);
  }

  /** The versioning status: empty when never configured, else Enabled or Suspended. */
  public Optional<String> versioning() {
    return Optional.ofNullable(versioning);
  }

  public Collection<ObjectRecord> objects() {
    return Collections.unmodifiableCollection(objects.values());
  }
}
