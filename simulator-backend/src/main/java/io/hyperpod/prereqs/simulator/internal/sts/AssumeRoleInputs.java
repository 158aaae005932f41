package io.hyperpod.prereqs.simulator.internal.sts;

import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.PolicyJson;
import io.hyperpod.prereqs.simulator.internal.ValidationErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AssumeRole's request constraints (STS's model, reported all at once), its session-tag rules
 * (keys unique regardless of case, transitive keys among the tags, no override of a calling
 * session's transitive tags) and the packed size of session policies and tags.
 */
final class AssumeRoleInputs {
  static final int MAX_TAGS = 50;
  static final int MAX_POLICY_ARNS = 10;
  /** The packed (compressed) limit of session policies and tags, which PackedPolicySize is a percentage of. */
  private static final int PACKED_LIMIT = 2048;

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]*");
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:\\/-]*");
  private static final Pattern SERIAL = Pattern.compile("[\\w+=/:,.@-]*");
  private static final Pattern TOKEN_CODE = Pattern.compile("[\\d]*");
  private static final Pattern POLICY = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private AssumeRoleInputs() {}

  static void validate(AssumeRoleInput in) {
    ValidationErrors errors = new ValidationErrors();
    errors.required("roleArn", in.roleArn()).length("roleArn", in.roleArn(), 20, 2048);
    errors
        .required("roleSessionName", in.roleSessionName())
        .length("roleSessionName", in.roleSessionName(), 2, 64)
        .pattern("roleSessionName", in.roleSessionName(), NAME);
    errors.range("durationSeconds", in.durationSeconds(), 900, 43200);
    errors.length("policy", in.policy(), 1, 2048).pattern("policy", in.policy(), POLICY);
    if (in.policyArns().size() > MAX_POLICY_ARNS) {
      errors.add(
          "policyArns", in.policyArns(), "Member must have length less than or equal to 10");
    }
    for (int i = 0; i < in.policyArns().size(); i++) {
      errors.length("policyArns." + (i + 1) + ".member.arn", in.policyArns().get(i), 20, 2048);
    }
    if (in.tags().size() > MAX_TAGS) {
      errors.add("tags", in.tags(), "Member must have length less than or equal to " + MAX_TAGS);
    }
    for (int i = 0; i < in.tags().size(); i++) {
      Map.Entry<String, String> tag = in.tags().get(i);
      String at = "tags." + (i + 1) + ".member.";
      errors.required(at + "key", tag.getKey()).required(at + "value", tag.getValue());
      errors.length(at + "key", tag.getKey(), 1, 128).pattern(at + "key", tag.getKey(), TAG_KEY);
      errors
          .length(at + "value", tag.getValue(), 0, 256)
          .pattern(at + "value", tag.getValue(), TAG_VALUE);
    }
    if (in.transitiveTagKeys().size() > MAX_TAGS) {
      errors.add(
          "transitiveTagKeys",
          in.transitiveTagKeys(),
          "Member must have length less than or equal to " + MAX_TAGS);
    }
    errors
        .length("externalId", in.externalId(), 2, 1224)
        .pattern("externalId", in.externalId(), EXTERNAL_ID);
    errors
        .length("serialNumber", in.serialNumber(), 9, 256)
        .pattern("serialNumber", in.serialNumber(), SERIAL);
    errors
        .length("tokenCode", in.tokenCode(), 6, 6)
        .pattern("tokenCode", in.tokenCode(), TOKEN_CODE);
    errors
        .length("sourceIdentity", in.sourceIdentity(), 2, 64)
        .pattern("sourceIdentity", in.sourceIdentity(), NAME);
    errors.throwIfAny(AwsError.STS_VALIDATION_ERROR);
    if (in.policy() != null) {
      try {
        LabeledPolicy.parse("session-policy", in.policy());
      } catch (RuntimeException e) {
        throw AwsError.STS_MALFORMED_POLICY_DOCUMENT.exception(
            "The policy is not in the valid JSON format.");
      }
    }
  }

  /**
   * The new session's tags: the calling session's transitive tags, then the requested ones (which
   * may not set a transitive key of the calling session).
   */
  static Map<String, String> sessionTags(AssumeRoleInput in, Optional<SessionRecord> calling) {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> tag : in.tags()) {
      if (!seen.add(lower(tag.getKey()))) {
        throw AwsError.STS_INVALID_PARAMETER_VALUE.exception(
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
      }
    }
    for (String key : in.transitiveTagKeys()) {
      if (!seen.contains(lower(key))) {
        throw AwsError.STS_INVALID_PARAMETER_VALUE.exception(
            "The specified transitive tag key must be included in the requested tags.");
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    if (calling.isPresent()) {
      Set<String> inherited = new HashSet<>();
      calling.get().transitiveTagKeys.forEach(k -> inherited.add(lower(k)));
      if (seen.stream().anyMatch(inherited::contains)) {
        throw AwsError.STS_INVALID_PARAMETER_VALUE.exception(
            "One of the specified transitive tag keys can't be set because it conflicts with a"
                + " transitive tag key from the calling session.");
      }
      calling.get().tags.forEach(
          (k, v) -> {
            if (inherited.contains(lower(k))) {
              tags.put(k, v);
            }
          });
    }
    in.tags().forEach(t -> tags.put(t.getKey(), t.getValue()));
    return tags;
  }

  /** The keys that pass on: the calling session's transitive keys and the requested ones. */
  static List<String> transitiveKeys(
      AssumeRoleInput in, Optional<SessionRecord> calling, Map<String, String> tags) {
    List<String> keys = new ArrayList<>();
    calling.ifPresent(c -> keys.addAll(c.transitiveTagKeys));
    for (String requested : in.transitiveTagKeys()) {
      tags.keySet().stream()
          .filter(k -> lower(k).equals(lower(requested)))
          .findFirst()
          .filter(k -> keys.stream().noneMatch(existing -> lower(existing).equals(lower(k))))
          .ifPresent(keys::add);
    }
    return keys;
  }

  /**
   * PackedPolicySize: the session policy, policy ARNs and tags as a percentage of the packed
   * limit; more than 100 fails with PackedPolicyTooLarge.
   */
  static int packedPolicySize(AssumeRoleInput in, Map<String, String> tags) {
    int size = in.policy() == null ? 0 : PolicyJson.nonWhitespaceLength(in.policy());
    size += in.policyArns().stream().mapToInt(String::length).sum();
    size += tags.entrySet().stream().mapToInt(t -> t.getKey().length() + t.getValue().length()).sum();
    int percent = (int) Math.ceil(size * 100.0 / PACKED_LIMIT / 2);
    if (percent > 100) {
      throw AwsError.STS_PACKED_POLICY_TOO_LARGE.exception(
          "Packed size of consumed session policies and tags exceeds the limit by "
              + (percent - 100)
              + "%.");
    }
    return percent;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
