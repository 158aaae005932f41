package io.hyperpod.prereqs.planmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** RFC 6901 JSON Pointers into plan attributes (maps, lists, scalars), for the agreement test. */
final class JsonPointers {
  private JsonPointers() {}

  /** The non-null value at {@code pointer}, if there is one. */
  static Optional<Object> get(Object root, String pointer) {
    Object at = root;
    for (String token : tokens(pointer)) {
      if (at instanceof Map<?, ?> m) {
        at = m.get(token);
      } else if (at instanceof List<?> l && token.matches("\\d+")
          && Integer.parseInt(token) < l.size()) {
        at = l.get(Integer.parseInt(token));
      } else {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(at);
  }

  /** A copy with the value at each pointer (where it exists or is null) replaced by {@code mask}. */
  static Object masked(Object root, Collection<String> pointers, Object mask) {
    Object out = copy(root);
    for (String p : pointers) {
      out = set(out, tokens(p), 0, mask);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object set(Object at, List<String> tokens, int i, Object mask) {
    if (i == tokens.size()) {
      return mask;
    }
    String token = tokens.get(i);
    if (at instanceof Map<?, ?> m && (m.containsKey(token) || i == tokens.size() - 1)) {
      Map<String, Object> map = (Map<String, Object>) m;
      map.put(token, set(map.get(token), tokens, i + 1, mask));
    } else if (at instanceof List<?> l && token.matches("\\d+")
        && Integer.parseInt(token) < l.size()) {
      List<Object> list = (List<Object>) l;
      int n = Integer.parseInt(token);
      list.set(n, set(list.get(n), tokens, i + 1, mask));
    }
    return at;
  }

  /** A mutable deep copy (Jackson's maps and lists). */
  private static Object copy(Object v) {
    return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(v, Object.class);
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
