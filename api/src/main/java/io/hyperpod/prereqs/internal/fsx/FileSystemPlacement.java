package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.network.NetworkAddresses;
import io.hyperpod.prereqs.internal.network.NetworkReads;
import io.hyperpod.prereqs.internal.spec.OpenZfsCatalog;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleMode;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.UnknownId;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Which file systems each instance group mounts and whether it can: every group gets the OpenZFS
 * file system ({@code FsxOpenZfsConfig}) and, in the {@code ami} and {@code extension} modes, the
 * Lustre one ({@code FsxLustreConfig}; in {@code custom} mode the lifecycle scripts mount it).
 * Each file system must serve the group's AZ id ({@code fsx.group-availability-zone}): Lustre and
 * single-AZ OpenZFS serve one AZ, MULTI_AZ_1 two.
 */
final class FileSystemPlacement {
  private FileSystemPlacement() {}

  static void describe(StackModel model, Outputs outputs, InstanceGroup group, int index,
      ImmutableInstanceGroupSpec.Builder spec, Consumer<UnknownId> unknown) {
    if (model.spec().network().isEmpty()) {
      return;
    }
    String at = "InstanceGroups[" + index + "].InstanceStorageConfigs[";
    // The group's EBS entries come first (InstanceStorage, in the lifecycle section's request).
    int k = io.hyperpod.prereqs.internal.kms.InstanceStorage.count(group);
    if (model.spec().fsx().isPresent() && model.lifecycleMode() != LifecycleMode.CUSTOM) {
      Optional<String> dns = outputs.get(StackModel.FSX, "dns_name");
      Optional<String> mount = outputs.get(StackModel.FSX, "mount_name");
      if (dns.isPresent() && mount.isPresent()) {
        spec.addInstanceStorageConfig(InstanceStorageConfig.lustre(
            dns.get(), mount.get(), model.spec().fsx().get().mountPath()));
      } else {
        unknown.accept(UnknownId.of(at + k + "].FsxLustreConfig.DnsName", StackModel.FSX.toString()));
      }
      k++;
    }
    if (model.spec().openZfs().isPresent()) {
      Optional<String> dns = outputs.get(StackModel.OPENZFS, "dns_name");
      if (dns.isPresent()) {
        spec.addInstanceStorageConfig(
            InstanceStorageConfig.openZfs(dns.get(), model.spec().openZfs().get().mountPath()));
      } else {
        unknown.accept(
            UnknownId.of(at + k + "].FsxOpenZfsConfig.DnsName", StackModel.OPENZFS.toString()));
      }
    }
  }

  static List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    List<Finding> out = new ArrayList<>();
    Optional<Network> network = model.spec().network();
    if (network.isEmpty()) {
      return out;
    }
    Optional<FileSystem> zfs = observations.get(StackModel.OPENZFS);
    Optional<String> vpcId = NetworkReads.clusterVpc(ctx, model).map(v -> v.vpcId());
    if (zfs.isPresent() && vpcId.isPresent() && !zfs.get().vpcId().equals(vpcId.get())) {
      out.add(Finding.error("openzfs.vpc", StackModel.OPENZFS,
          "file system " + zfs.get().fileSystemId() + " is in " + zfs.get().vpcId()
              + ", not in the cluster's VPC " + vpcId.get() + "; the nodes could not reach it",
          "use the file system's VPC (network.vpc.id: " + zfs.get().vpcId() + "), or let the"
              + " tool create a file system with openZfs.create"));
    }
    if (model.spec().fsx().isPresent()) {
      Set<String> zones = observations.<FileSystem>get(StackModel.FSX)
          .map(f -> observedZones(ctx, model, f))
          .orElse(Set.of(network.get().availabilityZoneId()));
      groupsServed(model, StackModel.FSX, "FSx for Lustre", zones, out);
    }
    model.spec().openZfs().ifPresent(z -> {
      Set<String> zones = zfs.map(f -> observedZones(ctx, model, f)).orElseGet(() -> {
        Set<String> planned = new TreeSet<>(Set.of(network.get().availabilityZoneId()));
        boolean multi = z.create().map(c -> OpenZfsCatalog.multiAz(c.deploymentType()))
            .orElse(false);
        if (multi) {
          model.instanceGroups().stream().map(InstanceGroup::network).flatMap(Optional::stream)
              .filter(n -> !n.availabilityZoneId().equals(network.get().availabilityZoneId()))
              .findFirst().ifPresent(n -> planned.add(n.availabilityZoneId()));
        }
        return planned;
      });
      groupsServed(model, StackModel.OPENZFS, "FSx for OpenZFS", zones, out);
    });
    return out;
  }

  /** The AZ ids of the file system's subnets; empty when none of them can be read. */
  private static Set<String> observedZones(ObserveContext ctx, StackModel model, FileSystem f) {
    Set<String> zones = new TreeSet<>();
    f.subnetIds().forEach(id -> NetworkReads.anySubnet(ctx, model, id)
        .ifPresent(s -> zones.add(s.availabilityZoneId())));
    return zones;
  }

  private static void groupsServed(StackModel model, ResourceAddress address, String what,
      Set<String> zones, List<Finding> out) {
    if (zones.isEmpty()) {
      return;
    }
    String clusterZone = model.spec().network().orElseThrow().availabilityZoneId();
    for (InstanceGroup g : model.instanceGroups()) {
      String zone = g.network().map(n -> n.availabilityZoneId()).orElse(clusterZone);
      if (!zones.contains(zone)) {
        out.add(Finding.error("fsx.group-availability-zone", address,
            "instance group " + g.name() + " is in " + zone + ", and the " + what
                + " file system serves " + String.join(" and ", zones) + "; each group's file"
                + " system must be in the group's own AZ id (its nodes mount it there)",
            "put the group in " + String.join(" or ", zones) + " (instanceGroups[].network),"
                + " or use an OpenZFS file system of deployment type MULTI_AZ_1 over both AZs"));
      }
    }
  }

  /**
   * What a file system the stack creates waits for: its subnets, the cluster's security group
   * and, when the stack creates that group, its self rules (FSx checks them at create).
   */
  static List<ResourceAddress> createDependencies(Network network, List<SubnetRef> subnets) {
    List<ResourceAddress> deps = new ArrayList<>();
    subnets.forEach(s -> deps.add(NetworkAddresses.subnet(s)));
    deps.add(NetworkAddresses.SECURITY_GROUP);
    if (network.securityGroup().create().isPresent()) {
      deps.add(NetworkAddresses.INGRESS_SELF_RULE);
      deps.add(NetworkAddresses.EGRESS_SELF_RULE);
    }
    return deps;
  }
}
