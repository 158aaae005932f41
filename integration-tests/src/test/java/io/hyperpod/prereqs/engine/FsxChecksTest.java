package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.simulator.internal.fsx.FsxOperations;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.FsxDeploymentType;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FSx's checks: an adopted file system in the cluster's VPC and AZ id, existing, usable. */
class FsxChecksTest {
  static final String ZONE = NetworkChecksTest.ZONE;

  AwsSimulator simulator;
  SimulatorBackend backend;
  AccountNetwork account;
  Vpc vpc;
  Subnet subnet;
  SecurityGroup group;

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
    account = new AccountNetwork(backend);
    vpc = account.vpc("10.1.0.0/16");
    subnet = account.subnet(vpc, "10.1.0.0/20", ZONE);
    group = account.efaGroup(vpc, "team-efa");
  }

  /** A file system someone made earlier, AVAILABLE by now. */
  private FileSystem existingFileSystem(Subnet in, SecurityGroup with) {
    FileSystem fs =
        backend
            .fsx()
            .createLustreFileSystem(
                LustreFileSystemRequest.builder()
                    .subnetId(in.subnetId())
                    .addSecurityGroupIds(with.groupId())
                    .storageCapacityGiB(1200)
                    .deploymentType("PERSISTENT_2")
                    .perUnitStorageThroughput(125)
                    .clientRequestToken("theirs-" + in.subnetId())
                    .build());
    simulator.clock().advance(FsxOperations.CREATION_TIME);
    return fs;
  }

  private HyperPodPrerequisites adopting(FileSystem fs) {
    return HyperPodPrerequisites.builder()
        .from(Specs.demo())
        .network(AccountNetwork.adopting(vpc, subnet, group, ZONE, true))
        .fsx(Fsx.id(fs.fileSystemId()))
        .build();
  }

  private static Finding finding(Plan plan, String id) {
    return plan.findings().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + id + " in " + plan.findings()));
  }

  @Test
  void plan_adoptedFileSystemInTheClusterSubnet_hasNoFindingsAndFeedsTheScripts() {
    FileSystem fs = existingFileSystem(subnet, group);

    Plan plan = adopting(fs).plan(backend);

    assertThat(Specs.networkFindings(plan)).isEmpty();
    ApplyResult result = plan.apply();
    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    String params =
        new String(
            backend
                .s3()
                .getObject(Specs.BUCKET, "hyperpod/lifecycle/provisioning_parameters.json")
                .orElseThrow(),
            StandardCharsets.UTF_8);
    assertThat(params).contains(fs.dnsName()).contains(fs.mountName());
    assertThat(adopting(fs).planDestroy(backend, true).changes())
        .filteredOn(c -> c.address().toString().equals("fsx_file_system.lustre"))
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).contains("not created"));
  }

  @Test
  void plan_adoptedFileSystemInAnotherVpc_isAnError() {
    Vpc other = account.vpc("10.2.0.0/16");
    FileSystem fs =
        existingFileSystem(
            account.subnet(other, "10.2.0.0/20", ZONE), account.efaGroup(other, "theirs"));

    Finding f = finding(adopting(fs).plan(backend), "fsx.vpc");

    assertThat(f.message()).contains(other.vpcId()).contains(vpc.vpcId());
    assertThat(f.fix()).contains("network.vpc.id: " + other.vpcId());
  }

  @Test
  void plan_adoptedFileSystemInAnotherZone_isAnError() {
    Subnet elsewhere = account.subnet(vpc, "10.1.16.0/20", NetworkChecksTest.OTHER_ZONE);
    FileSystem fs = existingFileSystem(elsewhere, group);

    Finding f = finding(adopting(fs).plan(backend), "fsx.availability-zone");

    assertThat(f.message()).contains(NetworkChecksTest.OTHER_ZONE).contains(ZONE);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void plan_adoptedFileSystemThatDoesNotExist_isAnError() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(Specs.demo())
            .network(AccountNetwork.adopting(vpc, subnet, group, ZONE, true))
            .fsx(Fsx.id("fs-0123456789abcdef0"))
            .build();

    assertThat(finding(spec.plan(backend), "fsx.not-found").message())
        .contains("fs-0123456789abcdef0");
  }

  @Test
  void plan_adoptedFileSystemBeingDeleted_isAnError() {
    FileSystem fs = existingFileSystem(subnet, group);
    backend.fsx().deleteFileSystem(fs.fileSystemId());

    assertThat(finding(adopting(fs).plan(backend), "fsx.not-available").message())
        .contains("DELETING");
  }

  @Test
  void plan_createdFileSystemOfOtherSettingsThanTheSpec_isAWarning() {
    HyperPodPrerequisites spec = Specs.withNetworkAndFsx();
    spec.apply(backend);
    HyperPodPrerequisites bigger =
        HyperPodPrerequisites.builder()
            .from(spec)
            .fsx(Fsx.builder()
                .create(
                    c -> c.storageCapacityGiB(2400)
                        .deploymentType(FsxDeploymentType.PERSISTENT_2)
                        .perUnitStorageThroughput(250))
                .build())
            .build();

    Plan plan = bigger.plan(backend);

    Finding f = finding(plan, "fsx.settings-differ");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("1200 GiB").contains("2400 GiB");
    assertThat(plan.hasChanges()).isFalse();
  }

  @Test
  void apply_createdFileSystem_isPlacedInTheClusterVpcAndZone() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(Specs.demo())
            .network(
                Network.builder()
                    .from(AccountNetwork.adopting(vpc, subnet, group, ZONE, true))
                    .build())
            .fsx(Fsx.builder()
                .create(
                    c -> c.storageCapacityGiB(1200)
                        .deploymentType(FsxDeploymentType.SCRATCH_2))
                .build())
            .build();

    ApplyResult result = spec.apply(backend);

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    List<FileSystem> all = backend.fsx().describeFileSystems(List.of());
    assertThat(all)
        .singleElement()
        .satisfies(
            fs -> {
              assertThat(fs.vpcId()).isEqualTo(vpc.vpcId());
              assertThat(fs.subnetIds()).containsExactly(subnet.subnetId());
              assertThat(fs.tags()).containsEntry("hyperpod-prereqs:stack", "demo");
            });
    assertThat(Specs.networkFindings(spec.plan(backend))).isEmpty();
    assertThat(
            backend
                .ec2()
                .describeSecurityGroups(
                    io.hyperpod.prereqs.spi.ec2.Ec2Query.ids(List.of(group.groupId())))
                .get(0)
                .tags())
        .isEqualTo(Map.of());
  }
}
