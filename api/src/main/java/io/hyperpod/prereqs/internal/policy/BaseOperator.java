package io.hyperpod.prereqs.internal.policy;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The condition operators this engine evaluates, without set qualifier or {@code IfExists}. Each
 * has a positive test of one request value against one (resolved) policy value; a {@code Not}
 * form carries the test it negates. {@code Null} is handled on its own by the evaluator.
 */
enum BaseOperator {
  STRING_EQUALS("StringEquals", false, ValueKind.STRING, (r, p) -> r.equals(p.text())),
  STRING_NOT_EQUALS("StringNotEquals", true, ValueKind.STRING, (r, p) -> r.equals(p.text())),
  STRING_EQUALS_IGNORE_CASE(
      "StringEqualsIgnoreCase", false, ValueKind.STRING, (r, p) -> r.equalsIgnoreCase(p.text())),
  STRING_NOT_EQUALS_IGNORE_CASE(
      "StringNotEqualsIgnoreCase", true, ValueKind.STRING, (r, p) -> r.equalsIgnoreCase(p.text())),
  STRING_LIKE("StringLike", false, ValueKind.STRING, (r, p) -> p.matches(r)),
  STRING_NOT_LIKE("StringNotLike", true, ValueKind.STRING, (r, p) -> p.matches(r)),
  NUMERIC_EQUALS("NumericEquals", false, ValueKind.NUMERIC, numbers(c -> c == 0)),
  NUMERIC_NOT_EQUALS("NumericNotEquals", true, ValueKind.NUMERIC, numbers(c -> c == 0)),
  NUMERIC_LESS_THAN("NumericLessThan", false, ValueKind.NUMERIC, numbers(c -> c < 0)),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, ValueKind.NUMERIC, numbers(c -> c <= 0)),
  NUMERIC_GREATER_THAN("NumericGreaterThan", false, ValueKind.NUMERIC, numbers(c -> c > 0)),
  NUMERIC_GREATER_THAN_EQUALS(
      "NumericGreaterThanEquals", false, ValueKind.NUMERIC, numbers(c -> c >= 0)),
  DATE_EQUALS("DateEquals", false, ValueKind.DATE, dates(c -> c == 0)),
  DATE_NOT_EQUALS("DateNotEquals", true, ValueKind.DATE, dates(c -> c == 0)),
  DATE_LESS_THAN("DateLessThan", false, ValueKind.DATE, dates(c -> c < 0)),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, ValueKind.DATE, dates(c -> c <= 0)),
  DATE_GREATER_THAN("DateGreaterThan", false, ValueKind.DATE, dates(c -> c > 0)),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, ValueKind.DATE, dates(c -> c >= 0)),
  BOOL("Bool", false, ValueKind.BOOL, (r, p) -> r.equalsIgnoreCase(p.text())),
  IP_ADDRESS("IpAddress", false, ValueKind.IP, BaseOperator::inBlock),
  NOT_IP_ADDRESS("NotIpAddress", true, ValueKind.IP, BaseOperator::inBlock),
  // ArnEquals and ArnLike behave alike in IAM: per component, with wildcards.
  ARN_EQUALS("ArnEquals", false, ValueKind.ARN, (r, p) -> ArnMatcher.matches(p, r)),
  ARN_LIKE("ArnLike", false, ValueKind.ARN, (r, p) -> ArnMatcher.matches(p, r)),
  ARN_NOT_EQUALS("ArnNotEquals", true, ValueKind.ARN, (r, p) -> ArnMatcher.matches(p, r)),
  ARN_NOT_LIKE("ArnNotLike", true, ValueKind.ARN, (r, p) -> ArnMatcher.matches(p, r));

  private final String jsonName;
  private final boolean negated;
  private final ValueKind kind;
  private final BiPredicate<String, Glob> test;

  BaseOperator(String jsonName, boolean negated, ValueKind kind, BiPredicate<String, Glob> test) {
    this.jsonName = jsonName;
    this.negated = negated;
    this.kind = kind;
    this.test = test;
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
   * The positive test: does the request value match the policy value? For a {@code Not} form
   * this is the test it negates (equals, like, in the block).
   */
  boolean test(String requestValue, Glob policyValue) {
    return test.test(requestValue, policyValue);
  }

  private static BiPredicate<String, Glob> numbers(IntPredicate outcome) {
    return compare(ValueKind::number, outcome);
  }

  private static BiPredicate<String, Glob> dates(IntPredicate outcome) {
    return compare(DateValues::parse, outcome);
  }

  /** Parses both sides and tests their order; an unparsable side never matches. */
  private static <T extends Comparable<T>> BiPredicate<String, Glob> compare(
      Function<String, Optional<T>> parse, IntPredicate outcome) {
    return (request, policy) -> {
      Optional<T> left = parse.apply(request);
      Optional<T> right = parse.apply(policy.text());
      return left.isPresent() && right.isPresent()
          && outcome.test(left.get().compareTo(right.get()));
    };
  }

  private static boolean inBlock(String request, Glob policy) {
    return IpCidr.parse(policy.text()).map(block -> block.contains(request)).orElse(false);
  }
}
