package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM's request constraints (names, paths, descriptions, tags), failing as IAM does: a
 * ValidationError that names the parameter, the value and the constraint; InvalidInput for
 * duplicate or reserved tag keys.
 */
public final class IamInputs {
  public static final int MAX_TAGS = 50;

  static final Pattern NAME_PATTERN = Pattern.compile("[\\w+=,.@-]+");
  private static final Pattern PATH_PATTERN =
      Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
  private static final Pattern TAG_KEY_PATTERN = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  private static final Pattern TAG_VALUE_PATTERN =
      Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  private static final Pattern DESCRIPTION_PATTERN =
      Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  private IamInputs() {}

  public static void userName(String value) {
    name("userName", value, 64);
  }

  public static void roleName(String value) {
    name("roleName", value, 64);
  }

  public static void policyName(String value) {
    name("policyName", value, 128);
  }

  public static void path(String value) {
    required("path", value);
    length("path", value, 1, 512);
    pattern("path", value, PATH_PATTERN);
  }

  /** A role or policy description: optional, at most 1000 characters. */
  public static void description(String value) {
    if (value == null) {
      return;
    }
    length("description", value, 0, 1000);
    pattern("description", value, DESCRIPTION_PATTERN);
  }

  /** Tags given in one request: at most 50, keys unique regardless of case, no {@code aws:}. */
  public static void tags(Map<String, String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw validation(
          tags.keySet().toString(),
          "tags",
          "Member must have length less than or equal to " + MAX_TAGS);
    }
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      tagKey(tag.getKey());
      String value = tag.getValue();
      required("tags.member.value", value);
      length("tags.member.value", value, 0, 256);
      pattern("tags.member.value", value, TAG_VALUE_PATTERN);
      if (!seen.add(tag.getKey().toLowerCase(Locale.ROOT))) {
        throw AwsError.IAM_INVALID_INPUT.exception(
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
            "Duplicate tag keys found. Please note that Tag keys are case insensitive. (key '"
                + tag.getKey()
                + "')");
      }
    }
  }

  /** Keys to remove: each a valid key. */
  public static void tagKeys(Collection<String> keys) {
    if (keys.size() > MAX_TAGS) {
      throw validation(
          keys.toString(), "tagKeys", "Member must have length less than or equal to " + MAX_TAGS);
    }
    keys.forEach(IamInputs::tagKey);
  }

  private static void tagKey(String key) {
    required("tags.member.key", key);
    length("tags.member.key", key, 1, 128);
    pattern("tags.member.key", key, TAG_KEY_PATTERN);
    if (key.regionMatches(true, 0, "aws:", 0, 4)) {
      throw AwsError.IAM_INVALID_INPUT.exception(
          "User-defined tag keys can't start with \"aws:\"; this prefix is reserved for AWS. Rename"
              + " tag key '"
              + key
              + "'.");
    }
  }

  private static void name(String field, String value, int max) {
    required(field, value);
    length(field, value, 1, max);
    pattern(field, value, NAME_PATTERN);
  }

  static void required(String field, String value) {
    if (value == null) {
      throw AwsError.IAM_VALIDATION_ERROR.exception(
          "1 validation error detected: Value null at '"
              + field
              + "' failed to satisfy constraint: Member must not be null");
    }
  }

  static void length(String field, String value, int min, int max) {
    if (value.length() < min) {
      throw validation(value, field, "Member must have length greater than or equal to " + min);
    }
    if (value.length() > max) {
      throw validation(value, field, "Member must have length less than or equal to " + max);
    }
  }

  static void pattern(String field, String value, Pattern regex) {
    if (!regex.matcher(value).matches()) {
      throw validation(
          value, field, "Member must satisfy regular expression pattern: " + regex.pattern());
    }
  }

  static CloudException validation(String value, String field, String constraint) {
    return AwsError.IAM_VALIDATION_ERROR.exception(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + field
            + "' failed to satisfy constraint: "
            + constraint);
  }
}
