package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.fsx.FileSystemRecord;
import io.hyperpod.prereqs.simulator.internal.fsx.FsxOperations;
import io.hyperpod.prereqs.simulator.internal.fsx.FsxViews;
import io.hyperpod.prereqs.simulator.internal.fsx.OpenZfsOperations;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.ImmutableLustreFileSystemRequest;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import io.hyperpod.prereqs.spi.fsx.OpenZfsFileSystemRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * FSx on the wire (JSON 1.1, {@code AWSSimbaAPIService_v20180301}): Lustre and OpenZFS file systems —
 * create (idempotent by client token), describe (paged), delete, and their tags.
 */
public final class FsxJsonService extends JsonProtocol {
  public FsxJsonService() {
    super("fsx", "AWSSimbaAPIService_v20180301");
    operation(
        "CreateFileSystem",
        (in, c, out) -> {
          FsxOperations ops = new FsxOperations(c);
          FileSystemRecord made = "OPENZFS".equals(text(in, "FileSystemType"))
              ? new OpenZfsOperations(c).create(openZfsRequest(in))
              : ops.createLustreFileSystem(request(in));
          fileSystem(out.putObject("FileSystem"), FsxViews.fileSystem(made, ops.now()));
        });
    operation("DescribeFileSystems", FsxJsonService::describeFileSystems);
    operation(
        "DeleteFileSystem",
        (in, c, out) -> {
          FsxOperations ops = new FsxOperations(c);
          FileSystemRecord fs = ops.deleteFileSystem(required(in, "FileSystemId"));
          out.put("FileSystemId", fs.id()).put("Lifecycle", fs.lifecycle(ops.now()));
        });
    operation(
        "TagResource",
        (in, c, out) -> new FsxOperations(c).tagResource(text(in, "ResourceARN"), tags(in, "Tags")));
    operation(
        "UntagResource",
        (in, c, out) -> {
          List<String> keys = new ArrayList<>();
          in.path("TagKeys").forEach(k -> keys.add(k.asText()));
          new FsxOperations(c).untagResource(text(in, "ResourceARN"), keys);
        });
    operation(
        "ListTagsForResource",
        (in, c, out) -> {
          String arn = required(in, "ResourceARN");
          FileSystemRecord fs =
              new FsxOperations(c)
                  .describeFileSystems(List.of()).stream()
                      .filter(f -> f.arn().equals(arn))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              AwsError.FSX_RESOURCE_NOT_FOUND.exception(
                                  "The resource ARN " + arn + " does not exist"));
          putTags(out, "Tags", fs.tags());
        });
  }

  /** An OPENZFS CreateFileSystem request. */
  private static OpenZfsFileSystemRequest openZfsRequest(JsonNode in) {
    Integer capacity = integer(in, "StorageCapacity");
    if (capacity == null) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "StorageCapacity is required for an OpenZFS file system (64 GiB or more).");
    }
    JsonNode zfs = in.path("OpenZFSConfiguration");
    String deploymentType = required(zfs, "DeploymentType");
    Integer throughput = integer(zfs, "ThroughputCapacity");
    if (throughput == null) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "1 validation error detected: Value null at 'openZFSConfiguration.throughputCapacity'"
              + " failed to satisfy constraint: Member must not be null");
    }
    return OpenZfsFileSystemRequest.builder()
        .subnetIds(strings(in.path("SubnetIds")))
        .preferredSubnetId(java.util.Optional.ofNullable(text(zfs, "PreferredSubnetId")))
        .securityGroupIds(strings(in.path("SecurityGroupIds")))
        .storageCapacityGiB(capacity)
        .deploymentType(deploymentType)
        .throughputCapacity(throughput)
        .clientRequestToken(
            text(in, "ClientRequestToken") == null
                ? UUID.randomUUID().toString()
                : text(in, "ClientRequestToken"))
        .tags(tags(in, "Tags"))
        .build();
  }

  /** A Lustre CreateFileSystem request; types other than LUSTRE and OPENZFS are refused. */
  private static LustreFileSystemRequest request(JsonNode in) {
    String type = text(in, "FileSystemType");
    if (!"LUSTRE".equals(type)) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "FileSystemType '" + type + "' is not simulated; the simulator creates LUSTRE and"
              + " OPENZFS file systems.");
    }
    List<String> subnets = strings(in.path("SubnetIds"));
    if (subnets.size() != 1) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "A Lustre file system takes exactly one subnet in SubnetIds (got " + subnets + ").");
    }
    Integer capacity = integer(in, "StorageCapacity");
    if (capacity == null) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "StorageCapacity is required for a Lustre file system (e.g. 1200 GiB).");
    }
    JsonNode lustre = in.path("LustreConfiguration");
    String deploymentType = text(lustre, "DeploymentType");
    ImmutableLustreFileSystemRequest.Builder request =
        LustreFileSystemRequest.builder()
            .subnetId(subnets.get(0))
            .securityGroupIds(strings(in.path("SecurityGroupIds")))
            .storageCapacityGiB(capacity)
            .deploymentType(deploymentType == null ? "SCRATCH_1" : deploymentType)
            .perUnitStorageThroughput(
                java.util.Optional.ofNullable(integer(lustre, "PerUnitStorageThroughput")))
            .clientRequestToken(
                text(in, "ClientRequestToken") == null
                    ? UUID.randomUUID().toString()
                    : text(in, "ClientRequestToken"))
            .tags(tags(in, "Tags"));
    String version = text(in, "FileSystemTypeVersion");
    if (version != null) {
      request.fileSystemTypeVersion(version);
    }
    return request.build();
  }

  private static void describeFileSystems(JsonNode in, BackendContext c, ObjectNode out) {
    FsxOperations ops = new FsxOperations(c);
    Integer max = integer(in, "MaxResults");
    if (max != null && max < 1) {
      throw AwsError.FSX_BAD_REQUEST.exception("MaxResults " + max + " must be at least 1.");
    }
    MarkerPage<FileSystemRecord> page =
        MarkerPage.of(
            ops.describeFileSystems(strings(in.path("FileSystemIds"))),
            FileSystemRecord::id,
            text(in, "NextToken"),
            max,
            Integer.MAX_VALUE,
            () ->
                AwsError.FSX_BAD_REQUEST.exception(
                    "NextToken '" + text(in, "NextToken") + "' was not handed out by"
                        + " DescribeFileSystems."));
    ArrayNode systems = out.putArray("FileSystems");
    page.items().forEach(f -> fileSystem(systems.addObject(), FsxViews.fileSystem(f, ops.now())));
    if (page.nextMarker() != null) {
      out.put("NextToken", page.nextMarker());
    }
  }

  private static void fileSystem(ObjectNode out, FileSystem f) {
    out.put("OwnerId", f.ownerId())
        .put("CreationTime", epochSeconds(f.creationTime()))
        .put("FileSystemId", f.fileSystemId())
        .put("FileSystemType", f.fileSystemType())
        .put("Lifecycle", f.lifecycle())
        .put("StorageCapacity", f.storageCapacity())
        .put("StorageType", f.storageType())
        .put("VpcId", f.vpcId())
        .put("DNSName", f.dnsName())
        .put("ResourceARN", f.resourceArn());
    f.failureMessage().ifPresent(m -> out.putObject("FailureDetails").put("Message", m));
    f.subnetIds().forEach(out.putArray("SubnetIds")::add);
    f.networkInterfaceIds().forEach(out.putArray("NetworkInterfaceIds")::add);
    putTags(out, "Tags", f.tags());
    if (f.openZfs()) {
      ObjectNode zfs = out.putObject("OpenZFSConfiguration")
          .put("AutomaticBackupRetentionDays", 0)
          .put("CopyTagsToBackups", false)
          .put("CopyTagsToVolumes", false)
          .put("DeploymentType", f.deploymentType());
      f.throughputCapacity().ifPresent(t -> zfs.put("ThroughputCapacity", t));
      f.rootVolumeId().ifPresent(v -> zfs.put("RootVolumeId", v));
      f.preferredSubnetId().ifPresent(p -> zfs.put("PreferredSubnetId", p));
      return;
    }
    ObjectNode lustre =
        out.putObject("LustreConfiguration")
            .put("DeploymentType", f.deploymentType())
            .put("MountName", f.mountName())
            .put("DataCompressionType", "NONE");
    f.perUnitStorageThroughput().ifPresent(t -> lustre.put("PerUnitStorageThroughput", t));
  }

  private static String required(JsonNode in, String name) {
    String value = text(in, name);
    if (value == null) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "1 validation error detected: Value null at '" + name + "' failed to satisfy"
              + " constraint: Member must not be null");
    }
    return value;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
