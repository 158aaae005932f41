package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.SlurmNodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A cluster over several AZs: EFA traffic does not cross AZs, so the EFA Compute groups that share
 * a Slurm partition (without API-driven Slurm: all EFA groups) should be in one AZ id. Otherwise a
 * warning ({@code network.efa-across-azs}): jobs spanning the partition would run their collective
 * traffic over the VPC across zones, or fail EFA's checks.
 */
final class ZoneSpread {
  private ZoneSpread() {}

  static void check(StackModel model, List<Finding> out) {
    String clusterZone = model.spec().network().orElseThrow().availabilityZoneId();
    boolean apiDriven = model.instanceGroups().stream().anyMatch(g -> g.slurm().isPresent());
    Map<String, Map<String, List<String>>> byPartition = new TreeMap<>();
    for (InstanceGroup g : model.instanceGroups()) {
      if (!HyperPodCatalog.efa(g.instanceType())) {
        continue;
      }
      List<String> partitions;
      if (apiDriven) {
        if (g.slurm().isEmpty() || g.slurm().get().nodeType() != SlurmNodeType.COMPUTE) {
          continue;
        }
        partitions = g.slurm().get().partitions();
      } else {
        partitions = List.of("(all EFA groups)");
      }
      String zone = g.network().map(n -> n.availabilityZoneId()).orElse(clusterZone);
      for (String p : partitions) {
        byPartition.computeIfAbsent(p, k -> new TreeMap<>())
            .computeIfAbsent(zone, k -> new ArrayList<>()).add(g.name());
      }
    }
    byPartition.forEach((partition, zones) -> {
      if (zones.size() > 1) {
        List<String> where = new ArrayList<>();
        zones.forEach((zone, groups) -> where.add(String.join(", ", groups) + " in " + zone));
        out.add(Finding.warning("network.efa-across-azs", NetworkAddresses.VPC,
            "partition " + partition + " spreads its EFA Compute groups over "
                + new TreeSet<>(zones.keySet()).size() + " AZs (" + String.join("; ", where)
                + "); EFA traffic does not cross AZs, so a job over the partition's nodes cannot"
                + " use EFA between them",
            "put the partition's Compute groups in one AZ (instanceGroups[].network"
                + ".availabilityZoneId), or give each AZ its own partition"));
      }
    });
  }
}
