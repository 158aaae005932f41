package io.hyperpod.prereqs.internal.policy;

import java.util.Optional;

/**
 * A condition operator as written, taken apart: an optional set qualifier
 * ({@code ForAnyValue:}/{@code ForAllValues:}), the base operator (or {@code Null}), and an
 * optional {@code IfExists} suffix.
 */
record ConditionOperator(
    String written, Qualifier qualifier, Optional<BaseOperator> base, boolean ifExists) {

  /** How a multivalued request key is compared. */
  enum Qualifier {
    NONE,
    FOR_ANY_VALUE,
    FOR_ALL_VALUES
  }

  private static final String IF_EXISTS = "IfExists";
  private static final String NULL = "Null";

  /** Whether it is the {@code Null} existence check. */
  boolean isNull() {
    return base.isEmpty();
  }

  /** Parses {@code written}; empty when the engine does not support it. */
  static Optional<ConditionOperator> parse(String written) {
    String rest = written;
    Qualifier qualifier = Qualifier.NONE;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      String prefix = rest.substring(0, colon);
      if (prefix.equalsIgnoreCase("ForAnyValue")) {
        qualifier = Qualifier.FOR_ANY_VALUE;
      } else if (prefix.equalsIgnoreCase("ForAllValues")) {
        qualifier = Qualifier.FOR_ALL_VALUES;
      } else {
        return Optional.empty();
      }
      rest = rest.substring(colon + 1);
    }
    if (rest.equalsIgnoreCase(NULL)) {
      return qualifier == Qualifier.NONE
          ? Optional.of(new ConditionOperator(written, qualifier, Optional.empty(), false))
          : Optional.empty();
    }
    boolean ifExists =
        rest.regionMatches(
            true, rest.length() - IF_EXISTS.length(), IF_EXISTS, 0, IF_EXISTS.length());
    String baseName = ifExists ? rest.substring(0, rest.length() - IF_EXISTS.length()) : rest;
    Qualifier set = qualifier;
    return BaseOperator.named(baseName)
        .map(base -> new ConditionOperator(written, set, Optional.of(base), ifExists));
  }
}
