package io.hyperpod.prereqs.readiness;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One requirement of HyperPod checked against the account: a stable id (e.g. {@code
 * role.trust}), the subject it is about (a role ARN, a subnet id, a user), pass or fail, what was
 * found, and how to fix it when it fails.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRequirementResult.class)
@JsonPropertyOrder({"id", "subject", "status", "title", "evidence", "fix", "consequence"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface RequirementResult {
  /** Stable id, e.g. {@code lifecycle.role-can-read}; see README for the list. */
  String id();

  /** What the requirement is about: a role ARN, a subnet id, an IAM user, ... */
  String subject();

  RequirementStatus status();

  /** {@return the requirement in words} */
  String title();

  /**
   * {@return what was found: ids, values, the policy evaluator's decision and deciding statements}
   */
  String evidence();

  /** {@return what to change; absent for a pass} */
  Optional<String> fix();

  /** {@return what HyperPod does when this fails} */
  Consequence consequence();

  default boolean passed() {
    return status() == RequirementStatus.PASS;
  }

  static RequirementResult pass(
      String id, String subject, String title, String evidence, Consequence consequence) {
    return ImmutableRequirementResult.builder()
        .id(id)
        .subject(subject)
        .status(RequirementStatus.PASS)
        .title(title)
        .evidence(evidence)
        .consequence(consequence)
        .build();
  }

  static RequirementResult fail(
      String id,
      String subject,
      String title,
      String evidence,
      String fix,
      Consequence consequence) {
    return ImmutableRequirementResult.builder()
        .id(id)
        .subject(subject)
        .status(RequirementStatus.FAIL)
        .title(title)
        .evidence(evidence)
        .fix(fix)
        .consequence(consequence)
        .build();
  }
}
