package io.hyperpod.prereqs.simulator.internal.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.StarPattern;
import io.hyperpod.prereqs.simulator.internal.PolicyJson;
import io.hyperpod.prereqs.spi.CloudException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * S3's checks of a bucket policy (PutBucketPolicy): JSON, statements with Effect, Principal, Action
 * (s3 actions) and Resource (this bucket or its objects). Failures are MalformedPolicy.
 */
final class BucketPolicies {
  static final int MAX_BYTES = 20 * 1024;

  private static final Set<String> PRINCIPAL_TYPES =
      Set.of("AWS", "Service", "Federated", "CanonicalUser");

  private BucketPolicies() {}

  static void check(String bucket, String document) {
    if (document == null || document.isBlank()) {
      throw malformed("Policies must be valid JSON and the first byte must be '{'");
    }
    if (document.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw malformed(
          "Policy exceeds the maximum allowed document size of " + MAX_BYTES + " bytes.");
    }
    JsonNode policy =
        PolicyJson.parseObject(document)
            .orElseThrow(() -> malformed("This policy contains invalid Json"));
    JsonNode version = policy.get("Version");
    if (version != null
        && !(version.asText().equals("2012-10-17") || version.asText().equals("2008-10-17"))) {
      throw malformed("Invalid policy document version " + version + "; use \"2012-10-17\".");
    }
    List<JsonNode> statements = PolicyJson.statements(policy);
    if (statements.isEmpty()) {
      throw malformed("Missing required field Statement");
    }
    for (JsonNode s : statements) {
      statement(bucket, s);
    }
  }

  private static void statement(String bucket, JsonNode s) {
    JsonNode effect = s.get("Effect");
    if (effect == null) {
      throw malformed("Missing required field Effect");
    }
    if (!effect.asText().equals("Allow") && !effect.asText().equals("Deny")) {
      throw malformed("Invalid effect: " + effect.asText());
    }
    JsonNode principal = s.has("Principal") ? s.get("Principal") : s.get("NotPrincipal");
    if (principal == null) {
      throw malformed("Missing required field Principal");
    }
    if (!validPrincipal(principal)) {
      throw malformed("Invalid principal in policy: " + principal);
    }
    List<String> actions = PolicyJson.strings(s, s.has("Action") ? "Action" : "NotAction");
    if (actions == null) {
      throw malformed("Policy has invalid action");
    }
    if (actions.isEmpty()) {
      throw malformed("Missing required field Action");
    }
    for (String action : actions) {
      if (!action.equals("*") && !action.regionMatches(true, 0, "s3:", 0, 3)) {
        throw malformed(
            "Policy has invalid action: " + action + " (a bucket policy grants s3: actions)");
      }
    }
    List<String> resources = PolicyJson.strings(s, s.has("Resource") ? "Resource" : "NotResource");
    if (resources == null || resources.isEmpty()) {
      throw malformed("Missing required field Resource");
    }
    for (String resource : resources) {
      if (!coversBucket(bucket, resource)) {
        throw malformed(
            "Policy has invalid resource: "
                + resource
                + " (use arn:aws:s3:::"
                + bucket
                + " or arn:aws:s3:::"
                + bucket
                + "/*)");
      }
    }
    JsonNode condition = s.get("Condition");
    if (condition != null && !condition.isObject()) {
      throw malformed("Invalid Condition: it must be an object of operators");
    }
  }

  private static boolean validPrincipal(JsonNode principal) {
    if (principal.isTextual()) {
      return principal.asText().equals("*");
    }
    if (!principal.isObject() || principal.size() == 0) {
      return false;
    }
    for (var it = principal.fields(); it.hasNext(); ) {
      var entry = it.next();
      if (!PRINCIPAL_TYPES.contains(entry.getKey())) {
        return false;
      }
      JsonNode value = entry.getValue();
      if (!(value.isTextual() || value.isArray())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a resource ARN names this bucket or objects in it ({@code *} allowed in the bucket
   * part).
   */
  private static boolean coversBucket(String bucket, String resource) {
    String prefix = "arn:aws:s3:::";
    if (!resource.startsWith(prefix)) {
      return false;
    }
    String rest = resource.substring(prefix.length());
    int slash = rest.indexOf('/');
    String bucketPart = slash < 0 ? rest : rest.substring(0, slash);
    return StarPattern.matches(bucketPart, bucket, false);
  }

  private static CloudException malformed(String message) {
    return AwsError.S3_MALFORMED_POLICY.exception(message);
  }
}
