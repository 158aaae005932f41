package io.hyperpod.prereqs.readiness;

/** Whether the account meets one requirement. */
public enum RequirementStatus {
  /** The account meets the requirement. */
  PASS,
  /** The account does not meet the requirement; the result says how to fix it. */
  FAIL
}
