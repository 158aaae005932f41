package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.Map;
import java.util.regex.Pattern;

/** EC2's checks of request values: id forms, tags, blocks. */
final class Ec2Inputs {
  static final int MAX_TAGS = 50;

  private Ec2Inputs() {}

  /**
   * That an id has its type's form ({@code vpc-} and 8 or 17 hex digits); otherwise the type's
   * Malformed error.
   */
  static void id(String id, String prefix, AwsError malformed) {
    if (id == null || !Pattern.matches(Pattern.quote(prefix) + "([0-9a-f]{8}|[0-9a-f]{17})", id)) {
      throw malformed.exception("Invalid id: \"" + id + "\" (expecting \"" + prefix + "...\")");
    }
  }

  static void required(String name, Object value) {
    if (value == null || (value instanceof String && ((String) value).isEmpty())) {
      throw AwsError.EC2_MISSING_PARAMETER.exception(
          "The request must contain the parameter " + name);
    }
  }

  /** At most 50 tags; keys 1-128 characters, values up to 256, no {@code aws:} prefix. */
  static void tags(Map<String, String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw AwsError.EC2_TAG_LIMIT_EXCEEDED.exception(
          "The maximum number of tags (" + MAX_TAGS + ") for a resource has been exceeded");
    }
    tags.forEach(
        (k, v) -> {
          if (k == null || k.isEmpty() || k.length() > 128) {
            throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                "Tag keys must be 1 to 128 characters long (key '" + k + "')");
          }
          if (k.regionMatches(true, 0, "aws:", 0, 4)) {
            throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                "Tag keys starting with 'aws:' are reserved for internal use (key '" + k + "')");
          }
          if (v == null || v.length() > 256) {
            throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                "Tag values may be at most 256 characters long (key '" + k + "')");
          }
        });
  }
}
