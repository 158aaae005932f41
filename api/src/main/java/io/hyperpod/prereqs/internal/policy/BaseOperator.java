package io.hyperpod.prereqs.internal.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The condition operators this engine evaluates, without set qualifier or {@code IfExists}. Each
 * has a positive test of one request value against one policy value; the {@code Not} forms are
 * the negation over all policy values. {@code Null} is handled on its own by the evaluator.
 */
enum BaseOperator {
  STRING_EQUALS("StringEquals", false, ValueKind.STRING),
  STRING_NOT_EQUALS("StringNotEquals", true, ValueKind.STRING),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, ValueKind.STRING),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, ValueKind.STRING),
  STRING_LIKE("StringLike", false, ValueKind.STRING),
  STRING_NOT_LIKE("StringNotLike", true, ValueKind.STRING),
  NUMERIC_EQUALS("NumericEquals", false, ValueKind.NUMERIC),
  NUMERIC_NOT_EQUALS("NumericNotEquals", true, ValueKind.NUMERIC),
  NUMERIC_LESS_THAN("NumericLessThan", false, ValueKind.NUMERIC),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, ValueKind.NUMERIC),
  NUMERIC_GREATER_THAN("NumericGreaterThan", false, ValueKind.NUMERIC),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", false, ValueKind.NUMERIC),
  DATE_EQUALS("DateEquals", false, ValueKind.DATE),
  DATE_NOT_EQUALS("DateNotEquals", true, ValueKind.DATE),
  DATE_LESS_THAN("DateLessThan", false, ValueKind.DATE),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, ValueKind.DATE),
  DATE_GREATER_THAN("DateGreaterThan", false, ValueKind.DATE),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, ValueKind.DATE),
  BOOL("Bool", false, ValueKind.BOOL),
  IP_ADDRESS("IpAddress", false, ValueKind.IP),
  NOT_IP_ADDRESS("NotIpAddress", true, ValueKind.IP),
  ARN_EQUALS("ArnEquals", false, ValueKind.ARN),
  ARN_LIKE("ArnLike", false, ValueKind.ARN),
  ARN_NOT_EQUALS("ArnNotEquals", true, ValueKind.ARN),
  ARN_NOT_LIKE("ArnNotLike", true, ValueKind.ARN);

  private final String jsonName;
  private final boolean negated;
  private final ValueKind kind;

  BaseOperator(String jsonName, boolean negated, ValueKind kind) {
    this.jsonName = jsonName;
    this.negated = negated;
    this.kind = kind;
  }

  String jsonName() {
    return jsonName;
  }

  /** Whether it is a {@code Not} form (true when the key is absent). */
  boolean negated() {
    return negated;
  }

  ValueKind kind() {
    return kind;
  }

  static Optional<BaseOperator> named(String name) {
    for (BaseOperator op : values()) {
      if (op.jsonName.equalsIgnoreCase(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /**
   * The positive test: does the request value match the (resolved) policy value? For a
   * {@code Not} form this is the test it negates (equals, like, in the block).
   */
  boolean test(String requestValue, Glob policyValue) {
    String policy = policyValue.text();
    switch (this) {
      case STRING_EQUALS:
      case STRING_NOT_EQUALS:
        return requestValue.equals(policy);
      case STRING_EQUALS_IGNORE_CASE:
      case STRING_NOT_EQUALS_IGNORE_CASE:
        return requestValue.equalsIgnoreCase(policy);
      case STRING_LIKE:
      case STRING_NOT_LIKE:
        return policyValue.matches(requestValue);
      case NUMERIC_EQUALS:
      case NUMERIC_NOT_EQUALS:
        return compareNumbers(requestValue, policy, c -> c == 0);
      case NUMERIC_LESS_THAN:
        return compareNumbers(requestValue, policy, c -> c < 0);
      case NUMERIC_LESS_THAN_EQUALS:
        return compareNumbers(requestValue, policy, c -> c <= 0);
      case NUMERIC_GREATER_THAN:
        return compareNumbers(requestValue, policy, c -> c > 0);
      case NUMERIC_GREATER_THAN_EQUALS:
        return compareNumbers(requestValue, policy, c -> c >= 0);
      case DATE_EQUALS:
      case DATE_NOT_EQUALS:
        return compareDates(requestValue, policy, c -> c == 0);
      case DATE_LESS_THAN:
        return compareDates(requestValue, policy, c -> c < 0);
      case DATE_LESS_THAN_EQUALS:
        return compareDates(requestValue, policy, c -> c <= 0);
      case DATE_GREATER_THAN:
        return compareDates(requestValue, policy, c -> c > 0);
      case DATE_GREATER_THAN_EQUALS:
        return compareDates(requestValue, policy, c -> c >= 0);
      case BOOL:
        return requestValue.equalsIgnoreCase(policy);
      case IP_ADDRESS:
      case NOT_IP_ADDRESS:
        return IpCidr.parse(policy).map(block -> block.contains(requestValue)).orElse(false);
      default: // the ARN operators: ArnEquals and ArnLike both match per component, wildcards on
        return ArnMatcher.matches(policyValue, requestValue);
    }
  }

  private static boolean compareNumbers(String request, String policy, IntPredicate outcome) {
    Optional<BigDecimal> left = ValueKind.number(request);
    Optional<BigDecimal> right = ValueKind.number(policy);
    return left.isPresent() && right.isPresent() && outcome.test(left.get().compareTo(right.get()));
  }

  private static boolean compareDates(String request, String policy, IntPredicate outcome) {
    Optional<Instant> left = DateValues.parse(request);
    Optional<Instant> right = DateValues.parse(policy);
    return left.isPresent() && right.isPresent() && outcome.test(left.get().compareTo(right.get()));
  }
}
