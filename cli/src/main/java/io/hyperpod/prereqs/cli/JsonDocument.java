package io.hyperpod.prereqs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.json.Json;

/**
 * The envelope of every document a {@code --json} run prints: {@code formatVersion} first, then
 * the command's own keys (a plan, an apply result, a readiness report, a quota table, or
 * {@code error}). A run prints exactly one (see {@link Terminal#json}).
 */
final class JsonDocument {
  /**
   * The version of the documents' format; it changes when a key is removed or changes meaning
   * (new keys can come without a change).
   */
  static final int FORMAT_VERSION = 1;

  private JsonDocument() {}

  /** The document of {@code body}: a value Jackson can write, a JSON text, or a tree. */
  static String of(Object body) {
    JsonNode tree = body instanceof String ? Json.parse((String) body)
        : body instanceof JsonNode ? (JsonNode) body : Json.mapper().valueToTree(body);
    if (!tree.isObject()) {
      throw new IllegalArgumentException("a document body is a JSON object, not " + tree);
    }
    ObjectNode doc = Json.object().put("formatVersion", FORMAT_VERSION);
    doc.setAll((ObjectNode) tree);
    return Json.pretty(doc);
  }
}
