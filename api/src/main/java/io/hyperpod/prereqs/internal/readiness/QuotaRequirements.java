package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import io.hyperpod.prereqs.internal.network.NetworkInterfaces;
import io.hyperpod.prereqs.internal.quotas.HyperPodQuotaNames;
import io.hyperpod.prereqs.internal.quotas.QuotaLookup;
import io.hyperpod.prereqs.internal.quotas.QuotaLookup.ResolvedQuota;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The quotas CreateCluster meets: per instance type "for cluster usage" and the total across
 * clusters (both counting the account's other clusters), the instances one cluster may have, the
 * largest secondary EBS volume, and, in a custom VPC, the region's network interfaces.
 */
public final class QuotaRequirements {
  public static final String CLUSTER_USAGE = "quotas.cluster-usage";
  public static final String PER_CLUSTER = "quotas.per-cluster";
  public static final String TOTAL_INSTANCES = "quotas.total-instances";
  public static final String EBS_VOLUME_SIZE = "quotas.ebs-volume-size";
  public static final String NETWORK_INTERFACES = "quotas.network-interfaces";

  private QuotaRequirements() {}

  static void check(AccountView view, CreateClusterRequest request, Results out) {
    Map<String, Integer> wanted = byType(request.instanceGroups());
    Map<String, Integer> inUse = new TreeMap<>();
    List<Cluster> clusters;
    String unread = "";
    try {
      clusters = view.clusters();
    } catch (CloudException | UnsupportedOperationException e) {
      clusters = List.of();
      unread = " (other clusters not counted: ListClusters failed: "
          + (e instanceof CloudException c ? c.errorCode() + " " : "") + e.getMessage() + ")";
    }
    String notCounted = unread;
    clusters.stream()
        .filter(c -> !c.clusterName().equals(request.clusterName()))
        .filter(c -> c.clusterStatus() != ClusterStatus.FAILED && c.clusterStatus() != ClusterStatus.DELETING)
        .forEach(c -> byType(c.instanceGroups()).forEach((t, n) -> inUse.merge(t, n, Integer::sum)));
    QuotaLookup quotas;
    try {
      quotas = view.quotas();
    } catch (CloudException e) {
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
              count + " wanted + " + used + " in other clusters, quota " + shown(q) + notCounted,
              "request an increase of '" + name + "' to at least " + (count + used)
                  + " (hyperpod-prereqs plan requests it with quotas.requestIncreases: true) or lower InstanceCount",
              Consequence.RESOURCE_LIMIT);
        });
    int total = wanted.values().stream().mapToInt(Integer::intValue).sum();
    quotas.find(HyperPodQuotaNames.PER_CLUSTER).ifPresent(
        q ->
            out.check(
                total <= q.value(),
                PER_CLUSTER,
                request.clusterName(),
                "the cluster's instances fit '" + HyperPodQuotaNames.PER_CLUSTER + "'",
                total + " instances, quota " + fmt(q.value()),
                "request an increase of '" + HyperPodQuotaNames.PER_CLUSTER + "' to " + total,
                Consequence.RESOURCE_LIMIT));
    int others = inUse.values().stream().mapToInt(Integer::intValue).sum();
    quotas.find(HyperPodQuotaNames.TOTAL).ifPresent(
        q ->
            out.check(
                total + others <= q.value(),
                TOTAL_INSTANCES,
                request.clusterName(),
                "the instances of all clusters fit '" + HyperPodQuotaNames.TOTAL + "'",
                total + " wanted + " + others + " in other clusters, quota " + shown(Optional.of(q))
                    + notCounted,
                "request an increase of '" + HyperPodQuotaNames.TOTAL + "' to at least "
                    + (total + others) + " (plan requests it with quotas.requestIncreases: true)",
                Consequence.RESOURCE_LIMIT));
    ebsVolumes(quotas, request, out);
    if (request.vpcConfig().isPresent()) {
      networkInterfaces(view, request, out);
    }
  }

  /** Each group's secondary EBS volume against the size quota. */
  private static void ebsVolumes(QuotaLookup quotas, CreateClusterRequest request, Results out) {
    Optional<ResolvedQuota> q = quotas.find(HyperPodQuotaNames.EBS_VOLUME_SIZE);
    for (InstanceGroupSpec g : request.instanceGroups()) {
      g.instanceStorageConfigs().stream()
          .flatMap(c -> c.ebsVolumeConfig().stream())
          .flatMap(e -> e.volumeSizeInGB().stream())
          .mapToInt(Integer::intValue).max()
          .ifPresent(gb -> out.check(
              q.isPresent() && gb <= q.get().value(),
              EBS_VOLUME_SIZE,
              g.instanceGroupName(),
              "the group's EBS volume fits '" + HyperPodQuotaNames.EBS_VOLUME_SIZE + "'",
              gb + " GB wanted, quota " + shown(q),
              "request an increase of '" + HyperPodQuotaNames.EBS_VOLUME_SIZE + "' to " + gb
                  + " (plan requests it with quotas.requestIncreases: true), or set a smaller"
                  + " ebsVolumeSizeGB",
              Consequence.RESOURCE_LIMIT));
    }
  }

  /**
   * The network interfaces the nodes take (one per network card) against the region's quota;
   * the region's other interfaces are not counted. HyperPod accepts the request and its nodes fail
   * to get their interfaces, so the cluster fails (U: no AWS page says which error HyperPod gives).
   */
  private static void networkInterfaces(
      AccountView view, CreateClusterRequest request, Results out) {
    int wanted = request.instanceGroups().stream()
        .mapToInt(g -> NetworkInterfaces.of(g.instanceType(), g.instanceCount())).sum();
    String name = HyperPodQuotaNames.NETWORK_INTERFACES;
    String fix = "request an increase of '" + name + "' (service vpc) to at least " + wanted
        + " (HyperPod cannot request it; plan does with quotas.requestIncreases: true)";
    Optional<ResolvedQuota> q;
    try {
      q = view.quotas(HyperPodQuotaNames.VPC).find(name);
    } catch (CloudException e) {
      out.check(false, NETWORK_INTERFACES, request.clusterName(),
          "the nodes' network interfaces fit '" + name + "'",
          wanted + " wanted; the vpc quotas could not be read: " + e.getMessage(),
          "let the caller read Service Quotas for service vpc, then verify again",
          Consequence.LIFECYCLE_FAILURE);
      return;
    }
    out.check(
        q.isPresent() && wanted <= q.get().value(),
        NETWORK_INTERFACES,
        request.clusterName(),
        "the nodes' network interfaces fit '" + name + "'",
        wanted + " wanted (one per network card; the region's other interfaces not counted),"
            + " quota " + shown(q),
        fix,
        Consequence.LIFECYCLE_FAILURE);
  }

  /** Each wanted type's quota check failed, because Service Quotas could not be read. */
  private static void unreadable(Map<String, Integer> wanted, CloudException e, Results out) {
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

  private static String shown(Optional<ResolvedQuota> q) {
    return q.map(x -> fmt(x.value()) + (x.applied() ? " (applied)" : " (default)"))
        .orElse("not found");
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
