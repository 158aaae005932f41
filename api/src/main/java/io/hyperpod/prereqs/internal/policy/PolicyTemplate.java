package io.hyperpod.prereqs.internal.policy;

import java.util.Optional;

/**
 * Substitutes policy variables in a Resource pattern or a condition value: {@code ${key}} becomes
 * the key's single value from the request context, {@code ${key, 'default'}} falls back to the
 * default, and {@code ${*}}, {@code ${?}}, {@code ${$}} are the literal characters. Substituted
 * text is literal (its {@code *} is not a wildcard). In 2008-10-17 documents the text is taken
 * as it is.
 */
final class PolicyTemplate {
  private PolicyTemplate() {}

  /** The outcome: a pattern, or the variable that had no value. */
  record Resolved(Optional<Glob> glob, String unresolvedVariable) {
    static Resolved of(Glob glob) {
      return new Resolved(Optional.of(glob), "");
    }

    static Resolved unresolved(String variable) {
      return new Resolved(Optional.empty(), variable);
    }

    boolean isResolved() {
      return glob.isPresent();
    }
  }

  static Resolved resolve(String text, boolean variablesEnabled, RequestContext context) {
    if (!variablesEnabled) {
      return Resolved.of(Glob.of(text));
    }
    Glob.Builder glob = new Glob.Builder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      int end = start < 0 ? -1 : text.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        glob.pattern(text.substring(i));
        break;
      }
      glob.pattern(text.substring(i, start));
      String variable = text.substring(start + 2, end);
      Optional<String> value = valueOf(variable, context);
      if (value.isEmpty()) {
        return Resolved.unresolved("${" + variable + "}");
      }
      glob.literal(value.get());
      i = end + 1;
    }
    return Resolved.of(glob.build());
  }

  private static Optional<String> valueOf(String variable, RequestContext context) {
    String trimmed = variable.trim();
    if (trimmed.equals("*") || trimmed.equals("?") || trimmed.equals("$")) {
      return Optional.of(trimmed);
    }
    int comma = trimmed.indexOf(',');
    if (comma < 0) {
      return context.single(trimmed);
    }
    String key = trimmed.substring(0, comma).trim();
    String fallback = trimmed.substring(comma + 1).trim();
    if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
      fallback = fallback.substring(1, fallback.length() - 1);
    }
    return Optional.of(context.single(key).orElse(fallback));
  }
}
