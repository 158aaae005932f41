package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.internal.fsx.FsxOperations;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.ImmutableLustreFileSystemRequest;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FSx for Lustre behaviour of the simulator beyond the SPI contract: time, addresses, state. */
class SimulatedFsxTest {
  private final AwsSimulator simulator = AwsSimulator.create();
  private final CloudBackend backend = simulator.backend("us-west-2");
  private final Ec2Port ec2 = backend.ec2();
  private final Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());
  private final Subnet subnet =
      ec2.createSubnet(
          vpc.vpcId(), "10.0.0.0/24", ec2.describeAvailabilityZones().get(0).zoneName(), Map.of());

  private ImmutableLustreFileSystemRequest.Builder request(SecurityGroup g) {
    return LustreFileSystemRequest.builder()
        .subnetId(subnet.subnetId())
        .addSecurityGroupIds(g.groupId())
        .storageCapacityGiB(2400)
        .deploymentType("PERSISTENT_2")
        .perUnitStorageThroughput(125)
        .clientRequestToken("token-" + System.nanoTime());
  }

  private FileSystem describe(String id) {
    return backend.fsx().describeFileSystems(List.of(id)).get(0);
  }

  private int free() {
    return ec2.describeSubnets(Ec2Query.ids(List.of(subnet.subnetId())))
        .get(0)
        .availableIpAddressCount();
  }

  private FileSystem newFileSystem() {
    SecurityGroup g = ec2.createSecurityGroup(vpc.vpcId(), "efa", "d", Map.of());
    ec2.authorizeSecurityGroupIngress(
        g.groupId(), List.of(IpPermission.allWithGroup(g.groupId())), Map.of());
    return backend.fsx().createLustreFileSystem(request(g).build());
  }

  @Test
  void createLustreFileSystem_lifecycle_becomesAvailableOnTheSimulatedClock() {
    FileSystem fs = newFileSystem();

    simulator.clock().advance(FsxOperations.CREATION_TIME.minusSeconds(1));
    assertThat(describe(fs.fileSystemId()).lifecycle()).isEqualTo("CREATING");
    simulator.clock().advance(Duration.ofSeconds(1));
    assertThat(describe(fs.fileSystemId()).lifecycle()).isEqualTo("AVAILABLE");
  }

  @Test
  void createLustreFileSystem_interfaces_takeAddressesOfTheSubnet() {
    int before = free();

    FileSystem fs = newFileSystem();

    assertThat(fs.networkInterfaceIds())
        .hasSize(FsxOperations.interfaces(2400))
        .allSatisfy(id -> assertThat(id).startsWith("eni-"));
    assertThat(free()).isEqualTo(before - FsxOperations.interfaces(2400));
  }

  @Test
  void deleteFileSystem_available_isDeletingThenGoneAndFreesTheSubnet() {
    int before = free();
    FileSystem fs = newFileSystem();
    simulator.clock().advance(FsxOperations.CREATION_TIME);

    backend.fsx().deleteFileSystem(fs.fileSystemId());

    assertThat(describe(fs.fileSystemId()).lifecycle()).isEqualTo("DELETING");
    simulator.clock().advance(FsxOperations.DELETION_TIME);
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> describe(fs.fileSystemId()));
    assertThat(free()).isEqualTo(before);
    ec2.deleteSubnet(subnet.subnetId());
  }

  @Test
  void deleteSecurityGroup_usedByAFileSystem_failsWithDependencyViolation() {
    FileSystem fs = newFileSystem();
    String group = ec2.describeSecurityGroups(Ec2Query.filter("group-name", List.of("efa")))
        .get(0).groupId();

    assertThatExceptionOfType(DependencyViolationException.class)
        .isThrownBy(() -> ec2.deleteSecurityGroup(group))
        .withMessageContaining("network interfaces use it");
    assertThat(fs.networkInterfaceIds()).isNotEmpty();
  }

  @Test
  void deleteFileSystem_whileCreating_failsWithBadRequest() {
    FileSystem fs = newFileSystem();

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> backend.fsx().deleteFileSystem(fs.fileSystemId()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("BadRequest"));
  }

  @Test
  void createLustreFileSystem_groupMissingPorts1018To1023_failsNamingThePort() {
    SecurityGroup g = ec2.createSecurityGroup(vpc.vpcId(), "only-988", "d", Map.of());
    ec2.authorizeSecurityGroupIngress(
        g.groupId(),
        List.of(
            IpPermission.builder()
                .protocol("tcp")
                .fromPort(988)
                .toPort(988)
                .referencedGroupId(g.groupId())
                .build()),
        Map.of());

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> backend.fsx().createLustreFileSystem(request(g).build()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidNetworkSettings"))
        .withMessageContaining("port 1018");
  }

  @Test
  void createLustreFileSystem_groupAdmittingTheSubnetBlock_isAccepted() {
    SecurityGroup g = ec2.createSecurityGroup(vpc.vpcId(), "from-vpc", "d", Map.of());
    ec2.authorizeSecurityGroupIngress(
        g.groupId(), List.of(IpPermission.allWithCidr("10.0.0.0/16")), Map.of());

    FileSystem fs = backend.fsx().createLustreFileSystem(request(g).build());

    assertThat(fs.lifecycle()).isEqualTo("CREATING");
  }

  @Test
  void createLustreFileSystem_groupOfAnotherVpc_failsWithInvalidNetworkSettings() {
    Vpc other = ec2.createVpc("10.1.0.0/16", Map.of());
    SecurityGroup g = ec2.createSecurityGroup(other.vpcId(), "elsewhere", "d", Map.of());

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> backend.fsx().createLustreFileSystem(request(g).build()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidNetworkSettings"))
        .withMessageContaining(other.vpcId());
  }

  @Test
  void createLustreFileSystem_scratch1_isMountedAsFsx() {
    SecurityGroup g = ec2.createSecurityGroup(vpc.vpcId(), "efa", "d", Map.of());
    ec2.authorizeSecurityGroupIngress(
        g.groupId(), List.of(IpPermission.allWithGroup(g.groupId())), Map.of());

    FileSystem fs =
        backend
            .fsx()
            .createLustreFileSystem(
                request(g)
                    .deploymentType("SCRATCH_1")
                    .storageCapacityGiB(1200)
                    .perUnitStorageThroughput(Optional.empty())
                    .build());

    assertThat(fs.mountName()).isEqualTo("fsx");
  }

  @Test
  void tagResource_unknownArn_failsWithResourceNotFound() {
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(
            () ->
                backend
                    .fsx()
                    .tagResource(
                        "arn:aws:fsx:us-west-2:123456789012:file-system/fs-0123456789abcdef0",
                        Map.of("a", "b")))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ResourceNotFound"));
  }

  @Test
  void toJson_withNetworkAndFileSystem_restoresThemAndTheirClock() {
    FileSystem fs = newFileSystem();

    AwsSimulator restored = AwsSimulator.fromJson(simulator.toJson());
    restored.clock().advance(FsxOperations.CREATION_TIME);

    CloudBackend again = restored.backend("us-west-2");
    FileSystem back = again.fsx().describeFileSystems(List.of(fs.fileSystemId())).get(0);
    assertThat(back.lifecycle()).isEqualTo("AVAILABLE");
    assertThat(back.mountName()).isEqualTo(fs.mountName());
    assertThat(
            again
                .ec2()
                .describeSubnets(Ec2Query.ids(List.of(subnet.subnetId())))
                .get(0)
                .availableIpAddressCount())
        .isEqualTo(free());
    assertThat(
            again
                .ec2()
                .describeSecurityGroups(Ec2Query.filter("group-name", List.of("efa")))
                .get(0)
                .ingress())
        .hasSize(1);
  }
}
