package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.spi.iam.EvalDecision;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of evaluating one {@link AuthorizationRequest}: the decision, the statements that
 * decided it, the statements that nearly applied, what could not be evaluated, and a human
 * explanation.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public interface Decision {
  /** {@return whether the request is allowed, denied explicitly or denied implicitly} */
  EvalDecision decision();

  /**
   * For {@code explicitDeny} the denying statements; for {@code allowed} the allowing statements
   * that the decision rests on (identity, boundary and resource side); empty for
   * {@code implicitDeny}.
   *
   * @return the statements the decision rests on, as matched
   */
  List<StatementMatch> decidingStatements();

  /**
   * Statements that matched the action but not the resource, principal or a condition, and
   * allows that were not enough (capped by the boundary, or one side of a cross-account grant).
   *
   * @return the near misses, for explaining a deny
   */
  List<StatementMatch> nearMisses();

  /**
   * What the engine could not evaluate, e.g. {@code unsupported condition operator BinaryEquals
   * in policy inline:X statement S}. Non-empty means the decision failed closed.
   *
   * @return what could not be evaluated; empty when everything was
   */
  List<String> unsupported();

  /** {@return a few lines saying what was decided and why} */
  String explanation();

  /** {@return whether the decision is {@link EvalDecision#ALLOWED}} */
  default boolean allowed() {
    return decision() == EvalDecision.ALLOWED;
  }

  /** {@return a new builder with no field set} */
  static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }
}
