package io.hyperpod.prereqs.internal.runas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.spec.RunAs;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content of the Session Manager preferences document (facts §3.2): a new one with Session
 * Manager's own defaults, and the merge of Run As into an existing one that keeps every other
 * input (logging, encryption, timeouts, shell profiles) and every other key as it was.
 */
final class SessionPreferences {
  static final String RUN_AS_ENABLED = "runAsEnabled";
  static final String RUN_AS_DEFAULT_USER = "runAsDefaultUser";
  static final String STANDARD_STREAM = "Standard_Stream";

  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private SessionPreferences() {}

  /** A new preferences document: the console's defaults, Run As on. */
  static ObjectNode initial(RunAs runAs) {
    ObjectNode doc = Json.object()
        .put("schemaVersion", "1.0")
        .put("description", "Document to hold regional settings for Session Manager")
        .put("sessionType", STANDARD_STREAM);
    ObjectNode inputs = doc.putObject("inputs")
        .put("s3BucketName", "")
        .put("s3KeyPrefix", "")
        .put("s3EncryptionEnabled", true)
        .put("cloudWatchLogGroupName", "")
        .put("cloudWatchEncryptionEnabled", true)
        .put("cloudWatchStreamingEnabled", true)
        .put("kmsKeyId", "")
        .put(RUN_AS_ENABLED, true)
        .put(RUN_AS_DEFAULT_USER, runAs.defaultUser().orElse(""))
        .put("idleSessionTimeout", "20")
        .put("maxSessionDuration", "");
    inputs.putObject("shellProfile").put("windows", "").put("linux", "");
    return doc;
  }

  /**
   * A copy of {@code existing} with {@code runAsEnabled} true and, when the spec names one, {@code
   * runAsDefaultUser}; nothing else changes.
   */
  static ObjectNode merged(ObjectNode existing, RunAs runAs) {
    ObjectNode doc = existing.deepCopy();
    ObjectNode inputs = (ObjectNode) doc.get("inputs");
    inputs.put(RUN_AS_ENABLED, true);
    runAs.defaultUser().ifPresent(u -> inputs.put(RUN_AS_DEFAULT_USER, u));
    return doc;
  }

  /**
   * Why Run As cannot be merged into the document, or empty when it can: it must be a {@code
   * Standard_Stream} Session document with an {@code inputs} object.
   */
  static Optional<String> unmergeable(Optional<ObjectNode> doc) {
    if (doc.isEmpty()) {
      return Optional.of("its content is not JSON or YAML");
    }
    JsonNode type = doc.get().get("sessionType");
    if (type == null || !STANDARD_STREAM.equals(type.asText())) {
      return Optional.of("its sessionType is " + type + ", not " + STANDARD_STREAM);
    }
    JsonNode inputs = doc.get().get("inputs");
    return inputs != null && inputs.isObject()
        ? Optional.empty()
        : Optional.of("it has no inputs object");
  }

  /** The content parsed by its format; empty when it does not parse to an object. */
  static Optional<ObjectNode> parse(String content, String format) {
    try {
      JsonNode node = ("YAML".equals(format) ? YAML : Json.mapper()).readTree(content);
      return node instanceof ObjectNode ? Optional.of((ObjectNode) node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The document as the JSON this project writes: indented, keys in their order. */
  static String write(ObjectNode doc) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each input as {@code inputs.NAME} (nested ones {@code inputs.shellProfile.linux}). */
  static Map<String, Object> inputAttributes(ObjectNode doc) {
    Map<String, Object> out = new TreeMap<>();
    JsonNode inputs = doc.get("inputs");
    if (inputs != null) {
      flatten("inputs", inputs, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(prefix + "." + f.getKey(), f.getValue(), out);
      }
    } else {
      out.put(prefix, Json.mapper().convertValue(node, Object.class));
    }
  }

  static boolean runAsEnabled(ObjectNode doc) {
    JsonNode v = doc.path("inputs").path(RUN_AS_ENABLED);
    return v.isBoolean() ? v.booleanValue() : "true".equalsIgnoreCase(v.asText());
  }

  /** The default Run As user; empty when the input is missing or blank. */
  static Optional<String> defaultUser(ObjectNode doc) {
    String v = doc.path("inputs").path(RUN_AS_DEFAULT_USER).asText("");
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }
}
