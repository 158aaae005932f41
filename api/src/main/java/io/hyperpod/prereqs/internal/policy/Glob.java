package io.hyperpod.prereqs.internal.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern of literal characters and the IAM wildcards {@code *} (any run of characters,
 * {@code /} and {@code :} included) and {@code ?} (one character). Characters that came from a
 * policy variable or an escape such as {@code ${*}} are literal even when they are {@code *}.
 */
final class Glob {
  private static final char STAR = '*';
  private static final char QUESTION = '?';

  private final String chars;
  /** For each position: whether the character there is a wildcard. */
  private final boolean[] wild;

  private Glob(String chars, boolean[] wild) {
    this.chars = chars;
    this.wild = wild;
  }

  /** A pattern where every {@code *} and {@code ?} is a wildcard. */
  static Glob of(String pattern) {
    return new Builder().pattern(pattern).build();
  }

  /** The pattern's text, wildcards and literals alike. */
  String text() {
    return chars;
  }

  /** Whether {@code value} matches, case-sensitively. */
  boolean matches(String value) {
    return matches(value, false);
  }

  /** Whether {@code value} matches, ignoring case when {@code ignoreCase}. */
  boolean matches(String value, boolean ignoreCase) {
    // Iterative matcher with one backtrack point: the last star seen.
    int p = 0;
    int v = 0;
    int starP = -1;
    int starV = 0;
    while (v < value.length()) {
      if (p < chars.length() && isWild(p, QUESTION)) {
        p++;
        v++;
      } else if (p < chars.length() && isWild(p, STAR)) {
        starP = p++;
        starV = v;
      } else if (p < chars.length() && same(chars.charAt(p), value.charAt(v), ignoreCase)) {
        p++;
        v++;
      } else if (starP >= 0) {
        p = starP + 1;
        v = ++starV;
      } else {
        return false;
      }
    }
    while (p < chars.length() && isWild(p, STAR)) {
      p++;
    }
    return p == chars.length();
  }

  /** Splits on literal {@code :} into at most {@code limit} parts, like String.split. */
  List<Glob> splitOnColon(int limit) {
    List<Glob> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < chars.length() && parts.size() < limit - 1; i++) {
      if (chars.charAt(i) == ':') {
        parts.add(slice(start, i));
        start = i + 1;
      }
    }
    parts.add(slice(start, chars.length()));
    return parts;
  }

  private Glob slice(int from, int to) {
    boolean[] part = new boolean[to - from];
    System.arraycopy(wild, from, part, 0, to - from);
    return new Glob(chars.substring(from, to), part);
  }

  private boolean isWild(int position, char c) {
    return wild[position] && chars.charAt(position) == c;
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  @Override
  public String toString() {
    return chars;
  }

  /** Assembles a pattern from wildcard-bearing and literal pieces. */
  static final class Builder {
    private final StringBuilder chars = new StringBuilder();
    private final List<Boolean> wild = new ArrayList<>();

    /** Appends text whose {@code *} and {@code ?} are wildcards. */
    Builder pattern(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        chars.append(c);
        wild.add(c == STAR || c == QUESTION);
      }
      return this;
    }

    /** Appends text matched literally. */
    Builder literal(String text) {
      chars.append(text);
      for (int i = 0; i < text.length(); i++) {
        wild.add(false);
      }
      return this;
    }

    Glob build() {
      boolean[] flags = new boolean[wild.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = wild.get(i);
      }
      return new Glob(chars.toString(), flags);
    }
  }
}
