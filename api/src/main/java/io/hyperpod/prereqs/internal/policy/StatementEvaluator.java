package io.hyperpod.prereqs.internal.policy;

import io.hyperpod.prereqs.internal.policy.Check.Status;
import io.hyperpod.prereqs.internal.policy.StatementOutcome.Verdict;
import io.hyperpod.prereqs.policy.ConditionEntry;
import io.hyperpod.prereqs.policy.Effect;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.MatchElement;
import io.hyperpod.prereqs.policy.PolicyKind;
import io.hyperpod.prereqs.policy.PolicyStatement;
import io.hyperpod.prereqs.policy.PrincipalElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether one statement applies: its principal (resource policies), action, resource
 * and every condition must hold. A failed test makes it not applicable, whatever else is in it;
 * otherwise anything it cannot evaluate makes it unsupported.
 */
final class StatementEvaluator {
  private final RequestContext context;
  private final boolean principalHasBoundary;

  StatementEvaluator(RequestContext context, boolean principalHasBoundary) {
    this.context = context;
    this.principalHasBoundary = principalHasBoundary;
  }

  StatementOutcome evaluate(PolicyKind kind, LabeledPolicy policy, PolicyStatement statement) {
    boolean variables = policy.document().variablesEnabled();
    Check action = action(statement.action());
    List<Check> checks = new ArrayList<>();
    boolean grantsDirectly = true;
    if (kind == PolicyKind.RESOURCE && statement.principal().isPresent()) {
      PrincipalMatcher.Result principal =
          PrincipalMatcher.match(statement.principal().get(), context.request());
      grantsDirectly =
          statement.principal().get().negated()
              || principal.match() == PrincipalMatcher.Match.DIRECT;
      checks.add(principal(statement.principal().get(), statement.effect(), principal));
    }
    checks.add(statement.resource().map(r -> resource(r, variables)).orElseGet(
        () -> Check.holds("no Resource element: the policy's own resource")));
    structuralProblems(kind, statement).forEach(p -> checks.add(Check.unsupported(p)));
    statement.unsupportedElements()
        .forEach(e -> checks.add(Check.unsupported("unsupported element " + e)));
    for (ConditionEntry entry : statement.conditions()) {
      checks.add(ConditionEvaluator.evaluate(entry, variables, context));
    }
    return outcome(kind, policy, statement, action, checks, grantsDirectly);
  }

  private StatementOutcome outcome(
      PolicyKind kind,
      LabeledPolicy policy,
      PolicyStatement statement,
      Check action,
      List<Check> checks,
      boolean grantsDirectly) {
    String label = policy.label();
    if (action.status() == Status.FAILS) {
      return new StatementOutcome(
          kind, label, statement, Verdict.NOT_APPLICABLE, false, grantsDirectly, action.reason(),
          List.of());
    }
    Optional<Check> failed = checks.stream().filter(c -> c.status() == Status.FAILS).findFirst();
    if (failed.isPresent()) {
      return new StatementOutcome(
          kind, label, statement, Verdict.NOT_APPLICABLE, true, grantsDirectly,
          failed.get().reason(), List.of());
    }
    String where = " in policy " + label + " statement " + statement.displayId();
    List<String> unsupported =
        checks.stream()
            .filter(c -> c.status() == Status.UNSUPPORTED)
            .map(c -> c.reason() + where)
            .collect(Collectors.toList());
    if (!unsupported.isEmpty()) {
      return new StatementOutcome(
          kind, label, statement, Verdict.UNSUPPORTED, true, grantsDirectly,
          String.join("; ", unsupported), unsupported);
    }
    List<String> reasons = new ArrayList<>();
    reasons.add(action.reason());
    checks.forEach(c -> reasons.add(c.reason()));
    return new StatementOutcome(
        kind, label, statement, Verdict.APPLIES, true, grantsDirectly, String.join("; ", reasons),
        List.of());
  }

  private Check action(MatchElement element) {
    String action = context.request().action();
    Optional<String> hit =
        element.patterns().stream().filter(p -> Glob.of(p).matches(action, true)).findFirst();
    return element(element, "action " + action, hit, List.of());
  }

  private Check resource(MatchElement element, boolean variables) {
    String resource = context.request().resource();
    List<String> unresolved = new ArrayList<>();
    Optional<String> hit = Optional.empty();
    for (String pattern : element.patterns()) {
      PolicyTemplate.Resolved resolved = PolicyTemplate.resolve(pattern, variables, context);
      if (!resolved.isResolved()) {
        unresolved.add(resolved.unresolvedVariable());
      } else if (ArnMatcher.matches(resolved.glob().get(), resource)) {
        hit = Optional.of(pattern);
        break;
      }
    }
    return element(element, "resource " + resource, hit, unresolved);
  }

  /** The outcome of an Action/Resource (or Not...) element given the first matching pattern. */
  private static Check element(
      MatchElement element, String subject, Optional<String> hit, List<String> unresolved) {
    String note =
        unresolved.isEmpty()
            ? ""
            : " (policy variable " + String.join(", ", unresolved) + " has no value)";
    if (element.negated()) {
      return hit.isPresent()
          ? Check.fails(subject + " is excluded by " + element.name() + " " + hit.get())
          : Check.holds(subject + " is outside " + element.name() + " " + element.patterns()
              + note);
    }
    return hit.isPresent()
        ? Check.holds(subject + " matches " + hit.get())
        : Check.fails(subject + " is not matched by " + element.name() + " "
            + element.patterns() + note);
  }

  private Check principal(PrincipalElement element, Effect effect, PrincipalMatcher.Result result) {
    String principal = "principal " + context.request().principalArn();
    String name = element.negated() ? "NotPrincipal" : "Principal";
    if (result.match() == PrincipalMatcher.Match.UNSUPPORTED) {
      return Check.unsupported(result.detail() + " in " + name);
    }
    boolean matched = result.match() != PrincipalMatcher.Match.NONE;
    if (!element.negated()) {
      return matched
          ? Check.holds(principal + " matches Principal " + element.values()
              + (result.match() == PrincipalMatcher.Match.ACCOUNT ? " (by its account)" : ""))
          : Check.fails(principal + " is not in Principal " + element.values());
    }
    if (effect == Effect.DENY && principalHasBoundary) {
      return Check.holds(
          principal + " has a permissions boundary, and AWS applies a Deny with NotPrincipal to"
              + " every such principal");
    }
    return matched
        ? Check.fails(principal + " is excluded by NotPrincipal " + element.values())
        : Check.holds(principal + " is outside NotPrincipal " + element.values());
  }

  private static List<String> structuralProblems(PolicyKind kind, PolicyStatement statement) {
    List<String> problems = new ArrayList<>();
    if (kind == PolicyKind.RESOURCE) {
      if (statement.principal().isEmpty()) {
        problems.add("resource policy statement without Principal or NotPrincipal");
      }
    } else {
      if (statement.principal().isPresent()) {
        problems.add("element Principal/NotPrincipal is not allowed in an identity policy");
      }
      if (statement.resource().isEmpty()) {
        problems.add("identity policy statement without Resource or NotResource");
      }
    }
    return problems;
  }
}
