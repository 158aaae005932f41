package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.LeftoverResource;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.network.NetworkComponent;
import io.hyperpod.prereqs.internal.network.NetworkReads;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.UnknownId;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * FSx (the spec's {@code fsx} and {@code openZfs}, docs/spec.md): the Lustre and OpenZFS file systems, their placement checks (in
 * the cluster's VPC and AZ id, each group's AZ served) and each group's {@code
 * InstanceStorageConfigs}. A file system an earlier run created that the spec no longer names is
 * kept with what it needs (it holds data: its subnet, the stack's security groups of its VPC, the
 * VPC) until {@code destroy --delete-data}.
 */
public final class FsxComponent implements StackComponent {
  @Override
  public List<Resource<?>> resources(StackModel model) {
    List<Resource<?>> out = new ArrayList<>();
    if (model.spec().network().isPresent()) {
      model.spec().fsx().ifPresent(f -> out.add(new FileSystemResource(model)));
      model.spec().openZfs().ifPresent(z -> out.add(new OpenZfsResource(model)));
    }
    return out;
  }

  @Override
  public List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    if (model.spec().fsx().isEmpty() && model.spec().openZfs().isEmpty()
        && !NetworkReads.ownsAny(ctx, model)) {
      return List.of();
    }
    Set<String> wantedIds = new java.util.HashSet<>();
    if (wanted.contains(StackModel.FSX)) {
      new FileSystemResource(model).observe(ctx).ifPresent(f -> wantedIds.add(f.fileSystemId()));
    }
    if (wanted.contains(StackModel.OPENZFS)) {
      new OpenZfsResource(model).observe(ctx).ifPresent(f -> wantedIds.add(f.fileSystemId()));
    }
    List<Resource<?>> out = new ArrayList<>();
    for (FileSystem f : FsxReads.owned(ctx, model)) {
      if (wantedIds.contains(f.fileSystemId())) {
        continue;
      }
      List<ResourceAddress> deps = new ArrayList<>();
      f.subnetIds().forEach(s -> deps.add(NetworkComponent.addressOf(model, ctx, s)));
      NetworkReads.groups(ctx, model).stream()
          .filter(g -> model.ownedBy(g.tags()) && g.vpcId().equals(f.vpcId()))
          .forEach(g -> deps.add(NetworkComponent.addressOf(model, ctx, g.groupId())));
      out.add(
          LeftoverResource.holdingData(
              ResourceAddress.of("fsx_file_system", f.fileSystemId()),
              deps,
              f,
              FileSystemResource.attributes(f),
              FileSystemResource::delete));
    }
    return out;
  }

  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    List<Finding> out = new ArrayList<>(lustreChecks(model, ctx, observations));
    out.addAll(FileSystemPlacement.check(model, ctx, observations));
    return out;
  }

  @Override
  public void describeInstanceGroup(StackModel model, Outputs outputs, InstanceGroup group,
      int index, ImmutableInstanceGroupSpec.Builder spec, Consumer<UnknownId> unknown) {
    FileSystemPlacement.describe(model, outputs, group, index, spec, unknown);
  }

  private static List<Finding> lustreChecks(
      StackModel model, ObserveContext ctx, Observations observations) {
    Optional<FileSystem> fs = observations.get(StackModel.FSX);
    if (fs.isEmpty() || model.spec().network().isEmpty()) {
      return List.of();
    }
    FileSystem f = fs.get();
    List<Finding> out = new ArrayList<>();
    Optional<String> vpcId = NetworkReads.clusterVpc(ctx, model).map(v -> v.vpcId());
    if (vpcId.isPresent() && !f.vpcId().equals(vpcId.get())) {
      out.add(
          Finding.error(
              "fsx.vpc",
              StackModel.FSX,
              "file system "
                  + f.fileSystemId()
                  + " is in "
                  + f.vpcId()
                  + ", not in the cluster's"
                  + " VPC "
                  + vpcId.get()
                  + "; the nodes could not reach it",
              "use the file system's VPC and a subnet of its AZ (network.vpc.id: "
                  + f.vpcId()
                  + "), or let the tool create a file system with fsx.create"));
    }
    String zoneId = model.spec().network().get().availabilityZoneId();
    Optional<Subnet> subnet =
        f.subnetIds().stream().findFirst().flatMap(id -> NetworkReads.anySubnet(ctx, model, id));
    if (subnet.isPresent() && !subnet.get().availabilityZoneId().equals(zoneId)) {
      out.add(
          Finding.error(
              "fsx.availability-zone",
              StackModel.FSX,
              "file system "
                  + f.fileSystemId()
                  + " is in "
                  + subnet.get().availabilityZoneId()
                  + " (subnet "
                  + subnet.get().subnetId()
                  + "), not in the cluster's AZ "
                  + zoneId
                  + "; FSx for Lustre serves one AZ, and crossing AZs adds latency and cost",
              "set network.availabilityZoneId: "
                  + subnet.get().availabilityZoneId()
                  + " and use subnets there, or let the tool create a file system with"
                  + " fsx.create"));
    }
    return out;
  }
}
