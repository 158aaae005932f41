package io.hyperpod.prereqs.internal.render;

import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attribute lines of one change in the text plan: every attribute of a create ({@code +}) or
 * delete ({@code -}); for an update exactly the attributes whose values change ({@code ~ a = x ->
 * y}), a map of plain values (tags) entry by entry, and a document (a policy, a statement, a
 * list) as a line diff of its pretty-printed JSON. Values only apply can know read {@code (known
 * after apply)}.
 */
final class AttributeLines {
  static final String UNKNOWN = "(known after apply)";
  private static final int CONTEXT = 3;

  private AttributeLines() {}

  /** The lines, each with its mark: {@code +}, {@code -}, {@code ~}, or space (context). */
  static List<LineDiff.Line> of(ResourceChange c) {
    List<LineDiff.Line> out = new ArrayList<>();
    Map<String, Object> before = c.before();
    Map<String, Object> after = shown(c);
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String k : keys) {
      Object x = before.get(k);
      Object y = after.get(k);
      if (Objects.equals(x, y)) {
        continue;
      }
      if (x == null) {
        block(out, '+', k, y);
      } else if (y == null) {
        block(out, '-', k, x);
      } else if (isDocument(x) || isDocument(y)) {
        out.add(new LineDiff.Line('~', k + ":"));
        for (LineDiff.Line l : LineDiff.of(lines(x), lines(y), CONTEXT)) {
          out.add(new LineDiff.Line(l.mark(), "    " + l.text()));
        }
      } else if (x instanceof Map<?, ?> mx && y instanceof Map<?, ?> my) {
        TreeSet<Object> entries = new TreeSet<>(mx.keySet().stream().map(String::valueOf).toList());
        my.keySet().forEach(e -> entries.add(String.valueOf(e)));
        for (Object e : entries) {
          Object ex = mx.get(e);
          Object ey = my.get(e);
          if (!Objects.equals(ex, ey)) {
            out.add(new LineDiff.Line('~', k + "." + e + " = " + show(ex) + " -> " + show(ey)));
          }
        }
      } else {
        out.add(new LineDiff.Line('~', k + " = " + show(x) + " -> " + show(y)));
      }
    }
    return out;
  }

  /** {@code after} with the values only apply can know as the words that say so. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> shown(ResourceChange c) {
    Map<String, Object> out = (Map<String, Object>) copy(c.after());
    for (String pointer : c.afterUnknown()) {
      String[] tokens = pointer.substring(1).split("/", -1);
      Object at = out;
      for (int i = 0; i < tokens.length && at != null; i++) {
        String t = tokens[i].replace("~1", "/").replace("~0", "~");
        boolean last = i == tokens.length - 1;
        if (at instanceof Map<?, ?> m) {
          if (last) {
            ((Map<String, Object>) m).put(t, UNKNOWN);
          }
          at = m.get(t);
        } else if (at instanceof List<?> l && t.matches("\\d+")
            && Integer.parseInt(t) < l.size()) {
          if (last) {
            ((List<Object>) l).set(Integer.parseInt(t), UNKNOWN);
          }
          at = l.get(Integer.parseInt(t));
        } else {
          at = null;
        }
      }
    }
    return out;
  }

  private static Object copy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), copy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(copy(x)));
      return out;
    }
    return v;
  }

  /** A value shown as pretty-printed JSON lines: a list, or a map that holds maps or lists. */
  private static boolean isDocument(Object v) {
    if (v instanceof List<?>) {
      return true;
    }
    return v instanceof Map<?, ?> m
        && m.values().stream().anyMatch(x -> x instanceof Map || x instanceof List);
  }

  private static void block(List<LineDiff.Line> out, char mark, String key, Object v) {
    if (isDocument(v)) {
      List<String> lines = lines(v);
      out.add(new LineDiff.Line(mark, key + " = " + lines.get(0)));
      for (int i = 1; i < lines.size(); i++) {
        out.add(new LineDiff.Line(mark, "    " + lines.get(i)));
      }
    } else {
      out.add(new LineDiff.Line(mark, key + " = " + show(v)));
    }
  }

  private static List<String> lines(Object v) {
    return List.of(Json.document(v).split("\r?\n"));
  }

  private static String show(Object v) {
    if (v == null) {
      return "(none)";
    }
    if (UNKNOWN.equals(v)) {
      return UNKNOWN;
    }
    return v instanceof String ? "\"" + v + "\"" : Json.write(v);
  }
}
