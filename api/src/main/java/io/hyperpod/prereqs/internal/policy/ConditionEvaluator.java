package io.hyperpod.prereqs.internal.policy;

import io.hyperpod.prereqs.internal.policy.ConditionOperator.Qualifier;
import io.hyperpod.prereqs.policy.ConditionEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates one operator/key pair of a {@code Condition} block against the request context.
 *
 * <p>Several policy values are alternatives (OR); the {@code Not} forms hold when no policy
 * value matches. A missing key fails, except that {@code ...IfExists} and
 * {@code ForAllValues:} then hold and the {@code Not} forms hold; {@code Null} tests presence. A
 * policy variable without a value makes its comparison fail, negated or not. Unknown operators
 * and malformed values are reported as unsupported, never silently passed.
 */
final class ConditionEvaluator {
  private ConditionEvaluator() {}

  static Check evaluate(ConditionEntry entry, boolean variablesEnabled, RequestContext context) {
    Optional<ConditionOperator> parsed = ConditionOperator.parse(entry.operator());
    if (parsed.isEmpty()) {
      return Check.unsupported("unsupported condition operator " + entry.operator());
    }
    ConditionOperator operator = parsed.get();
    List<String> requestValues = context.values(entry.key());
    String subject = entry.operator() + " " + entry.key();
    if (operator.isNull()) {
      return evaluateNull(entry, subject, requestValues);
    }
    BaseOperator base = operator.base().orElseThrow();
    if (requestValues.isEmpty()) {
      return missingKey(operator, base, subject);
    }
    List<Glob> policyValues = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (String value : entry.values()) {
      boolean variables = variablesEnabled && base.kind().allowsVariables();
      PolicyTemplate.Resolved resolved = PolicyTemplate.resolve(value, variables, context);
      if (!resolved.isResolved()) {
        unresolved.add(resolved.unresolvedVariable());
        continue;
      }
      Optional<String> invalid = base.kind().invalid(resolved.glob().get().text());
      if (invalid.isPresent()) {
        return Check.unsupported(
            "invalid value for condition operator " + entry.operator() + " " + entry.key() + ": "
                + invalid.get());
      }
      policyValues.add(resolved.glob().get());
      String text = resolved.glob().get().text();
      shown.add(text.equals(value) ? value : value + " = " + text);
    }
    boolean holds = combine(operator, base, requestValues, policyValues, unresolved.isEmpty());
    String detail =
        subject + ": request " + requestValues + " vs policy " + shown
            + (unresolved.isEmpty() ? "" : " (policy variable " + String.join(", ", unresolved)
                + " has no value in the request)");
    return holds ? Check.holds(detail + " holds") : Check.fails(detail + " does not hold");
  }

  private static boolean combine(
      ConditionOperator operator,
      BaseOperator base,
      List<String> requestValues,
      List<Glob> policyValues,
      boolean allResolved) {
    Qualifier qualifier = operator.qualifier();
    boolean everyValue =
        qualifier == Qualifier.FOR_ALL_VALUES || qualifier == Qualifier.NONE && base.negated();
    return everyValue
        ? requestValues.stream().allMatch(v -> perValue(base, v, policyValues, allResolved))
        : requestValues.stream().anyMatch(v -> perValue(base, v, policyValues, allResolved));
  }

  /** One request value: some policy value matches, or (Not forms) none does. */
  private static boolean perValue(
      BaseOperator base, String requestValue, List<Glob> policyValues, boolean allResolved) {
    boolean anyMatch = policyValues.stream().anyMatch(p -> base.test(requestValue, p));
    return base.negated() ? allResolved && !anyMatch : anyMatch;
  }

  private static Check missingKey(ConditionOperator operator, BaseOperator base, String subject) {
    String absent = subject + ": key absent from the request";
    if (operator.ifExists()) {
      return Check.holds(absent + ", so ...IfExists holds");
    }
    if (operator.qualifier() == Qualifier.FOR_ALL_VALUES) {
      return Check.holds(absent + ", so ForAllValues holds");
    }
    if (operator.qualifier() == Qualifier.FOR_ANY_VALUE) {
      return Check.fails(absent + ", so ForAnyValue does not hold");
    }
    return base.negated()
        ? Check.holds(absent + ", so the negated operator holds")
        : Check.fails(absent + ", so the condition does not hold");
  }

  private static Check evaluateNull(ConditionEntry entry, String subject, List<String> request) {
    boolean absent = request.isEmpty();
    boolean holds = false;
    for (String value : entry.values()) {
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        return Check.unsupported(
            "invalid value for condition operator Null " + entry.key() + ": '" + value
                + "' is not true or false");
      }
      holds |= Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)) == absent;
    }
    String state = absent ? "absent" : "present " + request;
    return holds
        ? Check.holds(subject + ": key " + state)
        : Check.fails(subject + ": key " + state + " does not hold");
  }
}
