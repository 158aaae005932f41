package io.hyperpod.prereqs.internal.policy;

import java.math.BigDecimal;
import java.util.Optional;

/** The data type an operator family compares, and whether its values may hold variables. */
enum ValueKind {
  STRING(true),
  ARN(true),
  BOOL(true),
  NUMERIC(false),
  DATE(false),
  IP(false);

  private final boolean variables;

  ValueKind(boolean variables) {
    this.variables = variables;
  }

  /** Whether {@code ${...}} in the policy value is a policy variable for this kind. */
  boolean allowsVariables() {
    return variables;
  }

  /** Why {@code policyValue} is not a valid value of this kind, or empty when it is. */
  Optional<String> invalid(String policyValue) {
    switch (this) {
      case BOOL:
        return policyValue.equalsIgnoreCase("true") || policyValue.equalsIgnoreCase("false")
            ? Optional.empty()
            : Optional.of("'" + policyValue + "' is not true or false");
      case NUMERIC:
        return number(policyValue).isPresent()
            ? Optional.empty()
            : Optional.of("'" + policyValue + "' is not a number");
      case DATE:
        return DateValues.parse(policyValue).isPresent()
            ? Optional.empty()
            : Optional.of("'" + policyValue + "' is not an ISO-8601 date or epoch seconds");
      case IP:
        return IpCidr.parse(policyValue).isPresent()
            ? Optional.empty()
            : Optional.of("'" + policyValue + "' is not an IPv4 or IPv6 address or CIDR block");
      default:
        return Optional.empty();
    }
  }

  static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
