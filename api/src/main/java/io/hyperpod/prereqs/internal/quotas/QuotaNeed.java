package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of one quota the spec's instance groups need: the count of each instance type summed
 * over the groups, and the total count against the per-cluster and across-clusters quotas.
 *
 * @param key the address name: the instance type, {@code instances-per-cluster} or {@code
 *     instances-total}
 * @param quotaName the Service Quotas name it is looked up by
 * @param needed how many instances the spec has
 * @param what what is counted, for messages ({@code ml.p5.48xlarge instances})
 */
record QuotaNeed(String key, String quotaName, long needed, String what) {
  static final String PER_CLUSTER = "instances-per-cluster";
  static final String TOTAL = "instances-total";

  /** The needs of these groups, instance types in the order they first appear. */
  static List<QuotaNeed> of(List<InstanceGroup> groups) {
    Map<String, Long> byType = new LinkedHashMap<>();
    long total = 0;
    for (InstanceGroup g : groups) {
      byType.merge(g.instanceType(), (long) g.count(), Long::sum);
      total += g.count();
    }
    List<QuotaNeed> out = new ArrayList<>();
    byType.forEach(
        (type, count) -> {
          if (count > 0) {
            out.add(new QuotaNeed(type, HyperPodQuotaNames.clusterUsage(type), count,
                type + " instances"));
          }
        });
    if (total > 0) {
      out.add(new QuotaNeed(PER_CLUSTER, HyperPodQuotaNames.PER_CLUSTER, total,
          "instances in this cluster"));
      out.add(new QuotaNeed(TOTAL, HyperPodQuotaNames.TOTAL, total,
          "instances across clusters (counting this one only)"));
    }
    return out;
  }
}
