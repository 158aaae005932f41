package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one form every attribute value of a plan takes, so that equal states compare equal and each
 * attribute keeps one JSON type from plan to plan: objects are sorted maps, arrays are lists (sets
 * sorted), whole numbers are {@link Long}, other numbers {@link Double}, and a {@link Unknown} is
 * {@code null} with its JSON Pointer (RFC 6901) path recorded.
 */
public final class AttributeValues {
  private AttributeValues() {}

  /** Normalized attributes and the paths of the values only apply can know. */
  public record Normalized(Map<String, Object> values, SortedSet<String> unknown) {}

  /**
   * Normalizes a resource's attributes; fails on a value that has no JSON form.
   *
   * @param attributes attribute names to values: text, numbers, booleans, lists, sets, maps, {@link
   *     Optional}s, {@link Unknown#VALUE}
   * @return the sorted values and the JSON Pointers of the unknown ones
   * @throws IllegalArgumentException when a value has no JSON form, naming its path
   */
  public static Normalized normalize(Map<String, ?> attributes) {
    return normalize(attributes, Set.of());
  }

  /**
   * Normalizes attributes whose values at {@code unknownPaths} are already {@code null} (a plan
   * read back from JSON): those nulls stay, every other null is dropped.
   *
   * @param attributes attribute names to values, as for {@link #normalize(Map)}
   * @param unknownPaths the JSON Pointers (RFC 6901) whose {@code null} means "known after apply"
   * @return the sorted values and the JSON Pointers of the unknown ones
   * @throws IllegalArgumentException when a value has no JSON form, naming its path
   */
  public static Normalized normalize(Map<String, ?> attributes, Set<String> unknownPaths) {
    SortedSet<String> unknown = new TreeSet<>(unknownPaths);
    Map<String, Object> values = new TreeMap<>();
    attributes.forEach((k, v) -> {
      String path = child("", k);
      Object normalized = value(v, path, unknown);
      if (normalized != null || unknown.contains(path)) {
        values.put(k, normalized);
      }
    });
    return new Normalized(Collections.unmodifiableMap(values),
        Collections.unmodifiableSortedSet(unknown));
  }

  /**
   * Normalizes one value (no unknowns expected): the form plans compare.
   *
   * @param value a text, number, boolean, list, set, map or {@link Optional}
   * @return the value in the one form plans compare (sorted maps, lists, {@code Long}, {@code
   *     Double})
   * @throws IllegalArgumentException when the value has no JSON form
   */
  public static Object normalizeValue(Object value) {
    return value(value, "", new TreeSet<>());
  }

  /**
   * The JSON Pointer of a path below {@code parent}.
   *
   * @param parent the parent's JSON Pointer, {@code ""} for the root
   * @param key the child's key, escaped as RFC 6901 says ({@code ~0}, {@code ~1})
   * @return the child's JSON Pointer, e.g. {@code /tags/team}
   */
  public static String child(String parent, String key) {
    return parent + "/" + escape(key);
  }

  private static Object value(Object v, String path, SortedSet<String> unknown) {
    if (v == null || v == Unknown.VALUE) {
      if (v == Unknown.VALUE) {
        unknown.add(path);
      }
      return null;
    }
    if (v instanceof Optional<?> o) {
      return value(o.orElse(null), path, unknown);
    }
    if (v instanceof JsonNode n) {
      return node(n);
    }
    if (v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      return number(n);
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> {
        String key = String.valueOf(k);
        String p = child(path, key);
        Object normalized = value(x, p, unknown);
        if (normalized != null || unknown.contains(p)) {
          out.put(key, normalized);
        }
      });
      return Collections.unmodifiableMap(out);
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      int i = 0;
      for (Object x : c) {
        out.add(value(x, path + "/" + i++, unknown));
      }
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException("no JSON form for a " + v.getClass().getName()
        + " at " + path);
  }

  private static Object node(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> out = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), node(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>();
      n.forEach(x -> out.add(node(x)));
      return Collections.unmodifiableList(out);
    }
    if (n.isNumber()) {
      return number(n.numberValue());
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNull() || n.isMissingNode()) {
      return null;
    }
    return n.asText();
  }

  /** Whole numbers as Long, others as Double: 4, 4L and 4.0 are one value. */
  private static Object number(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
      return (long) d;
    }
    return d;
  }

  /** RFC 6901: {@code ~} is {@code ~0}, {@code /} is {@code ~1}. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
