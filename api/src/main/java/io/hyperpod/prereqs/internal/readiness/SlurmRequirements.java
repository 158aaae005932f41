package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.SlurmConfig;
import io.hyperpod.prereqs.readiness.Consequence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What API-driven Slurm configuration needs of a request: {@code SlurmConfig} on every group where
 * HyperPod configures Slurm itself (no {@code OnCreate}) and on all groups or none, exactly one
 * Controller group, at most one Login group, and one partition on each Compute group (none on the
 * others).
 */
public final class SlurmRequirements {
  public static final String CONFIG = "slurm.config";
  public static final String CONTROLLER = "slurm.controller";
  public static final String LOGIN = "slurm.login";
  public static final String PARTITIONS = "slurm.partitions";

  private SlurmRequirements() {}

  static void check(CreateClusterRequest request, Results out) {
    List<InstanceGroupSpec> groups = request.instanceGroups();
    boolean anyConfig = groups.stream().anyMatch(g -> g.slurmConfig().isPresent());
    boolean hyperPodSetsUp =
        groups.stream().anyMatch(g -> g.lifeCycleConfig().flatMap(l -> l.onCreate()).isEmpty());
    if (!anyConfig && !hyperPodSetsUp) {
      return;
    }
    List<String> without =
        groups.stream()
            .filter(g -> g.slurmConfig().isEmpty())
            .map(InstanceGroupSpec::instanceGroupName)
            .toList();
    out.check(without.isEmpty(), CONFIG, String.join(",", without.isEmpty() ? names(groups) : without),
        "every instance group has a SlurmConfig (HyperPod configures Slurm from them)",
        without.isEmpty() ? "all " + groups.size() + " group(s) have one"
            : "no SlurmConfig on " + without
                + (hyperPodSetsUp ? " (no OnCreate script sets Slurm up)" : " while other groups have one"),
        "give each instance group slurm: {nodeType: Controller|Login|Compute, partitions: [...]}",
        Consequence.VALIDATION);
    count(groups, "Controller", CONTROLLER, 1, 1, out);
    count(groups, "Login", LOGIN, 0, 1, out);
    for (InstanceGroupSpec g : groups) {
      g.slurmConfig().ifPresent(s -> partitions(g, s, out));
    }
  }

  private static void partitions(InstanceGroupSpec g, SlurmConfig s, Results out) {
    boolean compute = s.nodeType().equals("Compute");
    boolean ok = compute ? s.partitionNames().size() == 1 : s.partitionNames().isEmpty();
    out.check(ok, PARTITIONS, g.instanceGroupName(),
        compute ? "the Compute group names one partition" : "the " + s.nodeType() + " group names no partition",
        "NodeType " + s.nodeType() + ", PartitionNames " + s.partitionNames(),
        compute ? "give the group one partition (slurm.partitions: [" + g.instanceGroupName() + "])"
            : "remove the partitions of " + g.instanceGroupName(),
        Consequence.VALIDATION);
  }

  private static void count(List<InstanceGroupSpec> groups, String type, String id, int min, int max,
      Results out) {
    List<String> named = groups.stream()
        .filter(g -> g.slurmConfig().map(s -> s.nodeType().equals(type)).orElse(false))
        .map(InstanceGroupSpec::instanceGroupName)
        .toList();
    boolean ok = named.size() >= min && named.size() <= max;
    out.check(ok, id, named.isEmpty() ? "InstanceGroups" : String.join(",", named),
        (min == 1 ? "exactly one " : "at most one ") + type + " group",
        named.size() + " " + type + " group(s)" + (named.isEmpty() ? "" : ": " + named),
        named.size() < min ? "make one group (e.g. one ml.c5.2xlarge) nodeType: " + type
            : "keep nodeType: " + type + " on one group and make the others Compute",
        Consequence.VALIDATION);
  }

  private static List<String> names(List<InstanceGroupSpec> groups) {
    return groups.stream().map(InstanceGroupSpec::instanceGroupName).collect(Collectors.toList());
  }
}
