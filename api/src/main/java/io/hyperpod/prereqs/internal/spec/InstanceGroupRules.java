package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rules on instance groups: what CreateCluster's {@code InstanceGroups[]} accepts. */
final class InstanceGroupRules {
  private static final Pattern GROUP_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9])*");
  static final int MAX_GROUPS = 100;
  static final int MAX_COUNT = 6758;
  /** CreateCluster's {@code EbsVolumeConfig.VolumeSizeInGB}: 1 to 16384. */
  static final int MAX_EBS_VOLUME_GB = 16384;

  private InstanceGroupRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    List<InstanceGroup> groups = spec.instanceGroups();
    if (groups.isEmpty()) {
      out.add(
          "instanceGroups",
          null,
          "is empty; a cluster needs at least one instance group",
          "add e.g. - {name: controller-machine, instanceType: ml.c5.2xlarge, count: 1}.");
    } else if (groups.size() > MAX_GROUPS) {
      out.add(
          "instanceGroups",
          groups.size() + " groups",
          "has more than " + MAX_GROUPS + " groups, the most CreateCluster takes",
          "merge groups of the same instance type.");
    }
    for (int i = 0; i < groups.size(); i++) {
      checkGroup(groups.get(i), SpecPath.index("instanceGroups", i), out);
    }
    NameRules.unique(
        out,
        groups,
        InstanceGroup::name,
        i -> SpecPath.child(SpecPath.index("instanceGroups", i), "name"),
        Function.identity(),
        "name",
        ": group names are unique in a cluster");
  }

  private static void checkGroup(InstanceGroup group, String at, Problems out) {
    String name = group.name();
    if (name.isEmpty() || name.length() > 63 || !GROUP_NAME.matcher(name).matches()) {
      out.add(
          SpecPath.child(at, "name"),
          name,
          "is not a valid instance group name: 1 to 63 letters and digits, with '-' only between"
              + " them",
          "use a name such as worker-group-1.");
    }
    checkInstanceType(group.instanceType(), SpecPath.child(at, "instanceType"), out);
    if (group.count() < 1 || group.count() > MAX_COUNT) {
      out.add(
          SpecPath.child(at, "count"),
          group.count(),
          group.count() < 1
              ? "is less than 1; a group needs at least one instance"
              : "is more than " + MAX_COUNT + ", the most instances CreateCluster takes in a group",
          "use a count from 1 to " + MAX_COUNT + ".");
    }
    group.ebsVolumeSizeGB().filter(gb -> gb < 1 || gb > MAX_EBS_VOLUME_GB).ifPresent(gb ->
        out.add(
            SpecPath.child(at, "ebsVolumeSizeGB"),
            gb,
            "is not a size CreateCluster takes for a secondary EBS volume (VolumeSizeInGB: 1 to "
                + MAX_EBS_VOLUME_GB + ")",
            "use a size from 1 to " + MAX_EBS_VOLUME_GB + " GB, or leave ebsVolumeSizeGB out for"
                + " no secondary volume."));
    group
        .executionRole()
        .ifPresent(
            role ->
                NameRules.iamName(out, SpecPath.child(at, "executionRole"), role, "IAM role name"));
  }

  private static void checkInstanceType(String type, String path, Problems out) {
    if (HyperPodCatalog.isInstanceType(type)) {
      return;
    }
    Optional<String> suggestion = HyperPodCatalog.closestInstanceType(type);
    out.add(
        path,
        type,
        "is not a HyperPod instance type"
            + suggestion.map(s -> "; did you mean " + s + "?").orElse(""),
        suggestion
            .map(s -> "use " + s + ".")
            .orElse(
                "use a type of SageMaker's ClusterInstanceType list, with the ml. prefix, e.g."
                    + " ml.p5.48xlarge or ml.g5.8xlarge."));
  }
}
