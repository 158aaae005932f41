package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleMode;
import io.hyperpod.prereqs.spec.SlurmNodeType;
import io.hyperpod.prereqs.spec.SlurmSettings;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules on the cluster's lifecycle mode and its API-driven Slurm configuration: the scripts the
 * mode needs, exactly one Controller group, at most one Login group, one partition per Compute
 * group, and {@code slurm} on every group where HyperPod configures Slurm itself.
 */
final class ClusterRules {
  /** Slurm partition names: letters, digits, '-', '_' and '.', at most 64 characters (U). */
  private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final Pattern OS_GROUP = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

  private ClusterRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    LifecycleMode mode = spec.lifecycleMode();
    String modePath = "cluster.lifecycleMode";
    if (mode.usesScripts() && spec.lifecycleScripts().isEmpty()) {
      out.add(
          "lifecycleScripts",
          null,
          "is missing; the " + mode.value() + " lifecycle mode runs scripts from an S3 bucket",
          "add lifecycleScripts: {bucket: sagemaker-" + spec.stack() + "-lifecycle}, or set"
              + " cluster.lifecycleMode: ami (HyperPod's image sets up Slurm, no scripts).");
    }
    if (!mode.usesScripts() && spec.lifecycleScripts().isPresent()) {
      out.add(
          "lifecycleScripts",
          spec.lifecycleScripts().get().bucket(),
          "is set, but the ami lifecycle mode runs no scripts: CreateCluster gets no"
              + " LifeCycleConfig and nothing would be uploaded",
          "remove lifecycleScripts, or set " + modePath + ": extension to run the users"
              + " extension after HyperPod's setup.");
    }
    if (mode == LifecycleMode.AMI && !spec.clusterUsers().isEmpty()) {
      out.add(
          modePath,
          mode.value(),
          "runs no lifecycle scripts, so the OS users of clusterUsers ("
              + String.join(", ", spec.clusterUsers().stream().map(ClusterUser::osUser).toList())
              + ") would not exist on the nodes and their sessions would fail",
          "set " + modePath + ": extension (the users extension creates them), or remove"
              + " clusterUsers.");
    }
    for (int i = 0; i < spec.clusterUsers().size(); i++) {
      ClusterUser u = spec.clusterUsers().get(i);
      String at = SpecPath.child(SpecPath.index("clusterUsers", i), "groups");
      if (!u.groups().isEmpty() && mode != LifecycleMode.EXTENSION) {
        out.add(
            at,
            String.join(",", u.groups()),
            "is set, but only the extension lifecycle mode's shared_users.yaml carries groups;"
                + " the " + mode.value() + " mode would ignore them",
            "set " + modePath + ": extension, or remove groups.");
      }
      for (int j = 0; j < u.groups().size(); j++) {
        String g = u.groups().get(j);
        if (!OS_GROUP.matcher(g).matches()) {
          out.add(
              SpecPath.index(at, j),
              g,
              "is not a Linux group name: a lowercase letter or '_', then lowercase letters,"
                  + " digits, '_' or '-', at most 32 characters",
              "use a name such as ml-team.");
        }
      }
    }
    spec.cluster()
        .flatMap(c -> c.slurmConfigStrategy())
        .filter(s -> spec.instanceGroups().stream().allMatch(g -> g.slurm().isEmpty()))
        .ifPresent(
            s ->
                out.add(
                    "cluster.slurmConfigStrategy",
                    s.value(),
                    "is set, but no instance group has a slurm configuration, so there is no"
                        + " API-driven Slurm configuration for it to apply to",
                    "give each instance group slurm: {nodeType: ...}, or remove"
                        + " slurmConfigStrategy."));
    checkSlurm(spec.instanceGroups(), mode, out);
  }

  private static void checkSlurm(List<InstanceGroup> groups, LifecycleMode mode, Problems out) {
    long configured = groups.stream().filter(g -> g.slurm().isPresent()).count();
    if (configured == 0 && !mode.hyperPodConfiguresSlurm()) {
      return;
    }
    for (int i = 0; i < groups.size(); i++) {
      InstanceGroup g = groups.get(i);
      String at = SpecPath.index("instanceGroups", i);
      if (g.slurm().isEmpty()) {
        out.add(
            SpecPath.child(at, "slurm"),
            null,
            mode.hyperPodConfiguresSlurm()
                ? "is missing; in the " + mode.value() + " lifecycle mode HyperPod configures"
                    + " Slurm from each group's SlurmConfig"
                : "is missing, but other groups have one: CreateCluster takes SlurmConfig on"
                    + " every group or on none",
            "add slurm: {nodeType: Compute, partitions: [" + g.name() + "]} (or Controller,"
                + " Login).");
        continue;
      }
      SlurmSettings s = g.slurm().get();
      String partitions = SpecPath.child(SpecPath.child(at, "slurm"), "partitions");
      if (s.nodeType() == SlurmNodeType.COMPUTE && s.partitions().isEmpty()) {
        out.add(
            partitions,
            null,
            "is missing; a Compute group needs its partition (PartitionNames)",
            "add partitions: [" + g.name() + "].");
      }
      if (s.nodeType() == SlurmNodeType.COMPUTE && s.partitions().size() > 1) {
        out.add(
            partitions,
            String.join(",", s.partitions()),
            "names " + s.partitions().size() + " partitions; HyperPod takes one per group",
            "keep one partition, and give each other partition its own group.");
      }
      if (s.nodeType() != SlurmNodeType.COMPUTE && !s.partitions().isEmpty()) {
        out.add(
            partitions,
            String.join(",", s.partitions()),
            "is set on a " + s.nodeType().value() + " group; only Compute groups have"
                + " partitions",
            "remove partitions, or make the group nodeType: Compute.");
      }
      for (int j = 0; j < s.partitions().size(); j++) {
        String p = s.partitions().get(j);
        if (!PARTITION.matcher(p).matches()) {
          out.add(
              SpecPath.index(partitions, j),
              p,
              "is not a Slurm partition name: letters, digits, '.', '_' and '-', starting with a"
                  + " letter or digit, at most 64 characters",
              "use a name such as " + g.name() + ".");
        }
      }
    }
    count(groups, SlurmNodeType.CONTROLLER, 1, 1, out);
    count(groups, SlurmNodeType.LOGIN, 0, 1, out);
  }

  private static void count(
      List<InstanceGroup> groups, SlurmNodeType type, int min, int max, Problems out) {
    List<String> named =
        groups.stream()
            .filter(g -> g.slurm().map(s -> s.nodeType() == type).orElse(false))
            .map(InstanceGroup::name)
            .toList();
    if (named.size() < min) {
      out.add(
          "instanceGroups",
          null,
          "has no " + type.value() + " group; a Slurm cluster has exactly one",
          "give one group (e.g. a single ml.c5.2xlarge) slurm: {nodeType: " + type.value() + "}.");
    } else if (named.size() > max) {
      out.add(
          "instanceGroups",
          String.join(", ", named),
          "has " + named.size() + " " + type.value() + " groups; a Slurm cluster has "
              + (min == 1 ? "exactly one" : "at most one"),
          "keep nodeType: " + type.value() + " on one group and make the others Compute.");
    }
  }
}
