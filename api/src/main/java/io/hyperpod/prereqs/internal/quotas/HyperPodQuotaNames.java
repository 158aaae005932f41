package io.hyperpod.prereqs.internal.quotas;

import java.util.Optional;

/**
 * The names of SageMaker HyperPod's Service Quotas (facts §5.1). Quotas are looked up by these
 * names at run time: their codes are not documented by AWS.
 */
public final class HyperPodQuotaNames {
  /** Per cluster: how many instances one cluster may have. */
  public static final String PER_CLUSTER =
      "Maximum number instances allowed per SageMaker HyperPod cluster";

  /** Per account and region: how many instances all clusters together may have. */
  public static final String TOTAL =
      "Total number of instances allowed across SageMaker HyperPod clusters";

  /** The largest EBS volume of a cluster instance, in GB. */
  public static final String EBS_VOLUME_SIZE =
      "Maximum size of EBS volume in GB for a SageMaker HyperPod cluster instance";

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
