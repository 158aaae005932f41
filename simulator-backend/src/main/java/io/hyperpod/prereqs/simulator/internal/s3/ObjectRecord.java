package io.hyperpod.prereqs.simulator.internal.s3;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** An object in a bucket: its bytes and metadata. */
public final class ObjectRecord {
  String key;
  byte[] content;
  String etag;
  String contentType;
  Instant lastModified;
  Map<String, String> metadata;

  private ObjectRecord() {}

  ObjectRecord(String key, byte[] content, String etag, String contentType, Instant lastModified,
      Map<String, String> metadata) {
    this.key = key;
    this.content = content;
    this.etag = etag;
    this.contentType = contentType;
    this.lastModified = lastModified;
    this.metadata = new TreeMap<>(metadata);
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

  /** User metadata ({@code x-amz-meta-NAME}), names lower case; empty in states saved before. */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
  }
}
