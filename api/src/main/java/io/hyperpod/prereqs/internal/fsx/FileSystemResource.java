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
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.Fsx.FsxCreate;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The FSx for Lustre file system of {@code /fsx} ({@link StackModel#FSX}): adopted by id, or
 * created in the cluster's first subnet with the cluster's security group. Creation takes minutes:
 * apply waits until it is AVAILABLE, with progress. It holds user data, so destroy keeps it unless
 * {@code --delete-data} is given. Its DNS and mount names go into the lifecycle scripts.
 */
final class FileSystemResource implements Resource<FileSystem> {
  private final StackModel model;
  private final Fsx fsx;
  private final Network network;

  FileSystemResource(StackModel model) {
    this.model = model;
    this.fsx = model.spec().fsx().orElseThrow();
    this.network = model.spec().network().orElseThrow();
  }

  private Optional<FsxCreate> create() {
    return fsx.id().isPresent() ? Optional.empty() : fsx.create();
  }

  private SubnetRef clusterSubnet() {
    return network.subnets().get(0);
  }

  @Override
  public ResourceAddress address() {
    return StackModel.FSX;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    if (create().isEmpty()) {
      return List.of();
    }
    return FileSystemPlacement.createDependencies(network, List.of(clusterSubnet()));
  }

  @Override
  public Optional<FileSystem> observe(ObserveContext ctx) {
    return fsx.id().isPresent()
        ? FsxReads.byId(ctx, fsx.id().get())
        : FsxReads.owned(ctx, model, FileSystem.LUSTRE).stream().findFirst();
  }

  @Override
  public Map<String, Object> observedAttributes(FileSystem f) {
    return attributes(f);
  }

  static Map<String, Object> attributes(FileSystem f) {
    return Attributes.of()
        .put("id", f.fileSystemId())
        .put("lifecycle", f.lifecycle())
        .put("deployment_type", f.deploymentType())
        .put("storage_capacity_gib", f.storageCapacity())
        .put("per_unit_storage_throughput", f.perUnitStorageThroughput().orElse(null))
        .put("subnet_id", f.subnetIds().isEmpty() ? null : f.subnetIds().get(0))
        .put("vpc_id", f.vpcId())
        .put("dns_name", f.dnsName())
        .put("mount_name", f.mountName())
        .put("tags", f.tags())
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<FileSystem> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    if (observed.isPresent()) {
      // Apply waits until it is AVAILABLE and adds the stack's tags; it changes nothing else.
      FileSystem f = observed.get();
      return Attributes.from(attributes(f))
          .put("lifecycle", FileSystem.AVAILABLE)
          .put("tags", Tags.merged(f.tags(), model.createTags()))
          .build();
    }
    FsxCreate c = create().orElseThrow();
    return Attributes.of()
        .putUnknown("id")
        .put("lifecycle", FileSystem.AVAILABLE)
        .put("deployment_type", c.deploymentType().name())
        .put("storage_capacity_gib", c.storageCapacityGiB())
        .put("per_unit_storage_throughput", c.perUnitStorageThroughput().orElse(null))
        .put("subnet_id", outputs.getOrUnknown(NetworkAddresses.subnet(clusterSubnet()), "id"))
        .put("vpc_id", outputs.getOrUnknown(NetworkAddresses.VPC, "id"))
        .putUnknown("dns_name")
        .putUnknown("mount_name")
        .put("tags", model.createTags())
        .build();
  }

  @Override
  public Map<String, String> outputs(FileSystem f) {
    return Map.of("id", f.fileSystemId(), "dns_name", f.dnsName(), "mount_name", f.mountName());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return create().isPresent()
        ? Diff.create("the file system does not exist; creating one takes several minutes")
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
    return Diff.update(
        steps.contains("wait")
            ? "being created: apply waits until it is AVAILABLE"
            : "tags differ from the spec",
        steps);
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<FileSystem> observed, Outputs outputs) {
    List<Finding> out = new ArrayList<>();
    if (observed.isEmpty()) {
      fsx.id()
          .ifPresent(
              id ->
                  out.add(
                      Adoption.notFound(
                          "fsx.not-found",
                          address(),
                          "fsx.id",
                          id,
                          model,
                          "fsx describe-file-systems",
                          "fsx.create")));
      return out;
    }
    FileSystem f = observed.get();
    if (!f.available() && !FileSystem.CREATING.equals(f.lifecycle())) {
      out.add(
          Finding.error(
              "fsx.not-available",
              address(),
              "file system "
                  + f.fileSystemId()
                  + " is "
                  + f.lifecycle()
                  + f.failureMessage().map(m -> " (" + m + ")").orElse("")
                  + "; the nodes could not mount it",
              fsx.id().isPresent()
                  ? "repair it or name another file system in fsx.id"
                  : "delete it (destroy --delete-data) and apply again"));
    }
    create()
        .ifPresent(
            c -> {
              boolean same =
                  f.deploymentType().equals(c.deploymentType().name())
                      && f.storageCapacity() == c.storageCapacityGiB()
                      && Objects.equals(
                          f.perUnitStorageThroughput().orElse(null),
                          c.perUnitStorageThroughput().orElse(null));
              if (!same) {
                out.add(
                    Finding.warning(
                        "fsx.settings-differ",
                        address(),
                        "file system "
                            + f.fileSystemId()
                            + " is "
                            + f.deploymentType()
                            + ", "
                            + f.storageCapacity()
                            + " GiB, throughput "
                            + f.perUnitStorageThroughput().map(String::valueOf).orElse("none")
                            + "; the spec asks for "
                            + c.deploymentType()
                            + ", "
                            + c.storageCapacityGiB()
                            + " GiB, throughput "
                            + c.perUnitStorageThroughput().map(String::valueOf).orElse("none")
                            + ". The tool does not change or replace a file system that holds data",
                        "change fsx.create back, or change the file system in the FSx console"));
              }
            });
    return out;
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<FileSystem> observed) {
    String id;
    if (observed.isEmpty()) {
      FsxCreate c = create().orElseThrow();
      String subnetId = ctx.outputs().require(NetworkAddresses.subnet(clusterSubnet()), "id");
      String groupId = ctx.outputs().require(NetworkAddresses.SECURITY_GROUP, "id");
      LustreFileSystemRequest request =
          LustreFileSystemRequest.builder()
              .subnetId(subnetId)
              .addSecurityGroupIds(groupId)
              .storageCapacityGiB(c.storageCapacityGiB())
              .deploymentType(c.deploymentType().name())
              .perUnitStorageThroughput(c.perUnitStorageThroughput())
              .clientRequestToken(
                  ClientTokens.of(
                      model,
                      address(),
                      subnetId,
                      groupId,
                      c.deploymentType().name(),
                      String.valueOf(c.storageCapacityGiB()),
                      String.valueOf(c.perUnitStorageThroughput().orElse(0))))
              .tags(model.createTags())
              .build();
      FileSystem made = ctx.backend().fsx().createLustreFileSystem(request);
      ctx.progress(
          "created "
              + made.fileSystemId()
              + " ("
              + made.lifecycle()
              + "); waiting"
              + " until it is AVAILABLE, which takes several minutes");
      id = made.fileSystemId();
    } else {
      id = observed.get().fileSystemId();
      if (diff.has("tags")) {
        ctx.backend()
            .fsx()
            .tagResource(
                observed.get().resourceArn(),
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
    delete(ctx, f);
  }

  /** Deletes the file system and waits until it is gone (its interfaces leave the subnet). */
  static void delete(ApplyContext ctx, FileSystem f) {
    try {
      ctx.backend().fsx().deleteFileSystem(f.fileSystemId());
    } catch (io.hyperpod.prereqs.spi.CloudException e) {
      if (!FileSystemWaits.deleting(ctx, f.fileSystemId())) {
        throw e;
      }
      ctx.progress("DeleteFileSystem answered " + e.errorCode() + ", but " + f.fileSystemId()
          + " is DELETING: waiting for it to be gone");
    }
    FileSystemWaits.untilGone(ctx, f.fileSystemId());
  }

  @Override
  public boolean holdsData() {
    return true;
  }
}
