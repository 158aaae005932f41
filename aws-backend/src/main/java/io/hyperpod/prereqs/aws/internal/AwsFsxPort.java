package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import io.hyperpod.prereqs.spi.fsx.OpenZfsFileSystemRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.FileSystemType;
import software.amazon.awssdk.services.fsx.model.LustreFileSystemConfiguration;
import software.amazon.awssdk.services.fsx.model.OpenZFSFileSystemConfiguration;
import software.amazon.awssdk.services.fsx.model.StorageType;
import software.amazon.awssdk.services.fsx.model.Tag;

/**
 * {@link FsxPort} on the SDK's FSx client; the client is made on the first call that needs it, so
 * a run that never uses FSx makes none. DescribeFileSystems goes through the SDK's paginator;
 * CreateFileSystem passes the request's client token.
 *
 * <p>AWS answers every field of a file system. A server that leaves some out (moto answers no
 * Lifecycle, VpcId, OwnerId, CreationTime or MountName) is read thus: no lifecycle means the file
 * system has no creation phase and serves at once (AVAILABLE); the VPC is its subnet's, read
 * through EC2 only then; the owner is the account of its ARN; the rest is empty.
 */
public final class AwsFsxPort implements FsxPort {
  private final Supplier<FSxClient> client;
  private final Ec2Port ec2;

  /**
   * @param ec2 reads the VPC of a file system's subnet when the FSx answer lacks it (never on AWS)
   */
  public AwsFsxPort(Supplier<FSxClient> client, Ec2Port ec2) {
    this.client = requireNonNull(client, "client is null");
    this.ec2 = requireNonNull(ec2, "ec2 is null");
  }

  /** The FSx client, made on first use. */
  FSxClient client() {
    return client.get();
  }

  @Override
  public List<FileSystem> describeFileSystems(Collection<String> fileSystemIds) {
    String what =
        fileSystemIds.isEmpty()
            ? "the region's file systems"
            : "file systems " + String.join(", ", fileSystemIds);
    List<software.amazon.awssdk.services.fsx.model.FileSystem> found =
        AwsErrors.call(
            AwsCall.fsx("DescribeFileSystems", what),
            () ->
                client()
                    .describeFileSystemsPaginator(
                        r -> r.fileSystemIds(fileSystemIds.isEmpty() ? null : fileSystemIds))
                    .stream()
                    .flatMap(page -> page.fileSystems().stream())
                    .toList());
    return found.stream().map(this::fileSystem).toList();
  }

  @Override
  public FileSystem createLustreFileSystem(LustreFileSystemRequest request) {
    return fileSystem(
        AwsErrors.call(
            AwsCall.fsx(
                "CreateFileSystem",
                "Lustre file system of "
                    + request.storageCapacityGiB()
                    + " GiB in "
                    + request.subnetId()),
            () ->
                client()
                    .createFileSystem(
                        r ->
                            r.fileSystemType(FileSystemType.LUSTRE)
                                .fileSystemTypeVersion(request.fileSystemTypeVersion())
                                .storageCapacity(request.storageCapacityGiB())
                                .storageType(StorageType.SSD)
                                .subnetIds(request.subnetId())
                                .securityGroupIds(request.securityGroupIds())
                                .clientRequestToken(request.clientRequestToken())
                                .tags(sdkTags(request.tags()))
                                .lustreConfiguration(
                                    lustre ->
                                        lustre
                                            .deploymentType(request.deploymentType())
                                            .perUnitStorageThroughput(
                                                request.perUnitStorageThroughput().orElse(null))))
                    .fileSystem()));
  }

  @Override
  public FileSystem createOpenZfsFileSystem(OpenZfsFileSystemRequest request) {
    return fileSystem(
        AwsErrors.call(
            AwsCall.fsx(
                "CreateFileSystem",
                "OpenZFS file system of " + request.storageCapacityGiB() + " GiB in "
                    + String.join(", ", request.subnetIds())),
            () ->
                client()
                    .createFileSystem(
                        r ->
                            r.fileSystemType(FileSystemType.OPENZFS)
                                .storageCapacity(request.storageCapacityGiB())
                                .storageType(StorageType.SSD)
                                .subnetIds(request.subnetIds())
                                .securityGroupIds(request.securityGroupIds())
                                .clientRequestToken(request.clientRequestToken())
                                .tags(sdkTags(request.tags()))
                                .openZFSConfiguration(
                                    zfs ->
                                        zfs.deploymentType(request.deploymentType())
                                            .throughputCapacity(request.throughputCapacity())
                                            .preferredSubnetId(
                                                request.preferredSubnetId().orElse(null))
                                            .automaticBackupRetentionDays(0)))
                    .fileSystem()));
  }

  @Override
  public void deleteFileSystem(String fileSystemId) {
    AwsErrors.run(
        AwsCall.fsx("DeleteFileSystem", "file system " + fileSystemId),
        () -> client().deleteFileSystem(r -> r.fileSystemId(fileSystemId)));
  }

  @Override
  public void tagResource(String resourceArn, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    AwsErrors.run(
        AwsCall.fsx("TagResource", "tags of " + resourceArn),
        () -> client().tagResource(r -> r.resourceARN(resourceArn).tags(sdkTags(tags))));
  }

  private FileSystem fileSystem(software.amazon.awssdk.services.fsx.model.FileSystem f) {
    Optional<LustreFileSystemConfiguration> lustre = Optional.ofNullable(f.lustreConfiguration());
    Optional<OpenZFSFileSystemConfiguration> zfs = Optional.ofNullable(f.openZFSConfiguration());
    return FileSystem.builder()
        .fileSystemId(f.fileSystemId())
        .fileSystemType(orEmpty(f.fileSystemTypeAsString()))
        .lifecycle(f.lifecycleAsString() == null ? FileSystem.AVAILABLE : f.lifecycleAsString())
        .failureMessage(
            Optional.ofNullable(f.failureDetails()).map(d -> d.message()).filter(m -> !m.isEmpty()))
        .storageCapacity(f.storageCapacity() == null ? 0 : f.storageCapacity())
        .storageType(f.storageTypeAsString() == null ? "SSD" : f.storageTypeAsString())
        .vpcId(f.vpcId() != null ? f.vpcId() : vpcOf(f.subnetIds()))
        .subnetIds(f.subnetIds())
        .networkInterfaceIds(f.networkInterfaceIds())
        .dnsName(orEmpty(f.dnsName()))
        .ownerId(f.ownerId() != null ? f.ownerId() : accountOf(f.resourceARN()))
        .resourceArn(orEmpty(f.resourceARN()))
        .creationTime(f.creationTime() == null ? Instant.EPOCH : f.creationTime())
        .tags(tags(f.tags()))
        .deploymentType(lustre.map(l -> orEmpty(l.deploymentTypeAsString()))
            .or(() -> zfs.map(z -> orEmpty(z.deploymentTypeAsString()))).orElse(""))
        .throughputCapacity(zfs.map(z -> z.throughputCapacity()))
        .preferredSubnetId(zfs.map(z -> z.preferredSubnetId()))
        .rootVolumeId(zfs.map(z -> z.rootVolumeId()))
        .perUnitStorageThroughput(lustre.map(l -> l.perUnitStorageThroughput()))
        .mountName(lustre.map(l -> orEmpty(l.mountName())).orElse(""))
        .build();
  }

  /** The VPC of the first of these subnets that still exists; empty when none does. */
  private String vpcOf(List<String> subnetIds) {
    if (subnetIds.isEmpty()) {
      return "";
    }
    return ec2.describeSubnets(Ec2Query.filter("subnet-id", subnetIds)).stream()
        .map(Subnet::vpcId)
        .findFirst()
        .orElse("");
  }

  private static String accountOf(String arn) {
    String[] parts = orEmpty(arn).split(":", 6);
    return parts.length > 4 ? parts[4] : "";
  }

  private static List<Tag> sdkTags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .toList();
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> map = new TreeMap<>();
    tags.forEach(t -> map.put(t.key(), t.value() == null ? "" : t.value()));
    return map;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
