package io.hyperpod.prereqs.simulator.internal.quotas;

/** One quota of one account and region: its AWS default and, once set, its applied value. */
public final class QuotaRecord {
  /** The service code; null in state saved before the simulator had more than SageMaker's. */
  String service;
  String code;
  String name;
  double defaultValue;
  /** Null while the quota is at its default: ListServiceQuotas does not list it then. */
  Double appliedValue;
  boolean adjustable;

  QuotaRecord() {}

  QuotaRecord(String service, String code, String name, double defaultValue, boolean adjustable) {
    this.service = service;
    this.code = code;
    this.name = name;
    this.defaultValue = defaultValue;
    this.adjustable = adjustable;
  }

  /** The quota's service: {@code sagemaker}, {@code vpc} or {@code ec2}. */
  public String service() {
    return service == null ? QuotaCatalog.SAGEMAKER : service;
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
