package io.hyperpod.prereqs.internal.fsx;

import io.hyperpod.prereqs.internal.engine.Adoption;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.ClientTokens;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Tags;
import io.hyperpod.prereqs.internal.network.NetworkAddresses;
import io.hyperpod.prereqs.internal.spec.OpenZfsCatalog;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.OpenZfs;
import io.hyperpod.prereqs.spec.OpenZfs.OpenZfsCreate;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.OpenZfsFileSystemRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The FSx for OpenZFS file system of {@code openZfs} ({@link StackModel#OPENZFS}): adopted by id,
 * or created in the cluster's first subnet with the cluster's security group ({@code MULTI_AZ_1}:
 * preferred there, standby in the first subnet of the first group in another AZ). Like the Lustre
 * one it holds data: apply waits until it is AVAILABLE, destroy keeps it unless {@code
 * --delete-data}. Its DNS name goes into every group's {@code FsxOpenZfsConfig}.
 */
final class OpenZfsResource implements Resource<FileSystem> {
  private final StackModel model;
  private final OpenZfs zfs;
  private final Network network;

  OpenZfsResource(StackModel model) {
    this.model = model;
    this.zfs = model.spec().openZfs().orElseThrow();
    this.network = model.spec().network().orElseThrow();
  }

  private Optional<OpenZfsCreate> create() {
    return zfs.id().isPresent() ? Optional.empty() : zfs.create();
  }

  /** The subnets of a created file system: the cluster's first, and the standby's for MULTI_AZ_1. */
  private List<SubnetRef> subnets() {
    List<SubnetRef> out = new ArrayList<>(List.of(network.subnets().get(0)));
    if (create().map(c -> OpenZfsCatalog.multiAz(c.deploymentType())).orElse(false)) {
      model.instanceGroups().stream()
          .map(InstanceGroup::network).flatMap(Optional::stream)
          .filter(n -> !n.availabilityZoneId().equals(network.availabilityZoneId()))
          .filter(n -> !n.subnets().isEmpty())
          .findFirst().ifPresent(n -> out.add(n.subnets().get(0)));
    }
    return out;
  }

  @Override
  public ResourceAddress address() {
    return StackModel.OPENZFS;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    if (create().isEmpty()) {
      return List.of();
    }
    return FileSystemPlacement.createDependencies(network, subnets());
  }

  @Override
  public Optional<FileSystem> observe(ObserveContext ctx) {
    return zfs.id().isPresent()
        ? FsxReads.byId(ctx, zfs.id().get())
        : FsxReads.owned(ctx, model, FileSystem.OPENZFS).stream().findFirst();
  }

  @Override
  public Map<String, Object> observedAttributes(FileSystem f) {
    return attributes(f);
  }

  static Map<String, Object> attributes(FileSystem f) {
    return Attributes.of()
        .put("id", f.fileSystemId())
        .put("type", f.fileSystemType())
        .put("lifecycle", f.lifecycle())
        .put("deployment_type", f.deploymentType())
        .put("storage_capacity_gib", f.storageCapacity())
        .put("throughput_capacity", f.throughputCapacity().orElse(null))
        .put("subnet_ids", f.subnetIds())
        .put("vpc_id", f.vpcId())
        .put("dns_name", f.dnsName())
        .put("tags", f.tags())
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<FileSystem> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    if (observed.isPresent()) {
      FileSystem f = observed.get();
      return Attributes.from(attributes(f))
          .put("lifecycle", FileSystem.AVAILABLE)
          .put("tags", Tags.merged(f.tags(), model.createTags()))
          .build();
    }
    OpenZfsCreate c = create().orElseThrow();
    List<Object> subnetIds = new ArrayList<>();
    subnets().forEach(s -> subnetIds.add(outputs.getOrUnknown(NetworkAddresses.subnet(s), "id")));
    return Attributes.of()
        .putUnknown("id")
        .put("type", FileSystem.OPENZFS)
        .put("lifecycle", FileSystem.AVAILABLE)
        .put("deployment_type", c.deploymentType())
        .put("storage_capacity_gib", c.storageCapacityGiB())
        .put("throughput_capacity", c.throughputCapacity())
        .put("subnet_ids", subnetIds)
        .put("vpc_id", outputs.getOrUnknown(NetworkAddresses.VPC, "id"))
        .putUnknown("dns_name")
        .put("tags", model.createTags())
        .build();
  }

  @Override
  public Map<String, String> outputs(FileSystem f) {
    return Map.of("id", f.fileSystemId(), "dns_name", f.dnsName());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return create().isPresent()
        ? Diff.create("the OpenZFS file system does not exist; creating one takes several minutes")
        : Diff.noop("the file system to adopt does not exist (see the finding)");
  }

  @Override
  public Diff diff(FileSystem f, Outputs outputs) {
    if (create().isEmpty()) {
      return Adoption.adoptedExists();
    }
    List<String> steps = new ArrayList<>();
    if (FileSystem.CREATING.equals(f.lifecycle())) {
      steps.add("wait");
    }
    if (!Tags.missing(f.tags(), model.createTags()).isEmpty()) {
      steps.add("tags");
    }
    if (steps.isEmpty()) {
      return Diff.noop("up to date");
    }
    return Diff.update(steps.contains("wait")
        ? "being created: apply waits until it is AVAILABLE" : "tags differ from the spec", steps);
  }

  @Override
  public List<Finding> findings(ObserveContext ctx, Optional<FileSystem> observed, Outputs outputs) {
    List<Finding> out = new ArrayList<>();
    if (observed.isEmpty()) {
      zfs.id().ifPresent(id -> out.add(Adoption.notFound("openzfs.not-found", address(),
          "openZfs.id", id, model, "fsx describe-file-systems", "openZfs.create")));
      return out;
    }
    FileSystem f = observed.get();
    if (!f.openZfs()) {
      out.add(Finding.error("openzfs.not-openzfs", address(),
          "file system " + f.fileSystemId() + " is " + f.fileSystemType()
              + ", not OPENZFS; HyperPod's FsxOpenZfsConfig mounts OpenZFS over NFS",
          "name an OpenZFS file system in openZfs.id (a Lustre one goes in fsx.id)"));
      return out;
    }
    if (!f.available() && !FileSystem.CREATING.equals(f.lifecycle())) {
      out.add(Finding.error("openzfs.not-available", address(),
          "file system " + f.fileSystemId() + " is " + f.lifecycle()
              + f.failureMessage().map(m -> " (" + m + ")").orElse("")
              + "; the nodes could not mount it",
          zfs.id().isPresent() ? "repair it or name another file system in openZfs.id"
              : "delete it (destroy --delete-data) and apply again"));
    }
    create().ifPresent(c -> {
      boolean same = f.deploymentType().equals(c.deploymentType())
          && f.storageCapacity() == c.storageCapacityGiB()
          && Objects.equals(f.throughputCapacity().orElse(null), c.throughputCapacity());
      if (!same) {
        out.add(Finding.warning("openzfs.settings-differ", address(),
            "file system " + f.fileSystemId() + " is " + f.deploymentType() + ", "
                + f.storageCapacity() + " GiB, " + f.throughputCapacity().map(String::valueOf)
                    .orElse("?") + " MB/s; the spec asks for " + c.deploymentType() + ", "
                + c.storageCapacityGiB() + " GiB, " + c.throughputCapacity() + " MB/s. The tool"
                + " does not change or replace a file system that holds data",
            "change openZfs.create back, or change the file system in the FSx console"));
      }
    });
    return out;
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<FileSystem> observed) {
    String id;
    if (observed.isEmpty()) {
      OpenZfsCreate c = create().orElseThrow();
      List<String> subnetIds = subnets().stream()
          .map(s -> ctx.outputs().require(NetworkAddresses.subnet(s), "id")).toList();
      String groupId = ctx.outputs().require(NetworkAddresses.SECURITY_GROUP, "id");
      boolean multi = OpenZfsCatalog.multiAz(c.deploymentType());
      OpenZfsFileSystemRequest request = OpenZfsFileSystemRequest.builder()
          .subnetIds(subnetIds)
          .preferredSubnetId(multi ? Optional.of(subnetIds.get(0)) : Optional.empty())
          .addSecurityGroupIds(groupId)
          .storageCapacityGiB(c.storageCapacityGiB())
          .deploymentType(c.deploymentType())
          .throughputCapacity(c.throughputCapacity())
          .clientRequestToken(ClientTokens.of(model, address(), String.join(",", subnetIds),
              groupId, c.deploymentType(), String.valueOf(c.storageCapacityGiB()),
              String.valueOf(c.throughputCapacity())))
          .tags(model.createTags())
          .build();
      FileSystem made = ctx.backend().fsx().createOpenZfsFileSystem(request);
      ctx.progress("created " + made.fileSystemId() + " (" + made.lifecycle() + "); waiting"
          + " until it is AVAILABLE, which takes several minutes");
      id = made.fileSystemId();
    } else {
      id = observed.get().fileSystemId();
      if (diff.has("tags")) {
        ctx.backend().fsx().tagResource(observed.get().resourceArn(),
            Tags.missing(observed.get().tags(), model.createTags()));
      }
    }
    return outputs(FileSystemWaits.untilAvailable(ctx, id));
  }

  @Override
  public boolean destroyable(FileSystem f) {
    return create().isPresent() && model.ownedBy(f.tags());
  }

  @Override
  public void destroy(ApplyContext ctx, FileSystem f) {
    FileSystemResource.delete(ctx, f);
  }

  @Override
  public boolean holdsData() {
    return true;
  }
}
