package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.CloudException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S3 multipart uploads with AWS's semantics: parts 1-10000 (a part again replaces it), every part
 * but the last at least 5 MiB, Complete naming the parts in ascending order with their ETags, the
 * object's ETag the MD5 of the parts' MD5s and {@code -N}. Use inside a call.
 */
public final class MultipartUploads {
  public static final int MIN_PART_SIZE = 5 * 1024 * 1024;
  static final int MAX_PART_NUMBER = 10_000;

  private final BackendContext context;
  private final S3Operations s3;

  public MultipartUploads(BackendContext context) {
    this.context = context;
    this.s3 = new S3Operations(context);
  }

  /** One {@code <Part>} of CompleteMultipartUpload. */
  public record CompletedPart(int partNumber, String etag) {}

  public UploadRecord create(
      String bucket, String key, String contentType, Map<String, String> metadata,
      Map<String, String> tags) {
    BucketRecord b = s3.ownedBucket(bucket);
    S3Inputs.objectKey(key);
    UploadRecord upload = new UploadRecord();
    upload.uploadId = context.ids().alphanumeric(64);
    upload.key = key;
    upload.initiated = context.now();
    upload.contentType = contentType;
    upload.metadata.putAll(metadata);
    upload.tags.putAll(tags);
    b.uploads.put(upload.uploadId, upload);
    return upload;
  }

  public UploadRecord.Part uploadPart(
      String bucket, String key, String uploadId, int partNumber, byte[] content) {
    UploadRecord upload = upload(bucket, key, uploadId);
    if (partNumber < 1 || partNumber > MAX_PART_NUMBER) {
      throw AwsError.S3_INVALID_ARGUMENT.exception(
          "Part number must be an integer between 1 and 10000, inclusive");
    }
    UploadRecord.Part part = new UploadRecord.Part();
    part.content = content.clone();
    part.etag = HexFormat.of().formatHex(md5(content));
    part.lastModified = context.now();
    upload.parts.put(partNumber, part);
    return part;
  }

  public ObjectRecord complete(
      String bucket, String key, String uploadId, List<CompletedPart> named) {
    UploadRecord upload = upload(bucket, key, uploadId);
    if (named.isEmpty()) {
      throw AwsError.S3_MALFORMED_XML.exception(
          "The XML you provided was not well-formed or did not validate against our published"
              + " schema");
    }
    for (int i = 1; i < named.size(); i++) {
      if (named.get(i).partNumber() <= named.get(i - 1).partNumber()) {
        throw AwsError.exception("s3", "InvalidPartOrder", 400,
            "The list of parts was not in ascending order. Parts must be ordered by part number.",
            null);
      }
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    ByteArrayOutputStream digests = new ByteArrayOutputStream();
    for (int i = 0; i < named.size(); i++) {
      CompletedPart wanted = named.get(i);
      UploadRecord.Part part = upload.parts.get(wanted.partNumber());
      if (part == null || !part.etag.equals(unquote(wanted.etag()))) {
        throw AwsError.exception("s3", "InvalidPart", 400,
            "One or more of the specified parts could not be found.  The part may not have been"
                + " uploaded, or the specified entity tag may not match the part's entity tag.",
            null);
      }
      if (i < named.size() - 1 && part.content.length < MIN_PART_SIZE) {
        throw AwsError.exception("s3", "EntityTooSmall", 400,
            "Your proposed upload is smaller than the minimum allowed size", null);
      }
      content.writeBytes(part.content);
      digests.writeBytes(md5(part.content));
    }
    ObjectRecord object = s3.putObject(bucket, key, content.toByteArray(), upload.contentType);
    object.etag = HexFormat.of().formatHex(md5(digests.toByteArray())) + "-" + named.size();
    object.metadata = new LinkedHashMap<>(upload.metadata);
    object.tags = new LinkedHashMap<>(upload.tags);
    s3.ownedBucket(bucket).uploads.remove(uploadId);
    return object;
  }

  public void abort(String bucket, String key, String uploadId) {
    upload(bucket, key, uploadId);
    s3.ownedBucket(bucket).uploads.remove(uploadId);
  }

  public UploadRecord upload(String bucket, String key, String uploadId) {
    UploadRecord upload = s3.ownedBucket(bucket).uploads.get(uploadId);
    if (upload == null || !upload.key.equals(key)) {
      throw noSuchUpload();
    }
    return upload;
  }

  /** The bucket's uploads in progress, by key then initiation. */
  public List<UploadRecord> list(String bucket, String prefix) {
    String p = prefix == null ? "" : prefix;
    return s3.ownedBucket(bucket).uploads.values().stream()
        .filter(u -> u.key.startsWith(p))
        .sorted(java.util.Comparator.comparing((UploadRecord u) -> u.key)
            .thenComparing(u -> u.initiated))
        .toList();
  }

  private static CloudException noSuchUpload() {
    return AwsError.exception("s3", "NoSuchUpload", 404,
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
            + " been aborted or completed.", null);
  }

  private static String unquote(String etag) {
    return etag == null ? "" : etag.replace("\"", "");
  }

  private static byte[] md5(byte[] content) {
    try {
      return MessageDigest.getInstance("MD5").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks MD5, which every Java platform must have", e);
    }
  }
}
