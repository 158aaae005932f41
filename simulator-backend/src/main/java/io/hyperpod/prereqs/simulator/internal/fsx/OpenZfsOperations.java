package io.hyperpod.prereqs.simulator.internal.fsx;

import io.hyperpod.prereqs.internal.spec.OpenZfsCatalog;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations;
import io.hyperpod.prereqs.simulator.internal.ec2.SubnetRecord;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.fsx.OpenZfsFileSystemRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CreateFileSystem of FSx for OpenZFS with AWS's semantics on the same store as Lustre: the
 * deployment type (and whether the region offers it), the storage range, the throughput the type
 * takes, one subnet (two in different AZs with the preferred one among them for MULTI_AZ_1), the
 * groups in the subnets' VPC; a network interface per subnet; CREATING, then AVAILABLE {@link
 * FsxOperations#CREATION_TIME} later. Deleting and tagging are {@link FsxOperations}'. FSx does not
 * check the groups' NFS rules (clients that cannot reach 2049 fail to mount).
 */
public final class OpenZfsOperations {
  private final FsxOperations fsx;
  private final BackendContext context;

  public OpenZfsOperations(BackendContext context) {
    this.fsx = new FsxOperations(context);
    this.context = context;
  }

  public FsxOperations fsx() {
    return fsx;
  }

  /** Answers the new file system (CREATING), or the one made earlier with the same token. */
  public FileSystemRecord create(OpenZfsFileSystemRequest request) {
    Optional<FileSystemRecord> earlier = fsx.byToken(request.clientRequestToken());
    if (earlier.isPresent()) {
      if (!same(earlier.get(), request)) {
        throw AwsError.FSX_INCOMPATIBLE_PARAMETER.exception(
            "The ClientRequestToken " + request.clientRequestToken() + " was used by an earlier"
                + " request with other parameters (file system " + earlier.get().id + ")");
      }
      return earlier.get();
    }
    checkSettings(request);
    if (request.tags().size() > FsxOperations.MAX_TAGS) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "A file system takes at most " + FsxOperations.MAX_TAGS + " tags");
    }
    Ec2Operations ec2 = new Ec2Operations(context);
    List<SubnetRecord> subnets = new ArrayList<>();
    request.subnetIds().forEach(id -> subnets.add(FsxOperations.subnet(ec2, id)));
    checkSubnets(request, subnets);
    SubnetRecord preferred = subnets.stream()
        .filter(s -> s.id().equals(request.preferredSubnetId().orElse(subnets.get(0).id())))
        .findFirst().orElseThrow();
    fsx.groupsInVpc(request.securityGroupIds(), preferred);

    FileSystemRecord fs = new FileSystemRecord();
    fs.id = context.ids().hexId("fs-");
    fs.fileSystemType = "OPENZFS";
    fs.ownerId = context.accountId();
    fs.region = context.region();
    fs.storageCapacity = request.storageCapacityGiB();
    fs.storageType = "SSD";
    fs.deploymentType = request.deploymentType();
    fs.throughputCapacity = request.throughputCapacity();
    fs.vpcId = preferred.vpcId();
    fs.subnetId = preferred.id();
    fs.subnetIds.addAll(request.subnetIds());
    fs.securityGroupIds.addAll(request.securityGroupIds());
    fs.dnsName = fs.id + ".fsx." + context.region() + ".amazonaws.com";
    fs.rootVolumeId = context.ids().hexId("fsvol-");
    fs.fileSystemTypeVersion = "";
    fs.clientRequestToken = request.clientRequestToken();
    fs.creationTime = context.now();
    fs.availableAt = fs.creationTime.plus(FsxOperations.CREATION_TIME);
    fs.tags.putAll(request.tags());
    try {
      for (SubnetRecord s : subnets) {
        fs.networkInterfaceIds.addAll(ec2.addServiceInterfaces(s.id(), request.securityGroupIds(),
            1, "interface", "ENI for OpenZFS file system " + fs.id));
      }
    } catch (CloudException e) {
      throw AwsError.FSX_INVALID_NETWORK_SETTINGS.exception(e.getMessage());
    }
    fsx.store().fileSystems.put(fs.id, fs);
    return fs;
  }

  private void checkSettings(OpenZfsFileSystemRequest r) {
    String type = r.deploymentType();
    List<Integer> throughputs = OpenZfsCatalog.THROUGHPUTS.get(type);
    if (throughputs == null) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "1 validation error detected: Value '" + type + "' at 'openZFSConfiguration."
              + "deploymentType' failed to satisfy constraint: Member must satisfy enum value set:"
              + " [" + String.join(", ", OpenZfsCatalog.DEPLOYMENT_TYPES) + "]");
    }
    if (!OpenZfsCatalog.offered(context.region(), type)) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "The " + type + " deployment type is not supported in " + context.region()
              + ". Supported deployment types: " + OpenZfsCatalog.offeredIn(context.region()));
    }
    int capacity = r.storageCapacityGiB();
    if (capacity < OpenZfsCatalog.MIN_STORAGE_GIB || capacity > OpenZfsCatalog.MAX_STORAGE_GIB) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "Invalid storage capacity " + capacity + " GiB: an OpenZFS file system takes "
              + OpenZfsCatalog.MIN_STORAGE_GIB + " to " + OpenZfsCatalog.MAX_STORAGE_GIB + " GiB.");
    }
    if (!throughputs.contains(r.throughputCapacity())) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "Invalid throughput capacity " + r.throughputCapacity() + " MBps for " + type
              + "; valid values are " + throughputs);
    }
  }

  private static void checkSubnets(OpenZfsFileSystemRequest r, List<SubnetRecord> subnets) {
    boolean multi = OpenZfsCatalog.multiAz(r.deploymentType());
    if (!multi && subnets.size() != 1) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "A " + r.deploymentType() + " file system takes exactly one subnet in SubnetIds (got "
              + r.subnetIds() + ").");
    }
    if (multi) {
      boolean twoZones = subnets.size() == 2
          && !subnets.get(0).availabilityZoneId().equals(subnets.get(1).availabilityZoneId());
      if (!twoZones) {
        throw AwsError.FSX_BAD_REQUEST.exception(
            "A MULTI_AZ_1 file system takes two subnets in different Availability Zones in"
                + " SubnetIds (got " + r.subnetIds() + ").");
      }
      if (r.preferredSubnetId().isEmpty() || !r.subnetIds().contains(r.preferredSubnetId().get())) {
        throw AwsError.FSX_BAD_REQUEST.exception(
            "PreferredSubnetId " + r.preferredSubnetId().orElse("(missing)") + " must be one of"
                + " the SubnetIds " + r.subnetIds() + " of a MULTI_AZ_1 file system.");
      }
    }
  }

  private static boolean same(FileSystemRecord fs, OpenZfsFileSystemRequest r) {
    return "OPENZFS".equals(fs.fileSystemType)
        && fs.subnetIds.equals(r.subnetIds())
        && fs.securityGroupIds.equals(r.securityGroupIds())
        && fs.storageCapacity == r.storageCapacityGiB()
        && fs.deploymentType.equals(r.deploymentType())
        && fs.throughputCapacity == r.throughputCapacity();
  }
}
