package io.hyperpod.prereqs.internal.quotas;

import java.util.Optional;

/**
 * The names of the Service Quotas a HyperPod cluster needs (facts §5.1, hyperpod-2026 §1.1), with
 * their service codes. Quotas are looked up by these names at run time: AWS documents no codes for
 * SageMaker's. The VPC and EC2 quotas' codes are AWS's well-known ones, named here only for
 * messages; they too are found by name.
 */
public final class HyperPodQuotaNames {
  /** The service code of SageMaker's quotas. */
  public static final String SAGEMAKER = "sagemaker";

  /** The service code of Amazon VPC's quotas. */
  public static final String VPC = "vpc";

  /** The service code of Amazon EC2's quotas (Elastic IPs). */
  public static final String EC2 = "ec2";

  /** Per cluster: how many instances one cluster may have. */
  public static final String PER_CLUSTER =
      "Maximum number instances allowed per SageMaker HyperPod cluster";

  /** Per account and region: how many instances all clusters together may have. */
  public static final String TOTAL =
      "Total number of instances allowed across SageMaker HyperPod clusters";

  /** The largest EBS volume of a cluster instance, in GB. */
  public static final String EBS_VOLUME_SIZE =
      "Maximum size of EBS volume in GB for a SageMaker HyperPod cluster instance";

  /**
   * Service code {@code vpc}, code {@code L-DF5E4CA3} (hyperpod-2026 §1.1; moto 5.2.1's
   * servicequotas/resources/default_quotas/vpc.py, default 5000). HyperPod's nodes take one
   * network interface per network card; HyperPod cannot request an increase, the tool can.
   */
  public static final String NETWORK_INTERFACES = "Network interfaces per Region";

  /** Service code {@code vpc}, code {@code L-F678F1CE} (moto's vpc.py, default 5). */
  public static final String VPCS = "VPCs per Region";

  /** Service code {@code vpc}, code {@code L-A4707A72} (moto's vpc.py, default 5). */
  public static final String INTERNET_GATEWAYS = "Internet gateways per Region";

  /**
   * Service code {@code ec2}, code {@code L-0263D0A3}, default 5 (the code public quota checkers
   * use for "EC2-VPC Elastic IPs", e.g. request-service-quota-increase --service-code ec2
   * --quota-code L-0263D0A3; the 5 of EC2's Elastic IP documentation).
   */
  public static final String ELASTIC_IPS = "EC2-VPC Elastic IPs";

  private static final String CLUSTER_USAGE_SUFFIX = " for cluster usage";

  private HyperPodQuotaNames() {}

  /** {@code ml.p5.48xlarge for cluster usage}: how many of one type all clusters may have. */
  public static String clusterUsage(String instanceType) {
    return instanceType + CLUSTER_USAGE_SUFFIX;
  }

  /** The instance type of a {@link #clusterUsage} name. */
  public static Optional<String> instanceType(String quotaName) {
    return quotaName.endsWith(CLUSTER_USAGE_SUFFIX) && quotaName.startsWith("ml.")
        ? Optional.of(quotaName.substring(0, quotaName.length() - CLUSTER_USAGE_SUFFIX.length()))
        : Optional.empty();
  }
}
