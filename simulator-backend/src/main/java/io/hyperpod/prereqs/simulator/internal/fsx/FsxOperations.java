package io.hyperpod.prereqs.simulator.internal.fsx;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations;
import io.hyperpod.prereqs.simulator.internal.ec2.SecurityGroupOperations;
import io.hyperpod.prereqs.simulator.internal.ec2.SubnetRecord;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * FSx for Lustre (OpenZFS: {@link OpenZfsOperations}) with AWS's semantics on the account's regional {@link FsxStore}: CreateFileSystem
 * checks the deployment type, capacity and throughput, the one subnet and the security groups (they
 * must let Lustre's TCP 988 and 1018-1023 in from themselves or the subnet), puts the file servers'
 * network interfaces into the subnet and answers CREATING; the file system is AVAILABLE {@link
 * #CREATION_TIME} later on the simulated clock. DeleteFileSystem makes it DELETING until {@link
 * #DELETION_TIME} later. Use inside a {@link BackendContext#call}; the HTTP front calls these too.
 */
public final class FsxOperations {
  /** How long a new file system stays CREATING. */
  public static final Duration CREATION_TIME = Duration.ofMinutes(8);

  /** How long a deleted file system stays DELETING. */
  public static final Duration DELETION_TIME = Duration.ofMinutes(4);

  static final int MAX_TAGS = 50;
  private static final Set<String> VERSIONS = Set.of("2.10", "2.12", "2.15");
  private static final Map<String, List<Integer>> THROUGHPUTS =
      Map.of(
          "SCRATCH_1", List.of(),
          "SCRATCH_2", List.of(),
          "PERSISTENT_1", List.of(50, 100, 200),
          "PERSISTENT_2", List.of(125, 250, 500, 1000));

  private final BackendContext context;
  private final FsxStore store;

  public FsxOperations(BackendContext context) {
    this.context = context;
    this.store = context.regionState().fsx();
    Instant now = context.now();
    store.fileSystems.values().removeIf(f -> f.goneAt != null && !f.goneAt.isAfter(now));
  }

  public FsxStore store() {
    return store;
  }

  public Instant now() {
    return context.now();
  }

  /** These file systems (each must exist), or all of them. */
  public List<FileSystemRecord> describeFileSystems(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.copyOf(store.fileSystems.values());
    }
    return ids.stream().map(this::fileSystem).toList();
  }

  public FileSystemRecord fileSystem(String id) {
    return store.fileSystem(id).orElseThrow(() -> notFound(id));
  }

  private static CloudException notFound(String id) {
    return AwsError.FSX_FILE_SYSTEM_NOT_FOUND.exception("File system '" + id + "' does not exist.");
  }

  /** Answers the new file system (CREATING), or the one made earlier with the same token. */
  public FileSystemRecord createLustreFileSystem(LustreFileSystemRequest request) {
    Optional<FileSystemRecord> earlier = byToken(request.clientRequestToken());
    if (earlier.isPresent()) {
      if (!sameRequest(earlier.get(), request)) {
        throw AwsError.FSX_INCOMPATIBLE_PARAMETER.exception(
            "The ClientRequestToken "
                + request.clientRequestToken()
                + " was used by an earlier request with other parameters",
            "the earlier request made file system " + earlier.get().id);
      }
      return earlier.get();
    }
    checkSettings(request);
    if (request.tags().size() > MAX_TAGS) {
      throw AwsError.FSX_BAD_REQUEST.exception("A file system takes at most " + MAX_TAGS + " tags");
    }
    Ec2Operations ec2 = new Ec2Operations(context);
    SubnetRecord subnet = subnet(ec2, request.subnetId());
    checkSecurityGroups(request, subnet);

    FileSystemRecord fs = new FileSystemRecord();
    fs.id = context.ids().hexId("fs-");
    fs.ownerId = context.accountId();
    fs.region = context.region();
    fs.storageCapacity = request.storageCapacityGiB();
    fs.storageType = "SSD";
    fs.deploymentType = request.deploymentType();
    fs.perUnitStorageThroughput = request.perUnitStorageThroughput().orElse(null);
    fs.fileSystemTypeVersion = request.fileSystemTypeVersion();
    fs.vpcId = subnet.vpcId();
    fs.subnetId = subnet.id();
    fs.securityGroupIds.addAll(request.securityGroupIds());
    fs.dnsName = fs.id + ".fsx." + context.region() + ".amazonaws.com";
    fs.mountName = fs.deploymentType.equals("SCRATCH_1") ? "fsx" : mountName();
    fs.clientRequestToken = request.clientRequestToken();
    fs.creationTime = context.now();
    fs.availableAt = fs.creationTime.plus(CREATION_TIME);
    fs.tags.putAll(request.tags());
    try {
      fs.networkInterfaceIds.addAll(
          ec2.addServiceInterfaces(
              subnet.id(),
              request.securityGroupIds(),
              interfaces(fs.storageCapacity),
              "lustre",
              "ENI for Lustre file system " + fs.id));
    } catch (CloudException e) {
      throw AwsError.FSX_INVALID_NETWORK_SETTINGS.exception(e.getMessage());
    }
    store.fileSystems.put(fs.id, fs);
    return fs;
  }

  /** The file system an earlier CreateFileSystem with this client token made. */
  Optional<FileSystemRecord> byToken(String clientRequestToken) {
    return store.fileSystems.values().stream()
        .filter(f -> clientRequestToken.equals(f.clientRequestToken))
        .findFirst();
  }

  BackendContext context() {
    return context;
  }

  /** How many network interfaces (addresses of the subnet) a file system of this size takes. */
  public static int interfaces(int storageCapacityGiB) {
    return 2 + storageCapacityGiB / 2400;
  }

  /** The file system becomes DELETING; deleting one that is already DELETING is fine. */
  public FileSystemRecord deleteFileSystem(String id) {
    FileSystemRecord fs = fileSystem(id);
    if (fs.deletingSince == null) {
      if (fs.lifecycle(context.now()).equals("CREATING")) {
        throw AwsError.FSX_BAD_REQUEST.exception(
            "File system " + id + " is CREATING; it can be deleted once it is AVAILABLE");
      }
      fs.deletingSince = context.now();
      fs.goneAt = fs.deletingSince.plus(DELETION_TIME);
      new Ec2Operations(context).releaseInterfaces(fs.networkInterfaceIds, fs.goneAt);
    }
    return fs;
  }

  /** Adds or overwrites tags of the file system with this ARN. */
  public void tagResource(String arn, Map<String, String> tags) {
    FileSystemRecord fs = byArn(arn);
    Map<String, String> merged = new LinkedHashMap<>(fs.tags);
    merged.putAll(tags);
    if (merged.size() > MAX_TAGS) {
      throw AwsError.FSX_BAD_REQUEST.exception("A file system takes at most " + MAX_TAGS + " tags");
    }
    fs.tags.putAll(tags);
  }

  public void untagResource(String arn, Collection<String> keys) {
    byArn(arn).tags.keySet().removeAll(keys);
  }

  private FileSystemRecord byArn(String arn) {
    if (arn == null || !arn.startsWith("arn:aws:fsx:")) {
      throw AwsError.FSX_NOT_SERVICE_RESOURCE.exception(
          "The resource ARN " + arn + " is not an FSx resource");
    }
    return store.fileSystems.values().stream()
        .filter(f -> f.arn().equals(arn))
        .findFirst()
        .orElseThrow(
            () ->
                AwsError.FSX_RESOURCE_NOT_FOUND.exception(
                    "The resource ARN " + arn + " does not exist"));
  }

  private static void checkSettings(LustreFileSystemRequest r) {
    String type = r.deploymentType();
    List<Integer> throughputs = THROUGHPUTS.get(type);
    if (throughputs == null) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "1 validation error detected: Value '"
              + type
              + "' at 'lustreConfiguration."
              + "deploymentType' failed to satisfy constraint: Member must satisfy enum value set:"
              + " [SCRATCH_1, SCRATCH_2, PERSISTENT_1, PERSISTENT_2]");
    }
    int capacity = r.storageCapacityGiB();
    int step = type.equals("SCRATCH_1") ? 3600 : 2400;
    if (capacity != 1200 && (capacity < 2400 || (capacity - 2400) % step != 0)) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "Invalid storage capacity "
              + capacity
              + " GiB for "
              + type
              + ": use 1200, 2400 or"
              + " more in steps of "
              + step
              + " GiB.");
    }
    Optional<Integer> throughput = r.perUnitStorageThroughput();
    if (throughputs.isEmpty() && throughput.isPresent()) {
      throw AwsError.FSX_INVALID_THROUGHPUT.exception(
          "PerUnitStorageThroughput is not supported for " + type);
    }
    if (!throughputs.isEmpty()
        && (throughput.isEmpty() || !throughputs.contains(throughput.get()))) {
      throw AwsError.FSX_INVALID_THROUGHPUT.exception(
          "PerUnitStorageThroughput "
              + throughput.map(String::valueOf).orElse("(missing)")
              + " is invalid for "
              + type
              + "; valid values are "
              + throughputs);
    }
    if (!VERSIONS.contains(r.fileSystemTypeVersion())) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "FileSystemTypeVersion " + r.fileSystemTypeVersion() + " is not one of " + VERSIONS);
    }
    if (type.equals("PERSISTENT_2") && r.fileSystemTypeVersion().equals("2.10")) {
      throw AwsError.FSX_BAD_REQUEST.exception(
          "PERSISTENT_2 file systems need FileSystemTypeVersion 2.12 or later");
    }
  }

  static SubnetRecord subnet(Ec2Operations ec2, String subnetId) {
    try {
      return ec2.subnet(subnetId);
    } catch (CloudException e) {
      throw AwsError.FSX_INVALID_NETWORK_SETTINGS.exception(
          "The subnet ID '" + subnetId + "' does not exist",
          "EC2 answers " + e.errorCode() + " for it");
    }
  }

  private void checkSecurityGroups(LustreFileSystemRequest r, SubnetRecord subnet) {
    SecurityGroupOperations groups = groupsInVpc(r.securityGroupIds(), subnet);
    List<Integer> ports = new ArrayList<>(List.of(988));
    for (int p = 1018; p <= 1023; p++) {
      ports.add(p);
    }
    for (int port : ports) {
      if (!groups.admitsTcpFromPeersOrSubnet(r.securityGroupIds(), subnet.id(), port)) {
        throw AwsError.FSX_INVALID_NETWORK_SETTINGS.exception(
            "The file system's security groups do not permit Lustre LNET network traffic on port "
                + port,
            "security groups "
                + r.securityGroupIds()
                + " must admit inbound TCP 988 and 1018-1023 from the groups themselves or the"
                + " subnet "
                + subnet.cidrBlock());
      }
    }
  }

  /** Each group exists and is in the subnet's VPC (InvalidNetworkSettings otherwise). */
  SecurityGroupOperations groupsInVpc(List<String> groupIds, SubnetRecord subnet) {
    SecurityGroupOperations groups = new SecurityGroupOperations(context);
    for (String id : groupIds) {
      String vpcId;
      try {
        vpcId = groups.group(id).vpcId();
      } catch (CloudException e) {
        throw AwsError.FSX_INVALID_NETWORK_SETTINGS.exception(
            "The security group ID '" + id + "' does not exist",
            "EC2 answers " + e.errorCode() + " for it");
      }
      if (!vpcId.equals(subnet.vpcId())) {
        throw AwsError.FSX_INVALID_NETWORK_SETTINGS.exception(
            "The security group "
                + id
                + " is in "
                + vpcId
                + ", not in the subnet's VPC "
                + subnet.vpcId());
      }
    }
    return groups;
  }

  private static boolean sameRequest(FileSystemRecord fs, LustreFileSystemRequest r) {
    return fs.subnetId.equals(r.subnetId())
        && fs.securityGroupIds.equals(r.securityGroupIds())
        && fs.storageCapacity == r.storageCapacityGiB()
        && fs.deploymentType.equals(r.deploymentType())
        && Objects.equals(fs.perUnitStorageThroughput, r.perUnitStorageThroughput().orElse(null))
        && fs.fileSystemTypeVersion.equals(r.fileSystemTypeVersion());
  }

  private String mountName() {
    return context.ids().alphanumeric(8).toLowerCase(Locale.ROOT);
  }
}
