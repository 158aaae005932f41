package io.hyperpod.prereqs.internal.policy;

import io.hyperpod.prereqs.policy.Effect;
import io.hyperpod.prereqs.policy.PolicyKind;
import io.hyperpod.prereqs.policy.PolicyStatement;
import io.hyperpod.prereqs.policy.StatementMatch;
import java.util.List;

/** How one statement fared against the request. */
record StatementOutcome(
    PolicyKind kind,
    String policyLabel,
    PolicyStatement statement,
    Verdict verdict,
    boolean actionMatched,
    boolean grantsDirectly,
    String reason,
    List<String> unsupported) {

  /** Whether the statement applies to the request. */
  enum Verdict {
    APPLIES,
    NOT_APPLICABLE,
    /** It might apply, but something in it cannot be evaluated: the decision fails closed. */
    UNSUPPORTED
  }

  boolean applies() {
    return verdict == Verdict.APPLIES;
  }

  boolean is(Effect effect) {
    return statement.effect() == effect;
  }

  /** Matched the action but failed on the principal, the resource or a condition. */
  boolean nearMiss() {
    return verdict == Verdict.NOT_APPLICABLE && actionMatched;
  }

  StatementMatch toMatch() {
    return toMatch(reason);
  }

  StatementMatch toMatch(String why) {
    return StatementMatch.builder()
        .policyKind(kind)
        .policyLabel(policyLabel)
        .sid(statement.sid())
        .index(statement.index())
        .effect(statement.effect())
        .reason(why)
        .build();
  }

  /** {@code policy LABEL statement ID}, as the decision's texts name a statement. */
  String where() {
    return "policy " + policyLabel + " statement " + statement.displayId();
  }
}
