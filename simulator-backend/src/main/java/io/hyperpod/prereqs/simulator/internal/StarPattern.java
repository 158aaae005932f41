package io.hyperpod.prereqs.simulator.internal;

import java.util.regex.Pattern;

/** Patterns where {@code *} matches any run of characters and everything else is literal. */
public final class StarPattern {
  private StarPattern() {}

  public static boolean matches(String pattern, String value, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (String piece : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(piece));
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return Pattern.compile(regex.toString(), flags | Pattern.DOTALL).matcher(value).matches();
  }
}
