package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
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
    List<Cluster> clusters;
    String unread = "";
    try {
      clusters = view.clusters();
    } catch (io.hyperpod.prereqs.spi.CloudException | UnsupportedOperationException e) {
      clusters = List.of();
      unread = " (other clusters not counted: ListClusters failed: "
          + (e instanceof io.hyperpod.prereqs.spi.CloudException c ? c.errorCode() + " " : "") + e.getMessage() + ")";
    }
    String notCounted = unread;
    clusters.stream()
        .filter(c -> !c.clusterName().equals(request.clusterName()))
        .filter(c -> !c.clusterStatus().equals(Cluster.FAILED) && !c.clusterStatus().equals(Cluster.DELETING))
        .forEach(c -> byType(c.instanceGroups()).forEach((t, n) -> inUse.merge(t, n, Integer::sum)));
    io.hyperpod.prereqs.internal.quotas.QuotaLookup quotas;
    try {
      quotas = view.quotas();
    } catch (io.hyperpod.prereqs.spi.CloudException e) {
      unreadable(wanted, e, out);
      return;
    }
    wanted.forEach(
        (type, count) -> {
          String name = HyperPodQuotaNames.clusterUsage(type);
          Optional<ResolvedQuota> q = quotas.find(name);
          int used = inUse.getOrDefault(type, 0);
          double limit = q.map(ResolvedQuota::value).orElse(0.0);
          out.check(
              count + used <= limit,
              CLUSTER_USAGE,
              type,
              "the quota '" + name + "' covers the instances",
              count + " wanted + " + used + " in other clusters, quota " + q.map(x -> fmt(x.value()) + (x.applied() ? " (applied)" : " (default)")).orElse("not found")
                  + notCounted,
              "request an increase of '" + name + "' to at least " + (count + used)
                  + " (hyperpod-prereqs plan requests it with quotas.requestIncreases: true) or lower InstanceCount",
              Consequence.RESOURCE_LIMIT);
        });
    int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
    Optional<ResolvedQuota> per = quotas.find(HyperPodQuotaNames.PER_CLUSTER);
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

  /** Each wanted type's quota check failed, because Service Quotas could not be read. */
  private static void unreadable(
      Map<String, Integer> wanted, io.hyperpod.prereqs.spi.CloudException e, Results out) {
    wanted.forEach(
        (type, count) ->
            out.check(
                false,
                CLUSTER_USAGE,
                type,
                "the quota '" + HyperPodQuotaNames.clusterUsage(type) + "' covers the instances",
                count + " wanted; the SageMaker quotas could not be read: " + e.getMessage(),
                "let the caller read Service Quotas (servicequotas:ListServiceQuotas,"
                    + " servicequotas:ListAWSDefaultServiceQuotas) in this region, then verify again",
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
