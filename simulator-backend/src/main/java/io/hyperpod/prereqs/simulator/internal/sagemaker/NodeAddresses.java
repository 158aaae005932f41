package io.hyperpod.prereqs.simulator.internal.sagemaker;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations;
import io.hyperpod.prereqs.simulator.internal.ec2.SubnetRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The private addresses a HyperPod cluster's nodes take in the cluster's subnets (through network
 * interfaces, as in AWS): a P5 node 32 (Slurm), every other node one. A node goes into the first
 * subnet of {@code VpcConfig.Subnets} with room for it; when none has room the cluster fails,
 * with EC2's InsufficientFreeAddressesInSubnet, as a cluster in a full subnet fails in AWS.
 */
final class NodeAddresses {
  static final int P5_ADDRESSES = 32;

  private NodeAddresses() {}

  /** What placing the nodes gave: the interfaces taken, or the failure. */
  record Placement(List<String> interfaceIds, Optional<String> failure) {}

  static int addressesOf(String instanceType) {
    return instanceType.toLowerCase(Locale.ROOT).startsWith("ml.p5") ? P5_ADDRESSES : 1;
  }

  /** Takes the nodes' addresses; on failure takes none. */
  static Placement place(BackendContext context, CreateClusterRequest request) {
    if (request.vpcConfig().isEmpty()) {
      return new Placement(List.of(), Optional.empty());
    }
    CreateClusterRequest.VpcConfig vpc = request.vpcConfig().get();
    Ec2Operations ec2 = new Ec2Operations(context);
    List<String> taken = new ArrayList<>();
    for (CreateClusterRequest.InstanceGroupSpec group : request.instanceGroups()) {
      int each = addressesOf(group.instanceType());
      for (int i = 0; i < group.instanceCount(); i++) {
        Optional<SubnetRecord> room =
            vpc.subnets().stream()
                .map(id -> ec2.store().subnet(id))
                .flatMap(Optional::stream)
                .filter(s -> ec2.availableIpAddressCount(s) >= each)
                .findFirst();
        if (room.isEmpty()) {
          ec2.releaseInterfaces(taken, context.now());
          String subnet = vpc.subnets().isEmpty() ? "" : vpc.subnets().get(0);
          return new Placement(
              List.of(),
              Optional.of(
                  "InsufficientFreeAddressesInSubnet: There are not enough free addresses in"
                      + " subnet '" + subnet + "' to satisfy the requested number of instances."));
        }
        taken.addAll(
            ec2.addServiceInterfaces(
                room.get().id(),
                vpc.securityGroupIds(),
                each,
                "interface",
                "SageMaker HyperPod cluster " + request.clusterName() + " node"));
      }
    }
    return new Placement(taken, Optional.empty());
  }

  static void release(BackendContext context, List<String> interfaceIds, Instant when) {
    new Ec2Operations(context).releaseInterfaces(interfaceIds, when);
  }
}
