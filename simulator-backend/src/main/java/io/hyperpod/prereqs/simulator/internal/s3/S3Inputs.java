package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/** S3's request constraints on object keys and bucket tags. */
final class S3Inputs {
  static final int MAX_KEY_BYTES = 1024;
  static final int MAX_TAGS = 50;
  static final int MAX_METADATA_BYTES = 2048;

  private static final Pattern TAG_CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private S3Inputs() {}

  static void objectKey(String key) {
    if (key == null || key.isEmpty()) {
      throw AwsError.S3_INVALID_ARGUMENT.exception(
          "An object key must not be empty; give the object a name.");
    }
    int bytes = key.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_KEY_BYTES) {
      throw AwsError.S3_KEY_TOO_LONG.exception(
          "Your key is too long",
          "Your key is too long: " + bytes + " bytes in UTF-8, at most " + MAX_KEY_BYTES + ".");
    }
  }

  /** User metadata as S3 keeps it: names lower case, at most 2 KB of names and values. */
  static Map<String, String> userMetadata(Map<String, String> metadata) {
    Map<String, String> out = new java.util.TreeMap<>();
    int bytes = 0;
    for (Map.Entry<String, String> m : metadata.entrySet()) {
      out.put(m.getKey().toLowerCase(java.util.Locale.ROOT), m.getValue());
      bytes += m.getKey().getBytes(StandardCharsets.UTF_8).length
          + m.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes > MAX_METADATA_BYTES) {
      throw AwsError.S3_METADATA_TOO_LARGE.exception(
          "Your metadata headers exceed the maximum allowed metadata size.");
    }
    return out;
  }

  static void bucketTags(Map<String, String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw AwsError.S3_INVALID_TAG.exception(
          "Bucket tag count cannot be greater than " + MAX_TAGS,
          "Bucket tag count cannot be greater than " + MAX_TAGS + " (got " + tags.size() + ").");
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      String key = tag.getKey();
      String value = tag.getValue();
      if (key == null
          || key.isEmpty()
          || key.length() > 128
          || !TAG_CHARACTERS.matcher(key).matches()) {
        throw AwsError.S3_INVALID_TAG.exception(
            "The TagKey you have provided is invalid",
            "tag key '" + key + "': 1-128 letters, digits, spaces and _ . : / = + - @",
            tagFields(key, null));
      }
      if (value == null || value.length() > 256 || !TAG_CHARACTERS.matcher(value).matches()) {
        throw AwsError.S3_INVALID_TAG.exception(
            "The TagValue you have provided is invalid",
            "tag value '"
                + value
                + "' of key '"
                + key
                + "': 0-256 letters, digits, spaces and _ . : / = + - @",
            tagFields(key, value == null ? "" : value));
      }
      if (key.regionMatches(true, 0, "aws:", 0, 4)) {
        throw AwsError.S3_INVALID_TAG.exception(
            "System tags cannot be added/updated by requester",
            "System tags cannot be added/updated by requester. Rename tag key '"
                + key
                + "': the prefix aws: is reserved.");
      }
    }
  }

  /** The elements of an InvalidTag answer: the key, and the value when it is the value's fault. */
  private static Map<String, String> tagFields(String key, String value) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("TagKey", key);
    if (value != null) {
      fields.put("TagValue", value);
    }
    return fields;
  }
}
