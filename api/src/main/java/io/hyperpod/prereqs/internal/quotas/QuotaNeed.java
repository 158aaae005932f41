package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.network.NetworkInterfaces;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of one quota the spec needs: the count of each instance type summed over the groups,
 * the total count against the per-cluster and across-clusters quotas, the largest secondary EBS
 * volume, the network interfaces the nodes take, and one more VPC when the spec creates one.
 *
 * @param key the address name: the instance type, {@code instances-per-cluster}, ...
 * @param serviceCode the Service Quotas service the quota belongs to
 * @param quotaName the Service Quotas name it is looked up by
 * @param count how much the spec needs; read from the account for the VPC quota
 * @param what what is counted, for messages ({@code ml.p5.48xlarge instances})
 */
record QuotaNeed(String key, String serviceCode, String quotaName, Count count, String what) {
  static final String PER_CLUSTER = "instances-per-cluster";
  static final String TOTAL = "instances-total";
  static final String EBS_VOLUME_SIZE = "ebs-volume-size";
  static final String NETWORK_INTERFACES = "network-interfaces";
  static final String VPCS = "vpcs";

  /** How much is needed; most counts come from the spec alone. */
  @FunctionalInterface
  interface Count {
    long of(ObserveContext ctx);

    static Count fixed(long n) {
      return ctx -> n;
    }
  }

  /** The needs of this stack, instance types in the order they first appear. */
  static List<QuotaNeed> of(StackModel model) {
    List<InstanceGroup> groups = model.instanceGroups();
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
            out.add(sageMaker(type, HyperPodQuotaNames.clusterUsage(type), count,
                type + " instances"));
          }
        });
    if (total > 0) {
      out.add(sageMaker(PER_CLUSTER, HyperPodQuotaNames.PER_CLUSTER, total,
          "instances in this cluster"));
      out.add(sageMaker(TOTAL, HyperPodQuotaNames.TOTAL, total,
          "instances across clusters (counting this one only)"));
    }
    groups.stream().flatMap(g -> g.ebsVolumeSizeGB().stream()).mapToInt(Integer::intValue).max()
        .ifPresent(gb -> out.add(sageMaker(EBS_VOLUME_SIZE, HyperPodQuotaNames.EBS_VOLUME_SIZE,
            gb, "GB of secondary EBS volume per instance")));
    model.spec().network().ifPresent(n -> {
      int enis = NetworkInterfaces.ofInstances(groups);
      if (enis > 0) {
        out.add(new QuotaNeed(NETWORK_INTERFACES, HyperPodQuotaNames.VPC,
            HyperPodQuotaNames.NETWORK_INTERFACES, Count.fixed(enis),
            "network interfaces for the cluster's nodes (the region's other interfaces not"
                + " counted)"));
      }
      if (n.vpc().create().isPresent()) {
        out.add(new QuotaNeed(VPCS, HyperPodQuotaNames.VPC, HyperPodQuotaNames.VPCS,
            ctx -> otherVpcs(model, ctx) + 1, "VPCs in the region (the others and the stack's)"));
      }
    });
    return out;
  }

  private static QuotaNeed sageMaker(String key, String name, long count, String what) {
    return new QuotaNeed(key, HyperPodQuotaNames.SAGEMAKER, name, Count.fixed(count), what);
  }

  /** The region's VPCs that are not the stack's own. */
  private static long otherVpcs(StackModel model, ObserveContext ctx) {
    List<Vpc> all = ctx.cached("quotas.vpcs", () -> ctx.backend().ec2().describeVpcs(Ec2Query.all()));
    return all.stream().filter(v -> !model.ownedBy(v.tags())).count();
  }
}
