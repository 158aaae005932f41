package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.Optional;

/**
 * Where a statement stands in a policy document's text, as IAM's policy simulator reports it
 * ({@code StartPosition}/{@code EndPosition}: line and column of the statement's braces). IAM
 * counts columns so that the opening brace at offset {@code n} of a line is column {@code n + 2}
 * (measured against AWS: the statement of {@code {"Version": "2012-10-17", "Statement": {...}}}
 * starts at column 41 and ends at 113).
 */
public final class StatementPositions {
  private StatementPositions() {}

  /** A statement's span: start line and column, end line and column. */
  public record Span(int startLine, int startColumn, int endLine, int endColumn) {}

  /**
   * The span of the statement the simulator names by {@code position} (its Sid, or {@code #N}, the
   * N-th from 1); empty when the document has no such statement or is not the JSON expected.
   */
  public static Optional<Span> of(String document, String position) {
    int statement = valueOf(document, "Statement");
    if (statement < 0) {
      return Optional.empty();
    }
    int index = position.startsWith("#") ? parseIndex(position) : -1;
    int start;
    if (document.charAt(statement) == '{') {
      start = statement;
    } else if (document.charAt(statement) == '[') {
      start = -1;
      int i = skipSpace(document, statement + 1);
      for (int n = 0; i < document.length() && document.charAt(i) == '{'; n++) {
        int end = close(document, i);
        if (end < 0) {
          return Optional.empty();
        }
        if (n == index || (index < 0 && sidIs(document.substring(i, end + 1), position))) {
          start = i;
          break;
        }
        i = skipSpace(document, end + 1);
        if (i < document.length() && document.charAt(i) == ',') {
          i = skipSpace(document, i + 1);
        }
      }
    } else {
      return Optional.empty();
    }
    if (start < 0) {
      return Optional.empty();
    }
    int end = close(document, start);
    return end < 0
        ? Optional.empty()
        : Optional.of(new Span(line(document, start), column(document, start),
            line(document, end), column(document, end)));
  }

  private static int parseIndex(String position) {
    try {
      return Integer.parseInt(position.substring(1)) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean sidIs(String statement, String sid) {
    int value = valueOf(statement, "Sid");
    if (value < 0 || statement.charAt(value) != '"') {
      return false;
    }
    int end = endOfString(statement, value);
    return end > 0 && statement.substring(value + 1, end).equals(sid);
  }

  /** The offset of the value of a key of the outermost object; -1 when it has none. */
  private static int valueOf(String json, String key) {
    int depth = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        int end = endOfString(json, i);
        if (end < 0) {
          return -1;
        }
        if (depth == 1 && json.substring(i + 1, end).equals(key)) {
          int colon = skipSpace(json, end + 1);
          if (colon < json.length() && json.charAt(colon) == ':') {
            return skipSpace(json, colon + 1);
          }
        }
        i = end;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return -1;
  }

  /** The offset of the brace that closes the one at {@code open}; -1 when there is none. */
  private static int close(String json, int open) {
    int depth = 0;
    for (int i = open; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        i = endOfString(json, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int endOfString(String json, int quote) {
    for (int i = quote + 1; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpace(String json, int from) {
    int i = from;
    while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int column(String text, int offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 2;
  }
}
