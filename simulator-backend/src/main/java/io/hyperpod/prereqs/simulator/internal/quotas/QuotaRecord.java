package io.hyperpod.prereqs.simulator.internal.quotas;

/** One quota of one account and region: its AWS default and, once set, its applied value. */
public final class QuotaRecord {
  String code;
  String name;
  double defaultValue;
  /** Null while the quota is at its default: ListServiceQuotas does not list it then. */
  Double appliedValue;
  boolean adjustable;

  QuotaRecord() {}

  QuotaRecord(String code, String name, double defaultValue, boolean adjustable) {
    this.code = code;
    this.name = name;
    this.defaultValue = defaultValue;
    this.adjustable = adjustable;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** The value in force: the applied value, else the default. */
  public double value() {
    return appliedValue != null ? appliedValue : defaultValue;
  }

  public boolean applied() {
    return appliedValue != null;
  }
}
