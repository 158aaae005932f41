package io.hyperpod.prereqs.simulator.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reading policy documents (IAM and S3 alike): strict JSON (duplicate keys and trailing content are
 * errors), a statement list whether {@code Statement} is one object or an array, and the "string or
 * list of strings" values of {@code Action}, {@code Resource} and friends.
 */
public final class PolicyJson {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private PolicyJson() {}

  /** The document as a JSON object; empty when it is not valid JSON or not an object. */
  public static Optional<JsonNode> parseObject(String document) {
    try {
      JsonNode node = STRICT.readTree(document);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /**
   * The statements of a policy: {@code Statement} as one object or an array of objects. Empty when
   * {@code Statement} is missing, empty, or holds anything but objects.
   */
  public static List<JsonNode> statements(JsonNode policy) {
    JsonNode statement = policy.get("Statement");
    if (statement == null) {
      return List.of();
    }
    if (statement.isObject()) {
      return List.of(statement);
    }
    if (!statement.isArray()) {
      return List.of();
    }
    List<JsonNode> statements = new ArrayList<>();
    for (JsonNode s : statement) {
      if (!s.isObject()) {
        return List.of();
      }
      statements.add(s);
    }
    return statements;
  }

  /**
   * The values of a "string or list of strings" element; empty when absent. {@code null} when the
   * element has another shape (a number, an object, a list holding non-strings).
   */
  public static List<String> strings(JsonNode statement, String element) {
    JsonNode value = statement.get(element);
    if (value == null) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode v : value) {
      if (!v.isTextual()) {
        return null;
      }
      values.add(v.asText());
    }
    return Collections.unmodifiableList(values);
  }

  /** How IAM measures a policy's size: every character except whitespace. */
  public static int nonWhitespaceLength(String document) {
    int n = 0;
    for (int i = 0; i < document.length(); i++) {
      if (!Character.isWhitespace(document.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
