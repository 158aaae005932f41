package io.hyperpod.prereqs.simulator.internal.s3;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An object in a bucket: its bytes and metadata. */
public final class ObjectRecord {
  String key;
  byte[] content;
  String etag;
  String contentType;
  Instant lastModified;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  /** User metadata ({@code x-amz-meta-NAME}), names in lower case. */
  LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
  /** The flexible checksum the upload carried ({@code CRC32}, ...), or null; and its value. */
  String checksumAlgorithm;
  String checksum;
  /** The version id; null for the null version (written while versioning was off or suspended). */
  String versionId;
  boolean deleteMarker;

  private ObjectRecord() {}

  ObjectRecord(String key, byte[] content, String etag, String contentType, Instant lastModified) {
    this.key = key;
    this.content = content;
    this.etag = etag;
    this.contentType = contentType;
    this.lastModified = lastModified;
  }

  public String key() {
    return key;
  }

  /** A copy of the bytes. */
  public byte[] content() {
    return content.clone();
  }

  public long size() {
    return content.length;
  }

  /** The MD5 hex of the content, without quotes. */
  public String etag() {
    return etag;
  }

  public String contentType() {
    return contentType;
  }

  public Instant lastModified() {
    return lastModified;
  }

  public Map<String, String> metadata() {
    return Collections.unmodifiableMap(metadata);
  }

  /** The algorithm of the checksum the client sent with the upload ({@code CRC32}, ...), or null. */
  public String checksumAlgorithm() {
    return checksumAlgorithm;
  }

  /** The base64 checksum the client sent with the upload, or null. */
  public String checksum() {
    return checksum;
  }

  /** The version id, {@code null} (the text) for the null version. */
  public String versionId() {
    return versionId == null ? ObjectVersions.NULL_VERSION : versionId;
  }

  /** True for a delete marker (a version without content that hides the older ones). */
  public boolean isDeleteMarker() {
    return deleteMarker;
  }

  /** The object's tag set (S3 object tagging). */
  public Map<String, String> tags() {
    return Collections.unmodifiableMap(tags);
  }
}
