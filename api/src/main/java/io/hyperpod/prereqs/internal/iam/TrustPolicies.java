package io.hyperpod.prereqs.internal.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.internal.json.Json;

/** Reads role trust policies: does this one let a service assume the role? */
final class TrustPolicies {
  private TrustPolicies() {}

  /**
   * Whether some Allow statement without conditions lets {@code service} call sts:AssumeRole and
   * no Deny statement names the service.
   */
  static boolean trustsService(String trustPolicy, String service) {
    JsonNode doc;
    try {
      doc = Json.parse(trustPolicy);
    } catch (IllegalArgumentException e) {
      return false;
    }
    boolean allowed = false;
    for (JsonNode s : asArray(doc.path("Statement"))) {
      boolean names =
          contains(s.path("Principal").path("Service"), service)
              || "*".equals(s.path("Principal").asText())
              || contains(s.path("Principal").path("AWS"), "*");
      boolean assume =
          contains(s.path("Action"), "sts:AssumeRole") || contains(s.path("Action"), "sts:*")
              || contains(s.path("Action"), "*");
      if (!names || !assume) {
        continue;
      }
      if ("Deny".equals(s.path("Effect").asText())) {
        return false;
      }
      if ("Allow".equals(s.path("Effect").asText()) && s.path("Condition").isMissingNode()) {
        allowed = true;
      }
    }
    return allowed;
  }

  private static boolean contains(JsonNode values, String wanted) {
    for (JsonNode v : asArray(values)) {
      if (v.asText().equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static Iterable<JsonNode> asArray(JsonNode node) {
    if (node.isArray()) {
      return node;
    }
    return node.isMissingNode() || node.isNull() ? Json.array() : Json.array().add(node);
  }
}
