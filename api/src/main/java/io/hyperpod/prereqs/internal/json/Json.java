package io.hyperpod.prereqs.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** The project's JSON settings in one place, and JSON helpers for policy documents. */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final ObjectMapper SORTED =
      MAPPER.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Compact JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON with map keys sorted: stable output for files and {@code --json}. */
  public static String pretty(Object value) {
    try {
      return SORTED.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Indented JSON with map keys sorted and every array element on a line of its own: a document
   * whose lines a diff can compare (no 800-character line of a long Resource list).
   */
  public static String document(Object value) {
    com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer =
        new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
            .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultIndenter
                .SYSTEM_LINEFEED_INSTANCE);
    try {
      return SORTED.writer(printer).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether two policy documents mean the same: key order, whitespace and a single value versus
   * a one-element array (as IAM allows for Action, Resource, principals, condition values) do not
   * matter.
   */
  public static boolean samePolicy(String a, String b) {
    try {
      return canonicalPolicy(parse(a)).equals(canonicalPolicy(parse(b)));
    } catch (IllegalArgumentException e) {
      return a.equals(b);
    }
  }

  /** The policy document in the canonical form {@link #samePolicy} compares. */
  public static JsonNode canonicalPolicy(JsonNode node) {
    if (node.isArray()) {
      if (node.size() == 1) {
        return canonicalPolicy(node.get(0));
      }
      ArrayNode out = array();
      node.forEach(n -> out.add(canonicalPolicy(n)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = object();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), canonicalPolicy(e.getValue()));
      }
      return out;
    }
    return node;
  }
}
