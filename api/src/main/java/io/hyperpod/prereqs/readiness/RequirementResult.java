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
  /**
   * Stable id, e.g. {@code lifecycle.role-can-read}; see README for the list.
   *
   * @return the requirement's id, the same for every account and run
   */
  String id();

  /**
   * What the requirement is about: a role ARN, a subnet id, an IAM user, ...
   *
   * @return the subject's id, ARN or name
   */
  String subject();

  /** {@return whether the account meets the requirement} */
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

  /** {@return whether the status is {@link RequirementStatus#PASS}} */
  default boolean passed() {
    return status() == RequirementStatus.PASS;
  }

  /**
   * A result of a requirement the account meets.
   *
   * @param id the requirement's stable id, e.g. {@code role.trust}
   * @param subject what it is about, e.g. a role ARN
   * @param title the requirement in words
   * @param evidence what was found
   * @param consequence what HyperPod does when the requirement fails
   * @return a passing result, without a fix
   */
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

  /**
   * A result of a requirement the account does not meet.
   *
   * @param id the requirement's stable id, e.g. {@code role.trust}
   * @param subject what it is about, e.g. a role ARN
   * @param title the requirement in words
   * @param evidence what was found
   * @param fix what to change
   * @param consequence what HyperPod does because of it
   * @return a failing result with its fix
   */
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
