package io.hyperpod.prereqs.simulator.internal.s3;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A multipart upload in progress: its key, what the object will carry, its parts. Mutable. */
public final class UploadRecord {
  String uploadId;
  String key;
  Instant initiated;
  String contentType;
  LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  TreeMap<Integer, Part> parts = new TreeMap<>();

  public String uploadId() {
    return uploadId;
  }

  public String key() {
    return key;
  }

  public Instant initiated() {
    return initiated;
  }

  /** The parts uploaded so far, by part number. */
  public Map<Integer, Part> parts() {
    return parts;
  }

  /** One uploaded part. */
  public static final class Part {
    byte[] content;
    String etag;
    Instant lastModified;

    public long size() {
      return content.length;
    }

    /** MD5 hex, without quotes. */
    public String etag() {
      return etag;
    }

    public Instant lastModified() {
      return lastModified;
    }
  }
}
