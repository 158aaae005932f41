package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.Unknown;
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

  /** Starts from attributes (e.g. the observed ones) to put the planned changes over. */
  public static Attributes from(Map<String, Object> attributes) {
    Attributes a = new Attributes();
    a.values.putAll(attributes);
    return a;
  }

  /** Marks a value only apply can know. */
  public Attributes putUnknown(String key) {
    values.put(key, Unknown.VALUE);
    return this;
  }

  public Attributes put(String key, Object value) {
    if (value != null) {
      values.put(key, value instanceof Map ? new TreeMap<>((Map<?, ?>) value) : value);
    }
    return this;
  }

  /**
   * A policy document as a structure, not an escaped string, in the canonical form {@link
   * Json#samePolicy} compares (so two documents that mean the same are one value).
   */
  public Attributes putDocument(String key, String json) {
    if (json != null) {
      values.put(key, Json.canonicalPolicy(Json.parse(json)));
    }
    return this;
  }

  public Map<String, Object> build() {
    return values;
  }
}
