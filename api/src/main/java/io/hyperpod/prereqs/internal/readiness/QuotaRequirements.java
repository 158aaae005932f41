package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.apply.CreateClusterRequest;
import io.hyperpod.prereqs.apply.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.internal.quotas.HyperPodQuotaNames;
import io.hyperpod.prereqs.internal.quotas.QuotaLookup.ResolvedQuota;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The quotas CreateCluster meets: per instance type "for cluster usage" (counting the account's
 * other clusters), and the instances one cluster may have.
 */
public final class QuotaRequirements {
  public static final String CLUSTER_USAGE = "quotas.cluster-usage";
  public static final String PER_CLUSTER = "quotas.per-cluster";

  private QuotaRequirements() {}

  static void check(AccountView view, CreateClusterRequest request, Results out) {
    Map<String, Integer> wanted = byType(request.instanceGroups());
    Map<String, Integer> inUse = new TreeMap<>();
    view.clusters().stream()
        .filter(c -> !c.clusterName().equals(request.clusterName()))
        .filter(c -> !c.clusterStatus().equals(Cluster.FAILED) && !c.clusterStatus().equals(Cluster.DELETING))
        .forEach(c -> byType(c.instanceGroups()).forEach((t, n) -> inUse.merge(t, n, Integer::sum)));
    wanted.forEach(
        (type, count) -> {
          String name = HyperPodQuotaNames.clusterUsage(type);
          Optional<ResolvedQuota> q = view.quotas().find(name);
          int used = inUse.getOrDefault(type, 0);
          double limit = q.map(ResolvedQuota::value).orElse(0.0);
          out.check(
              count + used <= limit,
              CLUSTER_USAGE,
              type,
              "the quota '" + name + "' covers the instances",
              count + " wanted + " + used + " in other clusters, quota " + q.map(x -> fmt(x.value()) + (x.applied() ? " (applied)" : " (default)")).orElse("not found"),
              "request an increase of '" + name + "' to at least " + (count + used)
                  + " (hyperpod-prereqs plan requests it with quotas.requestIncreases: true) or lower InstanceCount",
              Consequence.RESOURCE_LIMIT);
        });
    int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
    Optional<ResolvedQuota> per = view.quotas().find(HyperPodQuotaNames.PER_CLUSTER);
    per.ifPresent(
        q ->
            out.check(
                total <= q.value(),
                PER_CLUSTER,
                request.clusterName(),
                "the cluster's instances fit '" + HyperPodQuotaNames.PER_CLUSTER + "'",
                total + " instances, quota " + fmt(q.value()),
                "request an increase of '" + HyperPodQuotaNames.PER_CLUSTER + "' to " + total,
                Consequence.RESOURCE_LIMIT));
  }

  private static Map<String, Integer> byType(List<InstanceGroupSpec> groups) {
    Map<String, Integer> m = new TreeMap<>();
    groups.forEach(g -> m.merge(g.instanceType(), g.instanceCount(), Integer::sum));
    return m;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
