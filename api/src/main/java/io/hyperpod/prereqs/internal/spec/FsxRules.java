package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.Fsx.FsxCreate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Rules on FSx for Lustre: needs the custom VPC; id, or what CreateFileSystem accepts. */
final class FsxRules {
  /** Valid PerUnitStorageThroughput (MB/s/TiB) of each SSD deployment type; empty: not allowed. */
  static final Map<String, List<Integer>> THROUGHPUTS =
      Map.of(
          "SCRATCH_1", List.of(),
          "SCRATCH_2", List.of(),
          "PERSISTENT_1", List.of(50, 100, 200),
          "PERSISTENT_2", List.of(125, 250, 500, 1000));

  private FsxRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    spec.fsx().ifPresent(fsx -> check(fsx, spec, out));
  }

  private static void check(Fsx fsx, HyperPodPrerequisites spec, Problems out) {
    if (spec.network().isEmpty()) {
      out.add(
          "fsx",
          null,
          "needs network: an FSx for Lustre file system lives in a subnet of your own VPC, and a"
              + " cluster on HyperPod's default VPC (the SageMaker platform VPC) cannot reach it",
          "add a network section (vpc, availabilityZoneId, subnets, securityGroup), or remove"
              + " fsx.");
    }
    if (!NameRules.exactlyOne(
        out,
        "fsx",
        fsx.id(),
        "id",
        fsx.create(),
        "create",
        "{create: {storageCapacityGiB: 1200, deploymentType: PERSISTENT_2,"
            + " perUnitStorageThroughput: 250}} or {id: fs-0123456789abcdef0}")) {
      return;
    }
    if (fsx.id().isPresent()) {
      NameRules.awsId(out, "fsx.id", fsx.id().get(), "fs-", "an FSx file system", false);
      boolean vpcCreated =
          spec.network()
              .map(n -> n.vpc().create().isPresent() && n.vpc().id().isEmpty())
              .orElse(false);
      if (vpcCreated) {
        out.add(
            "fsx.id",
            fsx.id().get(),
            "names an existing file system, but network.vpc.create makes a new VPC: the file system"
                + " lives in another VPC, which the cluster's subnet cannot reach",
            "adopt the file system's VPC and subnet (network.vpc.id, subnets: [{id: ...}]), or let"
                + " the tool create the file system with fsx.create.");
      }
      return;
    }
    checkCreate(fsx.create().get(), out);
  }

  private static void checkCreate(FsxCreate create, Problems out) {
    String type = create.deploymentType().name();
    List<Integer> throughputs = THROUGHPUTS.get(type);
    int capacity = create.storageCapacityGiB();
    boolean scratch1 = type.equals("SCRATCH_1");
    int step = scratch1 ? 3600 : 2400;
    if (capacity != 1200 && (capacity < 2400 || (capacity - 2400) % step != 0)) {
      out.add(
          "fsx.create.storageCapacityGiB",
          capacity,
          "is not a capacity " + type + " takes: 1200, 2400, then" + " steps of " + step + " GiB",
          "use " + nearestCapacities(capacity, step) + ".");
    }
    Optional<Integer> throughput = create.perUnitStorageThroughput();
    String path = "fsx.create.perUnitStorageThroughput";
    if (throughputs.isEmpty() && throughput.isPresent()) {
      out.add(
          path,
          throughput.get(),
          "is set, but " + type + " file systems take no throughput setting",
          "remove perUnitStorageThroughput, or use a PERSISTENT deployment type.");
    } else if (!throughputs.isEmpty() && throughput.isEmpty()) {
      out.add(
          path,
          null,
          "is missing; " + type + " needs it (MB/s per TiB)",
          "add perUnitStorageThroughput: "
              + throughputs.get(1)
              + " (one of "
              + join(throughputs)
              + ").");
    } else if (throughput.isPresent() && !throughputs.contains(throughput.get())) {
      out.add(
          path,
          throughput.get(),
          "is not a throughput " + type + " takes",
          "use one of " + join(throughputs) + ".");
    }
  }

  private static String nearestCapacities(int capacity, int step) {
    if (capacity < 2400) {
      return capacity < 1800 ? "1200" : "2400";
    }
    int below = 2400 + (capacity - 2400) / step * step;
    return below + " or " + (below + step);
  }

  private static String join(List<Integer> values) {
    return String.join(", ", values.stream().map(String::valueOf).toList());
  }
}
