package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.InstanceGroupNetwork;
import io.hyperpod.prereqs.spec.OpenZfs;
import io.hyperpod.prereqs.spec.OpenZfs.OpenZfsCreate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules on FSx for OpenZFS ({@code openZfs}) and on where the file systems are mounted ({@code
 * fsx.mountPath}, {@code openZfs.mountPath}): needs the custom VPC; id, or what CreateFileSystem
 * accepts in the spec's region; a MULTI_AZ_1 file system needs a group in a second AZ.
 */
final class FileSystemRules {
  private static final Pattern MOUNT_PATH = Pattern.compile("/[A-Za-z0-9_.\\-/]*");

  private FileSystemRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    spec.fsx().ifPresent(f -> mountPath("fsx.mountPath", f.mountPath(), out));
    spec.openZfs().ifPresent(z -> check(z, spec, out));
    if (spec.fsx().isPresent() && spec.openZfs().isPresent()
        && spec.fsx().get().mountPath().equals(spec.openZfs().get().mountPath())) {
      out.add("openZfs.mountPath", spec.openZfs().get().mountPath(),
          "is fsx.mountPath too; the nodes cannot mount two file systems at one path",
          "give each its own path (fsx at /fsx, openZfs at /home).");
    }
  }

  private static void mountPath(String path, String value, Problems out) {
    if (!MOUNT_PATH.matcher(value).matches() || value.equals("/") || value.contains("//")) {
      out.add(path, value, "is not an absolute directory path below / (letters, digits, . _ - /)",
          "use e.g. " + (path.startsWith("fsx") ? "/fsx" : "/home") + ".");
    }
  }

  private static void check(OpenZfs zfs, HyperPodPrerequisites spec, Problems out) {
    mountPath("openZfs.mountPath", zfs.mountPath(), out);
    if (spec.network().isEmpty()) {
      out.add("openZfs", null,
          "needs network: an FSx for OpenZFS file system lives in subnets of your own VPC, and a"
              + " cluster on HyperPod's default VPC (the SageMaker platform VPC) cannot reach it",
          "add a network section (vpc, availabilityZoneId, subnets, securityGroup), or remove"
              + " openZfs.");
    }
    if (!NameRules.exactlyOne(out, "openZfs", zfs.id(), "id", zfs.create(), "create",
        "{create: {storageCapacityGiB: 1024, deploymentType: MULTI_AZ_1, throughputCapacity: 320}}"
            + " or {id: fs-0123456789abcdef0}")) {
      return;
    }
    if (zfs.id().isPresent()) {
      NameRules.awsId(out, "openZfs.id", zfs.id().get(), "fs-", "an FSx file system", false);
      boolean vpcCreated = spec.network()
          .map(n -> n.vpc().create().isPresent() && n.vpc().id().isEmpty()).orElse(false);
      if (vpcCreated) {
        out.add("openZfs.id", zfs.id().get(),
            "names an existing file system, but network.vpc.create makes a new VPC: the file system"
                + " lives in another VPC, which the cluster's subnets cannot reach",
            "adopt the file system's VPC and subnets (network.vpc.id, subnets: [{id: ...}]), or let"
                + " the tool create the file system with openZfs.create.");
      }
      return;
    }
    checkCreate(zfs.create().get(), spec, out);
  }

  private static void checkCreate(OpenZfsCreate create, HyperPodPrerequisites spec, Problems out) {
    String type = create.deploymentType();
    String path = "openZfs.create.deploymentType";
    List<Integer> throughputs = OpenZfsCatalog.THROUGHPUTS.get(type);
    if (throughputs == null) {
      String upper = type.toUpperCase(Locale.ROOT).replace('-', '_');
      out.add(path, type, "is not an FSx for OpenZFS deployment type",
          OpenZfsCatalog.THROUGHPUTS.containsKey(upper) ? "write " + upper + "."
              : "use one of " + String.join(", ", OpenZfsCatalog.offeredIn(spec.region()))
                  + " (MULTI_AZ_1 for a cluster over two AZs).");
    } else if (!OpenZfsCatalog.offered(spec.region(), type)) {
      out.add(path, type, "is not offered in " + spec.region(),
          "use one of " + String.join(", ", OpenZfsCatalog.offeredIn(spec.region()))
              + ", or adopt a file system with openZfs.id.");
    }
    int capacity = create.storageCapacityGiB();
    if (capacity < OpenZfsCatalog.MIN_STORAGE_GIB || capacity > OpenZfsCatalog.MAX_STORAGE_GIB) {
      out.add("openZfs.create.storageCapacityGiB", capacity,
          "is outside the " + OpenZfsCatalog.MIN_STORAGE_GIB + " to " + OpenZfsCatalog.MAX_STORAGE_GIB
              + " GiB an OpenZFS file system takes",
          "use " + Math.max(OpenZfsCatalog.MIN_STORAGE_GIB,
              Math.min(OpenZfsCatalog.MAX_STORAGE_GIB, capacity)) + " GiB or a size between.");
    }
    if (throughputs != null && !throughputs.contains(create.throughputCapacity())) {
      out.add("openZfs.create.throughputCapacity", create.throughputCapacity(),
          "is not a throughput (MB/s) " + type + " takes",
          "use one of " + throughputs + ".");
    }
    if (OpenZfsCatalog.multiAz(type) && spec.network().isPresent()
        && standbyGroup(spec).isEmpty()) {
      out.add(path, type,
          "spreads the file system over two AZs, and every instance group is in "
              + spec.network().get().availabilityZoneId()
              + ": the standby file server needs a subnet in a second AZ",
          "give an instance group its own subnets in another AZ (instanceGroups[].network:"
              + " {availabilityZoneId, subnets}), or use a SINGLE_AZ deployment type.");
    }
  }

  /** The first group with its own subnets in an AZ other than the cluster's (the standby's AZ). */
  static Optional<InstanceGroupNetwork> standbyGroup(HyperPodPrerequisites spec) {
    String clusterZone = spec.network().map(n -> n.availabilityZoneId()).orElse("");
    return spec.instanceGroups().stream()
        .map(InstanceGroup::network)
        .flatMap(Optional::stream)
        .filter(n -> !n.availabilityZoneId().equals(clusterZone) && !n.subnets().isEmpty())
        .findFirst();
  }
}
