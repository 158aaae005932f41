package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.LeftoverResource;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.network.NetworkComponent;
import io.hyperpod.prereqs.internal.network.NetworkReads;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FSx for Lustre (the spec's {@code fsx}): the file system and its placement checks (in the
 * cluster's VPC and AZ id). A file system an earlier run created that the spec no longer names is
 * kept with what it needs (it holds data: its subnet, the stack's security groups of its VPC, the
 * VPC) until {@code destroy --delete-data}.
 */
public final class FsxComponent implements StackComponent {
  @Override
  public List<Resource<?>> resources(StackModel model) {
    return model.spec().fsx().isPresent() && model.spec().network().isPresent()
        ? List.of(new FileSystemResource(model))
        : List.of();
  }

  @Override
  public List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    if (model.spec().fsx().isEmpty() && !NetworkReads.ownsAny(ctx, model)) {
      return List.of();
    }
    Optional<String> wantedId =
        wanted.contains(StackModel.FSX)
            ? new FileSystemResource(model).observe(ctx).map(FileSystem::fileSystemId)
            : Optional.empty();
    List<Resource<?>> out = new ArrayList<>();
    for (FileSystem f : FsxReads.owned(ctx, model)) {
      if (wantedId.map(f.fileSystemId()::equals).orElse(false)) {
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
