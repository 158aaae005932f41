package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.spec.SpecProblem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bounds of spec text, checked before it is parsed: at most {@link #MAX_BYTES} (comments
 * included), and, in YAML, no line longer than {@link #MAX_LINE} characters outside comments. The
 * YAML parser copies its window for every 1 KiB of a long token, so a long one-line comment or
 * value costs time that grows with its square; comments are therefore cut to their {@code #}
 * before parsing (lines stay where they are, so line numbers in problems are unchanged) and a
 * too-long line is refused, which keeps parsing linear in the size of the text.
 */
final class SpecText {
  /** The largest spec accepted: 2 MiB (a spec of 10,000 cluster users is about 1 MiB). */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The longest YAML line accepted outside comments. */
  static final int MAX_LINE = 64 * 1024;

  private static final Pattern BLOCK_SCALAR = Pattern.compile("(^|.*[\\s:])[|>][0-9+-]*\\s*$");

  private SpecText() {}

  /** The problem of a spec of this many bytes, if it is too large. */
  static Optional<SpecProblem> tooLarge(String source, long bytes) {
    if (bytes <= MAX_BYTES) {
      return Optional.empty();
    }
    return Optional.of(
        SpecProblem.of(
            source,
            null,
            "is " + bytes + " bytes, more than the " + MAX_BYTES + " bytes (2 MiB) a spec may have"
                + " (comments included)",
            "split it into smaller stacks, or remove what it does not need (long comments)."));
  }

  /** The UTF-8 length of a text, counted without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * The YAML text with every comment cut to its {@code #} (outside quoted and block scalars);
   * lines longer than {@link #MAX_LINE} after that are added to {@code problems}.
   */
  static String withoutComments(String yaml, List<SpecProblem> problems) {
    StringBuilder out = new StringBuilder(yaml.length());
    char quote = 0;
    int blockIndent = -1;
    int lineNumber = 0;
    int start = 0;
    while (start <= yaml.length()) {
      int end = yaml.indexOf('\n', start);
      if (end < 0) {
        end = yaml.length();
      }
      lineNumber++;
      String line = yaml.substring(start, end);
      int indent = indentOf(line);
      String kept;
      if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
        kept = line;
      } else {
        blockIndent = -1;
        int cut = commentStart(line, quote);
        kept = cut < 0 ? line : line.substring(0, cut + 1);
        quote = quoteAtEnd(cut < 0 ? line : line.substring(0, cut), quote);
        if (quote == 0 && BLOCK_SCALAR.matcher(cut < 0 ? line : line.substring(0, cut)).matches()) {
          blockIndent = indent;
        }
      }
      if (kept.length() > MAX_LINE) {
        problems.add(
            SpecProblem.builder()
                .path("(document)")
                .message("line " + lineNumber + " is " + kept.length() + " characters long, more"
                    + " than the " + MAX_LINE + " a spec line may have outside comments")
                .fix("break the value over several lines (YAML block style), or write the spec"
                    + " as JSON.")
                .line(lineNumber)
                .build());
      }
      out.append(kept);
      if (end < yaml.length()) {
        out.append('\n');
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Where a comment starts on this line (its {@code #}), -1 when there is none. */
  private static int commentStart(String line, char openQuote) {
    return (int) (scan(line, openQuote) >> 16);
  }

  /** The quote still open at the end of this (comment-free) line. */
  private static char quoteAtEnd(String line, char openQuote) {
    return (char) (scan(line, openQuote) & 0xffff);
  }

  /**
   * Scans a line from the quote open at its start: the position of its comment's {@code #} (-1
   * when none) in the high bits, the quote open where the scan stops in the low 16 bits.
   */
  private static long scan(String line, char openQuote) {
    char quote = openQuote;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"') {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quote = 0;
        }
      } else if (quote == '\'') {
        if (c == '\'') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
            i++;
          } else {
            quote = 0;
          }
        }
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return ((long) i << 16) | quote;
      } else if ((c == '"' || c == '\'') && startsScalar(line, i)) {
        quote = c;
      }
    }
    return (-1L << 16) | quote;
  }

  /**
   * Whether a quote at {@code i} opens a quoted scalar: at the start of the line's content, or
   * after {@code : }, {@code - }, {@code ? }, {@code [}, <code>{</code> or {@code ,} (in {@code
   * it's} it is a letter).
   */
  private static boolean startsScalar(String line, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(line.charAt(j))) {
      j--;
    }
    if (j < 0) {
      return true;
    }
    char before = line.charAt(j);
    if (before == '[' || before == '{' || before == ',') {
      return true;
    }
    return (before == ':' || before == '-' || before == '?') && j < i - 1;
  }
}
