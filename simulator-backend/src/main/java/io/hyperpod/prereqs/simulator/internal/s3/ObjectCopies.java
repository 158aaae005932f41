package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CopyObject with AWS's semantics: the source's bytes into the destination (across the caller's
 * buckets), its metadata and content type kept ({@code COPY}, the default) or replaced by the
 * request's ({@code REPLACE}), and likewise its tags; a copy onto itself must change something.
 * Also sets the user metadata of a new object. Use inside a call.
 */
public final class ObjectCopies {
  private final S3Operations s3;

  public ObjectCopies(S3Operations s3) {
    this.s3 = s3;
  }

  /** What the copy request asks for besides the source and destination. */
  public record Directives(
      String metadataDirective,
      String contentType,
      Map<String, String> metadata,
      String taggingDirective,
      Map<String, String> tags) {}

  public ObjectRecord copy(
      String sourceBucket, String sourceKey, String bucket, String key, Directives d) {
    boolean replaceMetadata = directive(d.metadataDirective(), "metadata");
    boolean replaceTags = directive(d.taggingDirective(), "tagging");
    ObjectRecord source = s3.getObject(sourceBucket, sourceKey);
    if (sourceBucket.equals(bucket) && sourceKey.equals(key) && !replaceMetadata) {
      throw AwsError.exception(
          "s3",
          "InvalidRequest",
          400,
          "This copy request is illegal because it is trying to copy an object to itself without"
              + " changing the object's metadata, storage class, website redirect location or"
              + " encryption attributes.",
          null);
    }
    if (replaceTags) {
      ObjectTagging.check(d.tags());
    }
    String contentType = replaceMetadata ? d.contentType() : source.contentType;
    ObjectRecord copy = s3.putObject(bucket, key, source.content, contentType);
    copy.metadata = new LinkedHashMap<>(replaceMetadata ? d.metadata() : source.metadata);
    copy.tags = new LinkedHashMap<>(replaceTags ? d.tags() : source.tags);
    return copy;
  }

  /** Sets the user metadata PutObject was given. */
  public static void setMetadata(ObjectRecord object, Map<String, String> metadata) {
    object.metadata = new LinkedHashMap<>(metadata);
  }

  /** True for REPLACE, false for COPY or none; InvalidArgument otherwise. */
  private static boolean directive(String value, String kind) {
    if (value == null || value.equals("COPY")) {
      return false;
    }
    if (value.equals("REPLACE")) {
      return true;
    }
    throw AwsError.S3_INVALID_ARGUMENT.exception("Unknown " + kind + " directive.");
  }
}
