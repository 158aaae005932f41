package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A spec document as a JSON tree, with the line where each path starts (the line of its key, or of
 * the list item), so that every problem found later can name its line, and the text of each number
 * or boolean as written ({@code yes}, {@code 0123}), so that messages can quote it.
 */
record LocatedTree(JsonNode root, Map<String, Integer> lines, Map<String, String> sources) {
  LocatedTree {
    lines = Map.copyOf(lines);
    sources = Map.copyOf(sources);
  }

  /** This tree, with {@code path} also found on the lines of {@code more}. */
  LocatedTree withLines(Map<String, Integer> more) {
    Map<String, Integer> all = new java.util.HashMap<>(more);
    all.putAll(lines);
    return new LocatedTree(root, all, sources);
  }

  /** The value at {@code path} as the file writes it. */
  String source(String path, JsonNode value) {
    return sources.getOrDefault(path, value.asText());
  }

  /** The line of {@code path}, or of the nearest enclosing path the file has. */
  Optional<Integer> lineOf(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return Optional.of(line);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = SpecPath.parent(p);
    }
  }
}
