package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import io.hyperpod.prereqs.spi.fsx.OpenZfsFileSystemRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * FSx for Lustre: creation in one subnet answers CREATING with the DNS and mount names, checks the
 * settings and the security groups, is idempotent by token; deletion; a file system keeps its
 * subnet from being deleted. FSx for OpenZFS: one subnet, or two in two AZs for MULTI_AZ_1; the
 * throughput each deployment type takes. Part of {@link CloudBackendContractTest}.
 */
public abstract class FsxContract extends NetworkContractGroup {
  protected FsxContract(CloudBackendContractTest suite) {
    super(suite);
  }

  /** A VPC 10.N.0.0/16 with a subnet 10.N.0.0/24 and a group open to itself, for one test. */
  private record Net(Vpc vpc, Subnet subnet, SecurityGroup group) {}

  private Net net(int n) {
    Vpc vpc = newVpc("10." + n + ".0.0/16");
    return new Net(vpc, newSubnet(vpc, "10." + n + ".0.0/24"), newSelfReferencingGroup(vpc));
  }

  private LustreFileSystemRequest request(
      Subnet subnet, SecurityGroup group, int capacity, Integer throughput, String token) {
    return LustreFileSystemRequest.builder()
        .subnetId(subnet.subnetId())
        .addSecurityGroupIds(group.groupId())
        .storageCapacityGiB(capacity)
        .deploymentType("PERSISTENT_2")
        .perUnitStorageThroughput(Optional.ofNullable(throughput))
        .clientRequestToken(token)
        .tags(Map.of("contract", RUN))
        .build();
  }

  private FileSystem newFileSystem(LustreFileSystemRequest request) {
    FileSystem fs = backend().fsx().createLustreFileSystem(request);
    afterTest(() -> deleteWhenPossible(fs.fileSystemId()));
    return fs;
  }

  /**
   * Deletes a file system once it may be deleted (not while CREATING), waiting through the backend
   * (the simulator moves its clock), then until it is gone (not found, or not in the answer), so
   * its subnet can go too.
   */
  private void deleteWhenPossible(String id) {
    for (int attempt = 0; attempt < 120; attempt++) {
      try {
        backend().fsx().deleteFileSystem(id);
        break;
      } catch (MalformedException e) {
        backend().pause(Duration.ofSeconds(30));
      }
    }
    for (int attempt = 0; attempt < 120; attempt++) {
      try {
        if (backend().fsx().describeFileSystems(List.of(id)).isEmpty()) {
          return;
        }
        backend().pause(Duration.ofSeconds(30));
      } catch (NotFoundException gone) {
        return;
      }
    }
  }

  @Test
  void createLustreFileSystem_valid_isCreatingWithDnsAndMountName() {
    Net net = net(60);
    String region = backend().account().region();

    FileSystem fs = newFileSystem(request(net.subnet(), net.group(), 1200, 250, unique("t")));

    assertThat(fs.fileSystemId()).matches("fs-[0-9a-f]{8,17}");
    assertThat(fs.dnsName()).isEqualTo(fs.fileSystemId() + ".fsx." + region + ".amazonaws.com");
    assertThat(fs.subnetIds()).containsExactly(net.subnet().subnetId());
    assertThat(fs.vpcId()).isEqualTo(net.vpc().vpcId());
    if (!deviates(KnownDeviation.FSX_NO_LIFECYCLE_OR_NETWORK)) {
      assertThat(fs.lifecycle()).isEqualTo(FileSystem.CREATING);
      assertThat(fs.mountName()).matches("[a-z0-9]{8}");
    }
    assertThat(fs.deploymentType()).isEqualTo("PERSISTENT_2");
    assertThat(fs.perUnitStorageThroughput()).hasValue(250);
    assertThat(backend().fsx().describeFileSystems(List.of(fs.fileSystemId())))
        .extracting(FileSystem::fileSystemId)
        .containsExactly(fs.fileSystemId());
  }

  @Test
  void createLustreFileSystem_sameToken_answersTheFirstFileSystem() {
    assumeNo(KnownDeviation.FSX_CLIENT_TOKEN_IGNORED);
    Net net = net(61);
    LustreFileSystemRequest request = request(net.subnet(), net.group(), 1200, 250, unique("t"));
    FileSystem first = newFileSystem(request);

    FileSystem again = backend().fsx().createLustreFileSystem(request);

    assertThat(again.fileSystemId()).isEqualTo(first.fileSystemId());
  }

  @Test
  void createLustreFileSystem_sameTokenOtherCapacity_failsWithIncompatibleParameterError() {
    assumeNo(KnownDeviation.FSX_CLIENT_TOKEN_IGNORED);
    Net net = net(62);
    String token = unique("t");
    newFileSystem(request(net.subnet(), net.group(), 1200, 250, token));

    assertCloudError(
        () ->
            backend()
                .fsx()
                .createLustreFileSystem(request(net.subnet(), net.group(), 2400, 250, token)),
        ConflictException.class,
        "IncompatibleParameterError",
        400);
  }

  @Test
  void createLustreFileSystem_groupWithoutLustrePorts_failsWithInvalidNetworkSettings() {
    assumeNo(KnownDeviation.FSX_CREATE_NOT_VALIDATED);
    Vpc vpc = newVpc("10.63.0.0/16");
    Subnet subnet = newSubnet(vpc, "10.63.0.0/24");
    SecurityGroup closed = newGroup(vpc);

    assertCloudError(
        () ->
            backend().fsx().createLustreFileSystem(request(subnet, closed, 1200, 250, unique("t"))),
        MalformedException.class,
        "InvalidNetworkSettings",
        400);
  }

  @Test
  void createLustreFileSystem_capacityOffTheSteps_failsWithBadRequest() {
    assumeNo(KnownDeviation.FSX_CREATE_NOT_VALIDATED);
    Net net = net(64);

    assertCloudError(
        () ->
            backend()
                .fsx()
                .createLustreFileSystem(request(net.subnet(), net.group(), 3000, 250, unique("t"))),
        MalformedException.class,
        "BadRequest",
        400);
  }

  @Test
  void createLustreFileSystem_throughputNotOfTheType_failsWithInvalidPerUnitStorageThroughput() {
    assumeNo(KnownDeviation.FSX_CREATE_NOT_VALIDATED);
    Net net = net(65);

    assertCloudError(
        () ->
            backend()
                .fsx()
                .createLustreFileSystem(request(net.subnet(), net.group(), 1200, 200, unique("t"))),
        MalformedException.class,
        "InvalidPerUnitStorageThroughput",
        400);
  }

  @Test
  void deleteSubnet_withFileSystem_failsWithDependencyViolation() {
    assumeNo(KnownDeviation.FSX_NO_LIFECYCLE_OR_NETWORK);
    Net net = net(66);
    newFileSystem(request(net.subnet(), net.group(), 1200, 250, unique("t")));

    assertCloudError(
        () -> ec2().deleteSubnet(net.subnet().subnetId()),
        DependencyViolationException.class,
        "DependencyViolation",
        400);
  }

  private OpenZfsFileSystemRequest openZfs(List<Subnet> subnets, SecurityGroup group, String type,
      int throughput) {
    return OpenZfsFileSystemRequest.builder()
        .subnetIds(subnets.stream().map(Subnet::subnetId).toList())
        .preferredSubnetId(subnets.size() > 1 ? Optional.of(subnets.get(0).subnetId())
            : Optional.empty())
        .addSecurityGroupIds(group.groupId())
        .storageCapacityGiB(64)
        .deploymentType(type)
        .throughputCapacity(throughput)
        .clientRequestToken(unique("z"))
        .tags(Map.of("contract", RUN))
        .build();
  }

  private FileSystem newOpenZfs(OpenZfsFileSystemRequest request) {
    FileSystem fs = backend().fsx().createOpenZfsFileSystem(request);
    afterTest(() -> deleteWhenPossible(fs.fileSystemId()));
    return fs;
  }

  /** A subnet of the VPC in the region's second zone. */
  private Subnet subnetInSecondZone(Vpc vpc, String cidr) {
    String zone = ec2().describeAvailabilityZones().get(1).zoneName();
    Subnet subnet = ec2().createSubnet(vpc.vpcId(), cidr, zone, Map.of());
    afterTest(() -> ec2().deleteSubnet(subnet.subnetId()));
    return subnet;
  }

  @Test
  void createOpenZfsFileSystem_singleAz_isOpenZfsWithItsDnsNameAndThroughput() {
    Net net = net(67);
    String region = backend().account().region();

    FileSystem fs = newOpenZfs(openZfs(List.of(net.subnet()), net.group(), "SINGLE_AZ_1", 64));

    assertThat(fs.fileSystemId()).matches("fs-[0-9a-f]{8,17}");
    assertThat(fs.fileSystemType()).isEqualTo(FileSystem.OPENZFS);
    assertThat(fs.openZfs()).isTrue();
    assertThat(fs.dnsName()).isEqualTo(fs.fileSystemId() + ".fsx." + region + ".amazonaws.com");
    assertThat(fs.subnetIds()).containsExactly(net.subnet().subnetId());
    assertThat(fs.deploymentType()).isEqualTo("SINGLE_AZ_1");
    assertThat(fs.throughputCapacity()).hasValue(64);
    FileSystem described = backend().fsx().describeFileSystems(List.of(fs.fileSystemId())).get(0);
    assertThat(described.fileSystemType()).isEqualTo(FileSystem.OPENZFS);
    assertThat(described.deploymentType()).isEqualTo("SINGLE_AZ_1");
    if (!deviates(KnownDeviation.FSX_NO_LIFECYCLE_OR_NETWORK)) {
      assertThat(fs.lifecycle()).isEqualTo(FileSystem.CREATING);
      assertThat(fs.rootVolumeId().orElseThrow()).matches("fsvol-[0-9a-f]{17}");
    }
  }

  @Test
  void createOpenZfsFileSystem_multiAz_spansTwoSubnetsWithThePreferredOne() {
    Net net = net(68);
    Subnet standby = subnetInSecondZone(net.vpc(), "10.68.1.0/24");

    FileSystem fs = newOpenZfs(openZfs(List.of(net.subnet(), standby), net.group(), "MULTI_AZ_1", 160));

    assertThat(fs.subnetIds()).containsExactly(net.subnet().subnetId(), standby.subnetId());
    assertThat(fs.deploymentType()).isEqualTo("MULTI_AZ_1");
    assertThat(backend().fsx().describeFileSystems(List.of(fs.fileSystemId())).get(0)
        .preferredSubnetId()).hasValue(net.subnet().subnetId());
  }

  @Test
  void createOpenZfsFileSystem_throughputOfTheOtherGeneration_failsWithBadRequest() {
    assumeNo(KnownDeviation.FSX_CREATE_NOT_VALIDATED);
    Net net = net(69);

    assertCloudError(
        () -> backend().fsx().createOpenZfsFileSystem(
            openZfs(List.of(net.subnet()), net.group(), "SINGLE_AZ_1", 160)),
        MalformedException.class, "BadRequest", 400);
  }

  @Test
  void createOpenZfsFileSystem_multiAzInOneSubnet_failsWithBadRequest() {
    assumeNo(KnownDeviation.FSX_CREATE_NOT_VALIDATED);
    Net net = net(70);

    assertCloudError(
        () -> backend().fsx().createOpenZfsFileSystem(
            openZfs(List.of(net.subnet()), net.group(), "MULTI_AZ_1", 160)),
        MalformedException.class, "BadRequest", 400);
  }

  @Test
  void describeFileSystems_unknownId_failsWithFileSystemNotFound() {
    assumeNo(KnownDeviation.FSX_UNKNOWN_ID_NOT_REPORTED);
    assertCloudError(
        () -> backend().fsx().describeFileSystems(List.of("fs-0123456789abcdef0")),
        NotFoundException.class,
        "FileSystemNotFound",
        400);
  }

  @Test
  void deleteFileSystem_unknownId_failsWithFileSystemNotFound() {
    assumeNo(KnownDeviation.FSX_UNKNOWN_ID_NOT_REPORTED);
    assertCloudError(
        () -> backend().fsx().deleteFileSystem("fs-0123456789abcdef0"),
        NotFoundException.class,
        "FileSystemNotFound",
        400);
  }
}
