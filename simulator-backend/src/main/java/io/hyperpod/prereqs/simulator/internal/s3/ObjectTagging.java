package io.hyperpod.prereqs.simulator.internal.s3;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * S3 object tagging with AWS's rules: at most 10 tags an object, keys of 1-128 and values of
 * 0-256 letters, digits, spaces and {@code _ . : / = + - @}, no {@code aws:} keys; a tag set
 * replaces the object's tags. Use inside a call.
 */
public final class ObjectTagging {
  static final int MAX_TAGS = 10;
  private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private final S3Operations s3;

  public ObjectTagging(S3Operations s3) {
    this.s3 = s3;
  }

  public Map<String, String> get(String bucket, String key) {
    return s3.getObject(bucket, key).tags();
  }

  public void put(String bucket, String key, Map<String, String> tags) {
    ObjectRecord object = s3.getObject(bucket, key);
    check(tags);
    object.tags = new LinkedHashMap<>(tags);
  }

  public void delete(String bucket, String key) {
    s3.getObject(bucket, key).tags.clear();
  }

  /** Sets the tags of a new object from PutObject's {@code x-amz-tagging} (already parsed). */
  public static void onPut(ObjectRecord object, Map<String, String> tags) {
    object.tags = new LinkedHashMap<>(tags);
  }

  /** The rules of a tag set given in XML (PutObjectTagging). */
  public static void check(Map<String, String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw AwsError.exception("s3", "BadRequest", 400, "Object tags cannot be greater than 10", null);
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      String key = tag.getKey();
      String value = tag.getValue();
      if (key == null || key.isEmpty() || key.length() > 128 || !CHARACTERS.matcher(key).matches()) {
        throw invalidTag("The TagKey you have provided is invalid");
      }
      if (value == null || value.length() > 256 || !CHARACTERS.matcher(value).matches()) {
        throw invalidTag("The TagValue you have provided is invalid");
      }
      if (key.regionMatches(true, 0, "aws:", 0, 4)) {
        throw invalidTag("Your TagKey cannot be prefixed with aws:");
      }
    }
  }

  /**
   * The tags of a {@code x-amz-tagging} header ({@code k1=v1&k2=v2}, URL-encoded): any problem is
   * AWS's InvalidArgument about the header's form.
   */
  public static Map<String, String> fromHeader(String header) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (header == null || header.isEmpty()) {
      return tags;
    }
    try {
      for (String pair : header.split("&")) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (tags.put(key, value) != null) {
          throw badHeader();
        }
      }
      check(tags);
    } catch (CloudException | IllegalArgumentException e) {
      throw badHeader();
    }
    return tags;
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static CloudException badHeader() {
    return AwsError.S3_INVALID_ARGUMENT.exception(
        "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters"
            + " without tag name duplicates.");
  }

  private static CloudException invalidTag(String message) {
    return AwsError.S3_INVALID_TAG.exception(message);
  }
}
