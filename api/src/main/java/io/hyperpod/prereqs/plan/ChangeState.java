package io.hyperpod.prereqs.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One side of a {@link ResourceChange} with typed access to its attributes: the state {@link
 * ResourceChange#before()} (as observed) or {@link ResourceChange#after()} (what apply leaves),
 * e.g. {@code change.afterState().string("name")}, {@code .number("max_session_duration")}, {@code
 * .json("/tags/team")}. A value only apply can know is {@linkplain #isUnknown(String) unknown}: the
 * typed accessors give an empty result for it, as for an attribute the state does not have.
 *
 * <p>Keys name top-level attributes; paths are JSON Pointers (RFC 6901, {@code /tags/team}) into
 * the state. A value of another type than the accessor asks for is an {@link
 * IllegalStateException} naming the change, the attribute and the type it has.
 */
public final class ChangeState {
  private final ResourceAddress address;
  private final String side;
  private final Map<String, Object> values;
  private final SortedSet<String> unknown;

  ChangeState(
      ResourceAddress address, String side, Map<String, Object> values, Set<String> unknown) {
    this.address = Objects.requireNonNull(address, "address is null");
    this.side = side;
    this.values = values;
    this.unknown = new TreeSet<>(unknown);
  }

  /**
   * {@return whether the resource exists in this state (a state of no attributes is no resource)}
   */
  public boolean exists() {
    return !values.isEmpty();
  }

  /**
   * {@return the attributes as in the plan JSON: JSON values, {@code null} where a value is
   * unknown}
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Whether the state has the top-level attribute {@code key} (known or not).
   *
   * @param key a top-level attribute name, e.g. {@code arn}
   * @return whether the attribute is there, with a value or unknown
   */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /**
   * Whether the value at {@code keyOrPath} (a key, or a JSON Pointer starting with {@code /}) is
   * known only after apply, itself or as part of an unknown value around it.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer such as {@code /tags/team}
   * @return whether apply alone can know the value
   */
  public boolean isUnknown(String keyOrPath) {
    String path = pointer(keyOrPath);
    for (String u : unknown) {
      if (path.equals(u) || path.startsWith(u + "/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the JSON Pointers of the values only apply can know, sorted; none for a before state}
   */
  public SortedSet<String> unknownPaths() {
    return java.util.Collections.unmodifiableSortedSet(unknown);
  }

  /**
   * The JSON value at {@code keyOrPath}: String, Boolean, Long, Double, List or Map; empty when
   * the state has no value there or the value is unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer such as {@code /tags/team}
   * @return the value, or empty
   */
  public Optional<Object> json(String keyOrPath) {
    String path = pointer(keyOrPath);
    if (isUnknown(path)) {
      return Optional.empty();
    }
    Object at = values;
    for (String token : tokens(path)) {
      if (at instanceof Map<?, ?> map) {
        at = map.get(token);
      } else if (at instanceof List<?> list && token.matches("\\d+")) {
        int i = Integer.parseInt(token);
        at = i < list.size() ? list.get(i) : null;
      } else {
        return Optional.empty();
      }
      if (at == null) {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  /**
   * The text at {@code keyOrPath}; empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer such as {@code /tags/team}
   * @return the text, or empty
   * @throws IllegalStateException when the value there is not text, naming the resource and path
   */
  public Optional<String> string(String keyOrPath) {
    return typed(keyOrPath, String.class, "text");
  }

  /**
   * The whole number at {@code keyOrPath}; empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer such as {@code /storageCapacity}
   * @return the number, or empty
   * @throws IllegalStateException when the value there is not a whole number
   */
  public Optional<Long> number(String keyOrPath) {
    return typed(keyOrPath, Long.class, "a whole number");
  }

  /**
   * The number with a fraction at {@code keyOrPath}; empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer
   * @return the number, or empty
   * @throws IllegalStateException when the value there is not a number
   */
  public Optional<Double> decimal(String keyOrPath) {
    return json(keyOrPath)
        .map(
            v -> {
              if (v instanceof Number n) {
                return n.doubleValue();
              }
              throw wrongType(keyOrPath, v, "a number");
            });
  }

  /**
   * The true or false at {@code keyOrPath}; empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer
   * @return the value, or empty
   * @throws IllegalStateException when the value there is not true or false
   */
  public Optional<Boolean> bool(String keyOrPath) {
    return typed(keyOrPath, Boolean.class, "true or false");
  }

  /**
   * The list at {@code keyOrPath}; empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer
   * @return the list, or an empty list
   * @throws IllegalStateException when the value there is not a list
   */
  public List<Object> list(String keyOrPath) {
    return json(keyOrPath)
        .map(
            v -> {
              if (v instanceof List<?> l) {
                return List.<Object>copyOf(new ArrayList<>(l));
              }
              throw wrongType(keyOrPath, v, "a list");
            })
        .orElse(List.of());
  }

  /**
   * The list of text at {@code keyOrPath} (ids, ...); empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer, e.g. {@code /subnetIds}
   * @return the texts, or an empty list
   * @throws IllegalStateException when the value there is not a list of text
   */
  public List<String> strings(String keyOrPath) {
    List<String> out = new ArrayList<>();
    for (Object v : list(keyOrPath)) {
      if (!(v instanceof String s)) {
        throw wrongType(keyOrPath, v, "a list of text");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /**
   * The mapping at {@code keyOrPath} (tags, a document, ...); empty when absent or unknown.
   *
   * @param keyOrPath an attribute name, or a JSON Pointer, e.g. {@code /tags}
   * @return the mapping, or an empty map
   * @throws IllegalStateException when the value there is not a mapping
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String keyOrPath) {
    return json(keyOrPath)
        .map(
            v -> {
              if (v instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
              }
              throw wrongType(keyOrPath, v, "a mapping");
            })
        .orElse(Map.of());
  }

  @Override
  public String toString() {
    return address + " " + side + " " + values;
  }

  private <T> Optional<T> typed(String keyOrPath, Class<T> type, String what) {
    return json(keyOrPath)
        .map(
            v -> {
              if (type.isInstance(v)) {
                return type.cast(v);
              }
              throw wrongType(keyOrPath, v, what);
            });
  }

  private IllegalStateException wrongType(String keyOrPath, Object value, String wanted) {
    return new IllegalStateException(
        address
            + " "
            + side
            + ": "
            + keyOrPath
            + " is "
            + describe(value)
            + ", not "
            + wanted
            + " (use json(\""
            + keyOrPath
            + "\") for any JSON value)");
  }

  private static String describe(Object value) {
    if (value instanceof String) {
      return "text";
    }
    if (value instanceof Boolean) {
      return "true or false";
    }
    if (value instanceof Long || value instanceof Integer) {
      return "a whole number";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof List) {
      return "a list";
    }
    return "a mapping";
  }

  /** A key as a JSON Pointer; a pointer as it is. */
  private static String pointer(String keyOrPath) {
    Objects.requireNonNull(keyOrPath, "keyOrPath is null");
    return keyOrPath.startsWith("/") ? keyOrPath : "/" + AttributeValues.escape(keyOrPath);
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
