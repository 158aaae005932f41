package io.hyperpod.prereqs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The envelope of every document a {@code --json} run prints: {@code formatVersion} first, then
 * the command's own keys (a plan, an apply result, a readiness report, a quota table, or
 * {@code error}). A run prints exactly one (see {@link Terminal#json}). The SDK writes the
 * bodies ({@code PlanFormat.json}); the CLI only composes JSON trees, with a plain mapper.
 */
final class JsonDocument {
  /**
   * The version of the documents' format; it changes when a key is removed or changes meaning
   * (new keys can come without a change).
   */
  static final int FORMAT_VERSION = 1;

  /** Trees only: the SDK's documents come in as text. */
  private static final ObjectMapper TREES = new ObjectMapper();

  private JsonDocument() {}

  /** The document of {@code body}: a JSON text (as the SDK writes it) or a tree. */
  static String of(Object body) {
    JsonNode tree = body instanceof String ? parse((String) body)
        : body instanceof JsonNode ? (JsonNode) body : null;
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("a document body is a JSON object, not " + body);
    }
    ObjectNode doc = object().put("formatVersion", FORMAT_VERSION);
    doc.setAll((ObjectNode) tree);
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty JSON object. */
  static ObjectNode object() {
    return TREES.createObjectNode();
  }

  /** The tree of a JSON text the SDK wrote. */
  static JsonNode parse(String json) {
    try {
      return TREES.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
