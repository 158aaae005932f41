package io.hyperpod.prereqs.internal.policy;

import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.Effect;
import io.hyperpod.prereqs.spi.iam.EvalDecision;
import io.hyperpod.prereqs.policy.PolicyKind;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.policy.PrincipalType;
import io.hyperpod.prereqs.policy.StatementMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * AWS's evaluation logic over the statement outcomes of one request.
 *
 * <ol>
 *   <li>An applicable {@code Deny} in any policy: explicit deny.
 *   <li>Anything that could apply but cannot be evaluated: implicit deny (fail closed).
 *   <li>A service principal: the resource (trust) policy alone decides.
 *   <li>Across accounts: the identity side (within the boundary) and the resource policy must
 *       both allow.
 *   <li>Within the account: an identity-based allow within the boundary, or a resource-policy
 *       allow that names the principal (a role stays capped by its boundary; a resource policy
 *       that names only the account delegates to identity policies).
 *   <li>Otherwise: implicit deny.
 * </ol>
 */
final class DecisionRules {
  private final AuthorizationRequest request;
  private final PolicySet policies;
  private final List<StatementOutcome> outcomes;
  private final List<StatementMatch> nearMisses = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  DecisionRules(AuthorizationRequest request, PolicySet policies, List<StatementOutcome> outcomes) {
    this.request = request;
    this.policies = policies;
    this.outcomes = outcomes;
    outcomes.stream().filter(StatementOutcome::nearMiss).forEach(o -> nearMisses.add(o.toMatch()));
  }

  Decision decide() {
    List<StatementOutcome> denies = select(o -> o.applies() && o.is(Effect.DENY));
    if (!denies.isEmpty()) {
      return decision(EvalDecision.EXPLICIT_DENY, denies, "denied by");
    }
    List<String> unsupported =
        outcomes.stream().flatMap(o -> o.unsupported().stream()).collect(Collectors.toList());
    if (!unsupported.isEmpty()) {
      unsupported.forEach(u -> lines.add("cannot evaluate, failing closed: " + u));
      return decision(EvalDecision.IMPLICIT_DENY, List.of(), "");
    }
    if (request.principalType() == PrincipalType.SERVICE) {
      return serviceDecision();
    }
    return request.crossAccount() ? crossAccountDecision() : sameAccountDecision();
  }

  private Decision serviceDecision() {
    List<StatementOutcome> grants = allows(PolicyKind.RESOURCE);
    if (!grants.isEmpty()) {
      lines.add("rule: for a service principal the resource (trust) policy alone decides");
      return decision(EvalDecision.ALLOWED, grants, "allowed by");
    }
    lines.add(
        policies.resourcePolicy().isEmpty()
            ? "service principal " + request.principalArn() + " needs a resource (trust) policy"
                + " that allows it, and there is none"
            : "resource policy " + policies.resourcePolicy().get().label() + " has no statement"
                + " allowing service principal " + request.principalArn());
    return decision(EvalDecision.IMPLICIT_DENY, List.of(), "");
  }

  private Decision crossAccountDecision() {
    List<StatementOutcome> identity = allows(PolicyKind.IDENTITY);
    List<StatementOutcome> boundary = allows(PolicyKind.PERMISSIONS_BOUNDARY);
    List<StatementOutcome> resource = allows(PolicyKind.RESOURCE);
    boolean identityOk = !identity.isEmpty() && boundaryAllows(boundary);
    String otherAccount = request.resourceAccount().orElse("");
    if (identityOk && !resource.isEmpty()) {
      lines.add("rule: the resource is in account " + otherAccount
          + ", so the identity side and the resource policy must both allow, and do");
      return decision(EvalDecision.ALLOWED, concat(identity, boundary, resource), "allowed by");
    }
    lines.add("rule: the resource is in account " + otherAccount + " (the principal's is "
        + request.principalAccount().orElse("?") + "), so the identity side and the resource"
        + " policy must both allow");
    if (!identityOk) {
      explainIdentitySide(identity, boundary);
    } else {
      identity.forEach(o -> nearMiss(o, "allows, but the resource policy of account "
          + otherAccount + " does not"));
      lines.add(policies.resourcePolicy().isEmpty()
          ? "the resource has no resource policy granting access to another account"
          : "resource policy " + policies.resourcePolicy().get().label()
              + " has no statement allowing this principal");
    }
    resource.forEach(o -> nearMiss(o, "allows on the resource side, but the identity side does"
        + " not allow"));
    return decision(EvalDecision.IMPLICIT_DENY, List.of(), "");
  }

  private Decision sameAccountDecision() {
    List<StatementOutcome> identity = allows(PolicyKind.IDENTITY);
    List<StatementOutcome> boundary = allows(PolicyKind.PERMISSIONS_BOUNDARY);
    List<StatementOutcome> resource = allows(PolicyKind.RESOURCE);
    List<StatementOutcome> direct =
        resource.stream().filter(StatementOutcome::grantsDirectly).collect(Collectors.toList());
    boolean boundaryOk = boundaryAllows(boundary);
    boolean viaIdentity = !identity.isEmpty() && boundaryOk;
    boolean user = request.principalType() == PrincipalType.USER;
    boolean viaResource = !direct.isEmpty() && (user || boundaryOk);
    if (viaIdentity || viaResource) {
      List<StatementOutcome> deciding = new ArrayList<>();
      if (viaIdentity) {
        deciding.addAll(identity);
      }
      if (viaIdentity || !user) {
        deciding.addAll(boundary);
      }
      if (viaResource) {
        deciding.addAll(direct);
      }
      lines.add("rule: same account; " + (viaIdentity ? "an identity-based allow" : "")
          + (viaIdentity && viaResource ? " and " : "")
          + (viaResource ? "a resource-policy allow naming the principal" : "")
          + (policies.permissionsBoundary().isPresent() && (viaIdentity || !user)
              ? " within the permissions boundary" : "")
          + " with no explicit deny");
      return decision(EvalDecision.ALLOWED, deciding, "allowed by");
    }
    explainIdentitySide(identity, boundary);
    direct.forEach(o -> nearMiss(o, "allows, but the permissions boundary "
        + policies.permissionsBoundary().orElseThrow().label() + " caps resource-policy grants"
        + " to a role and does not allow this"));
    resource.stream()
        .filter(o -> !o.grantsDirectly())
        .forEach(o -> nearMiss(o, "names only the principal's account, which delegates to its"
            + " identity policies, and none allows"));
    return decision(EvalDecision.IMPLICIT_DENY, List.of(), "");
  }

  /** Why the identity side did not allow: nothing allows, or the boundary caps it. */
  private void explainIdentitySide(List<StatementOutcome> identity, List<StatementOutcome> bound) {
    if (identity.isEmpty()) {
      lines.add("no identity policy statement allows " + request.action() + " on "
          + request.resource());
    } else if (!boundaryAllows(bound)) {
      String boundary = policies.permissionsBoundary().orElseThrow().label();
      lines.add("the permissions boundary " + boundary + " does not allow " + request.action());
      identity.forEach(o -> nearMiss(o, "allows, but the permissions boundary " + boundary
          + " does not"));
    }
  }

  private boolean boundaryAllows(List<StatementOutcome> boundaryAllows) {
    return policies.permissionsBoundary().isEmpty() || !boundaryAllows.isEmpty();
  }

  private List<StatementOutcome> allows(PolicyKind kind) {
    return select(o -> o.applies() && o.is(Effect.ALLOW) && o.kind() == kind);
  }

  private List<StatementOutcome> select(Predicate<StatementOutcome> filter) {
    return outcomes.stream().filter(filter).collect(Collectors.toList());
  }

  private void nearMiss(StatementOutcome outcome, String why) {
    nearMisses.add(outcome.toMatch(why));
  }

  private Decision decision(EvalDecision result, List<StatementOutcome> deciding, String verb) {
    List<StatementMatch> matches =
        deciding.stream().map(StatementOutcome::toMatch).collect(Collectors.toList());
    List<String> text = new ArrayList<>();
    text.add(result.awsName() + ": " + request.principalArn() + " " + request.action() + " on "
        + request.resource());
    deciding.forEach(o -> text.add("  " + verb + " " + o.where() + ": " + o.reason()));
    lines.forEach(l -> text.add("  " + l));
    nearMisses.forEach(m -> text.add("  not applied: policy " + m.policyLabel() + " statement "
        + m.statementId() + ": " + m.reason()));
    if (result == EvalDecision.IMPLICIT_DENY && deciding.isEmpty() && lines.isEmpty()) {
      text.add("  no statement allows it");
    }
    List<String> unsupported =
        outcomes.stream().flatMap(o -> o.unsupported().stream()).collect(Collectors.toList());
    return Decision.builder()
        .decision(result)
        .decidingStatements(matches)
        .nearMisses(nearMisses)
        .unsupported(unsupported)
        .explanation(String.join("\n", text))
        .build();
  }

  @SafeVarargs
  private static List<StatementOutcome> concat(List<StatementOutcome>... lists) {
    List<StatementOutcome> all = new ArrayList<>();
    for (List<StatementOutcome> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
