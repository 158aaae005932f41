package io.hyperpod.prereqs.simulator.internal.quotas;

import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator-wide Service Quotas settings, saved with the state: the approval policy new
 * requests are decided by, and defaults and adjustable flags that differ from the built-in
 * catalog (by quota name).
 */
public final class QuotaSettingsRecord {
  double autoApproveUpTo = 16;
  long autoApprovalSeconds = 24 * 3600;
  long caseOpenSeconds = 3600;
  double caseApproveUpTo = 256;
  long caseDecisionSeconds = 72 * 3600;
  TreeMap<String, Double> defaultValues = new TreeMap<>();
  TreeMap<String, Boolean> adjustable = new TreeMap<>();

  public double autoApproveUpTo() {
    return autoApproveUpTo;
  }

  public long autoApprovalSeconds() {
    return autoApprovalSeconds;
  }

  public long caseOpenSeconds() {
    return caseOpenSeconds;
  }

  public double caseApproveUpTo() {
    return caseApproveUpTo;
  }

  public long caseDecisionSeconds() {
    return caseDecisionSeconds;
  }

  /** Sets the approval policy for requests filed from now on. */
  public void policy(
      double autoApproveUpTo,
      long autoApprovalSeconds,
      long caseOpenSeconds,
      double caseApproveUpTo,
      long caseDecisionSeconds) {
    this.autoApproveUpTo = autoApproveUpTo;
    this.autoApprovalSeconds = autoApprovalSeconds;
    this.caseOpenSeconds = caseOpenSeconds;
    this.caseApproveUpTo = caseApproveUpTo;
    this.caseDecisionSeconds = caseDecisionSeconds;
  }

  public void defaultValue(String quotaName, double value) {
    defaultValues.put(quotaName, value);
  }

  public void adjustable(String quotaName, boolean value) {
    adjustable.put(quotaName, value);
  }

  Map<String, Double> defaultValues() {
    return defaultValues;
  }

  Map<String, Boolean> adjustable() {
    return adjustable;
  }
}
