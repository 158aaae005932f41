package io.hyperpod.prereqs.readiness;

/** Whether the account meets one requirement. */
public enum RequirementStatus {
  PASS,
  FAIL
}
