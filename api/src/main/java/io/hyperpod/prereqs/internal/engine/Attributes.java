package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.internal.json.Json;
import java.util.Map;
import java.util.TreeMap;

/** Builds the attribute maps of a plan's before/after: sorted keys, JSON-compatible values. */
public final class Attributes {
  private final Map<String, Object> values = new TreeMap<>();

  private Attributes() {}

  public static Attributes of() {
    return new Attributes();
  }

  public Attributes put(String key, Object value) {
    if (value != null) {
      values.put(key, value instanceof Map ? new TreeMap<>((Map<?, ?>) value) : value);
    }
    return this;
  }

  /** A JSON document shown as a structure, not as an escaped string. */
  public Attributes putDocument(String key, String json) {
    if (json != null) {
      Object parsed = Json.mapper().convertValue(Json.parse(json), Object.class);
      values.put(key, parsed);
    }
    return this;
  }

  public Map<String, Object> build() {
    return values;
  }
}
