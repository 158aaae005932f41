package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.List;
import java.util.Map;

/**
 * How many addresses of the cluster's subnets the cluster takes. In Slurm mode HyperPod gives an
 * instance one address per network card: 32 for a P5 (facts §8.3). The other multi-card types are
 * counted by their network cards (EC2's instance type data; not confirmed for HyperPod), every
 * other type as one. A subnet loses five addresses to AWS. An FSx for Lustre file system takes a
 * few addresses for its servers (an estimate: two, and one more per 2,400 GiB).
 */
final class AddressBudget {
  /** AWS keeps the first four addresses and the last of every subnet. */
  static final int RESERVED_PER_SUBNET = 5;

  private static final Map<String, Integer> PER_INSTANCE =
      Map.of(
          "ml.p5.48xlarge", 32,
          "ml.p5e.48xlarge", 32,
          "ml.p4d.24xlarge", 4,
          "ml.p4de.24xlarge", 4,
          "ml.trn1.32xlarge", 8,
          "ml.trn1n.32xlarge", 16);

  private AddressBudget() {}

  static int perInstance(String instanceType) {
    return PER_INSTANCE.getOrDefault(instanceType, 1);
  }

  static int instances(List<InstanceGroup> groups) {
    return groups.stream().mapToInt(g -> g.count() * perInstance(g.instanceType())).sum();
  }

  static int fileSystem(int storageCapacityGiB) {
    return 2 + storageCapacityGiB / 2400;
  }

  /** The free addresses of a new subnet of this prefix length. */
  static long freeInNewSubnet(int prefixLength) {
    return (1L << (32 - prefixLength)) - RESERVED_PER_SUBNET;
  }
}
