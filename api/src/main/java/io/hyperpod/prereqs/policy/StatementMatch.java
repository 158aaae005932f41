package io.hyperpod.prereqs.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A statement that a decision quotes, with why it did (or did not quite) apply. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStatementMatch.class)
@JsonDeserialize(as = ImmutableStatementMatch.class)
public interface StatementMatch {
  /** {@return which kind of policy the statement is in: identity, boundary or resource} */
  PolicyKind policyKind();

  /** {@return the label of the policy, as given in the {@link PolicySet}} */
  String policyLabel();

  /** {@return the statement's {@code Sid}, if it has one} */
  Optional<String> sid();

  /** {@return the statement's position in the policy's statement list, from 0} */
  int index();

  /** {@return whether the statement allows or denies} */
  Effect effect();

  /**
   * Why it applies (or, for a near miss, which element or condition failed).
   *
   * @return the reason in words
   */
  String reason();

  /** {@return the {@code Sid}, or {@code #n} (1-based position) when the statement has none} */
  default String statementId() {
    return sid().orElse("#" + (index() + 1));
  }

  /** {@return a new builder with no field set} */
  static ImmutableStatementMatch.Builder builder() {
    return ImmutableStatementMatch.builder();
  }
}
