package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the simulated Service Quotas decides increase requests, on the simulated clock. Every
 * request starts {@code PENDING}. A request for at most {@link #autoApproveUpTo()} is {@code
 * APPROVED} {@link #autoApprovalDelay()} after it was filed, without a support case. A larger one
 * gets a support case: {@code CASE_OPENED} (with its case id) after {@link #caseOpenDelay()}, then
 * {@code APPROVED} after {@link #caseDecisionDelay()} when it asks for at most {@link
 * #caseApproveUpTo()}, else {@code DENIED}. An approved request sets the quota's applied value.
 *
 * <p>The defaults: up to 16 approved after 24 hours; larger requests open a case after 1 hour and
 * are decided after 72 hours, approved up to 256. A request's course is fixed when it is filed.
 */
@Value.Immutable
@ValueStyle
public interface QuotaApprovalPolicy {
  /** {@return the largest requested value approved without a support case; default 16} */
  @Value.Default
  default double autoApproveUpTo() {
    return 16;
  }

  /** {@return how long after it was filed a small request is approved; default 24 hours} */
  @Value.Default
  default Duration autoApprovalDelay() {
    return Duration.ofHours(24);
  }

  /** {@return how long after it was filed a large request gets its support case; default 1 hour} */
  @Value.Default
  default Duration caseOpenDelay() {
    return Duration.ofHours(1);
  }

  /**
   * {@return the largest requested value a support case approves, larger ones are denied; default
   * 256}
   */
  @Value.Default
  default double caseApproveUpTo() {
    return 256;
  }

  /** {@return how long after it was filed a large request is decided; default 72 hours} */
  @Value.Default
  default Duration caseDecisionDelay() {
    return Duration.ofHours(72);
  }

  /**
   * Checks the policy when it is built; Immutables calls it, callers need not.
   *
   * @throws IllegalArgumentException when a delay is negative or the case decision comes before the
   *     case opens
   */
  @Value.Check
  default void check() {
    for (Duration d : new Duration[] {autoApprovalDelay(), caseOpenDelay(), caseDecisionDelay()}) {
      if (d.isNegative()) {
        throw new IllegalArgumentException(
            "QuotaApprovalPolicy: delay " + d + " is negative; delays are zero or more");
      }
    }
    if (caseDecisionDelay().compareTo(caseOpenDelay()) < 0) {
      throw new IllegalArgumentException(
          "QuotaApprovalPolicy: caseDecisionDelay "
              + caseDecisionDelay()
              + " is shorter than caseOpenDelay "
              + caseOpenDelay()
              + "; a case is decided after it opens");
    }
  }

  /** {@return the default policy (see the class comment)} */
  static QuotaApprovalPolicy defaults() {
    return builder().build();
  }

  /** {@return a new builder holding the defaults} */
  static ImmutableQuotaApprovalPolicy.Builder builder() {
    return ImmutableQuotaApprovalPolicy.builder();
  }
}
