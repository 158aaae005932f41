package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * File systems in the request's InstanceStorageConfigs and a cluster over two AZs, end to end on
 * the simulator: an AMI-mode spec with FSx for Lustre and a MULTI_AZ_1 OpenZFS file system whose
 * standby sits in the AZ of a group with its own subnets (OverrideVpcConfig). Apply creates both
 * file systems, the request mounts them, verify passes, CreateCluster goes InService; each broken
 * requirement fails with its id, and the plan warns when a partition's EFA groups span two AZs.
 */
class StorageAndZonesTest {
  static final String SPEC = """
      apiVersion: hyperpod-prereqs/v1
      stack: zones
      region: us-west-2
      clusterAdmins:
        - iamUser: zones-admin
      cluster: {lifecycleMode: ami}
      instanceGroups:
        - {name: controller, instanceType: ml.c5.2xlarge, count: 1, slurm: {nodeType: Controller}}
        - name: gpu-a
          instanceType: ml.g5.8xlarge
          count: 2
          slurm: {nodeType: Compute, partitions: [a]}
        - name: gpu-b
          instanceType: ml.g5.8xlarge
          count: 2
          slurm: {nodeType: Compute, partitions: [b]}
          network:
            availabilityZoneId: usw2-az1
            subnets: [{create: {cidr: 10.0.128.0/20}}]
      network:
        vpc: {create: {cidr: 10.0.0.0/16}}
        availabilityZoneId: usw2-az2
        subnets: [{create: {cidr: 10.0.0.0/20}}]
        securityGroup: {create: {name: zones-efa}}
      openZfs:
        create: {storageCapacityGiB: 1024, deploymentType: MULTI_AZ_1, throughputCapacity: 320}
      """;

  @Test
  void twoAzSpec_applied_requestMountsOpenZfsInBothAzsAndGoesInService() {
    Account a = new Account(SPEC);
    FileSystem zfs = a.root.fsx().describeFileSystems(List.of()).stream()
        .filter(FileSystem::openZfs).findFirst().orElseThrow();
    assertThat(zfs.deploymentType()).isEqualTo("MULTI_AZ_1");
    assertThat(zfs.subnetIds()).hasSize(2);
    assertThat(a.root.ec2().describeSubnets(Ec2Query.ids(zfs.subnetIds())))
        .extracting(s -> s.availabilityZoneId()).containsExactlyInAnyOrder("usw2-az2", "usw2-az1");

    assertThat(a.request.complete()).isTrue();
    assertThat(a.request.instanceGroups()).allSatisfy(g -> assertThat(g.instanceStorageConfigs())
        .containsExactly(InstanceStorageConfig.openZfs(zfs.dnsName(), "/home")));
    InstanceGroupSpec b = a.request.instanceGroups().get(2);
    assertThat(b.overrideVpcConfig()).isPresent();
    assertThat(a.root.ec2().describeSubnets(Ec2Query.ids(b.overrideVpcConfig().get().subnets())))
        .extracting(s -> s.availabilityZoneId()).containsExactly("usw2-az1");
    assertThat(b.overrideVpcConfig().get().securityGroupIds())
        .isEqualTo(a.request.vpcConfig().orElseThrow().securityGroupIds());
    assertThat(a.request.instanceGroups().get(0).overrideVpcConfig()).isEmpty();

    ReadinessReport report = a.spec.verify(a.root);
    assertThat(report.failures()).as(report.toText()).isEmpty();
    assertThat(report.requirements()).extracting(RequirementResult::id)
        .contains("storage.config", "storage.file-system", "storage.placement", "storage.nfs-ports",
            "network.override-vpc");

    String arn = a.admin().sageMaker().createCluster(a.request);
    a.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = a.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse(""))
        .isEqualTo(ClusterStatus.IN_SERVICE);

    assertThat(a.spec.planDestroy(a.root).apply().succeeded()).isTrue();
  }

  @Test
  void singleAzOpenZfs_groupInTheOtherAz_isRefusedByThePlanAndFailsTheCluster() {
    String spec = SPEC.replace("deploymentType: MULTI_AZ_1, throughputCapacity: 320",
        "deploymentType: SINGLE_AZ_HA_2, throughputCapacity: 320");
    HyperPodPrerequisites parsed = HyperPodPrerequisites.fromYaml(spec);
    SimulatorBackend root = AwsSimulator.create().backend("us-west-2");
    Plan plan = parsed.plan(root);
    assertThat(plan.findings()).filteredOn(f -> f.id().equals("fsx.group-availability-zone"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).contains("gpu-b").contains("usw2-az1").contains("usw2-az2");
          assertThat(f.fix()).contains("MULTI_AZ_1");
        });
  }

  @Test
  void brokenStorage_eachRequirementFailsWithItsId() {
    Account a = new Account(SPEC);
    String dns = a.request.instanceGroups().get(0).instanceStorageConfigs().get(0)
        .fsxOpenZfsConfig().orElseThrow().dnsName();

    CreateClusterRequest twoOfAKind = withGroup(a.request, 1, g -> g.addInstanceStorageConfig(
        InstanceStorageConfig.openZfs(dns, "/data")));
    assertThat(failed(a, twoOfAKind)).contains("storage.config");

    CreateClusterRequest wrongDns = withStorage(a.request,
        InstanceStorageConfig.openZfs("fs-0123456789abcdef0.fsx.us-west-2.amazonaws.com", "/home"));
    assertThat(failed(a, wrongDns)).contains("storage.file-system");

    CreateClusterRequest asLustre = withStorage(a.request,
        InstanceStorageConfig.lustre(dns, "abcdefgh", "/fsx"));
    assertThat(failed(a, asLustre)).contains("storage.file-system");

    CreateClusterRequest tooManySubnets = withGroup(a.request, 2, g -> g.overrideVpcConfig(
        io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig.builder()
            .from(a.request.instanceGroups().get(2).overrideVpcConfig().orElseThrow())
            .addSubnets(a.request.vpcConfig().orElseThrow().subnets().get(0))
            .build()));
    assertThat(failed(a, tooManySubnets)).contains("network.override-vpc");

    // The simulator's CreateCluster refuses a malformed InstanceStorageConfigs at once ...
    assertThat(refusal(a, twoOfAKind)).contains("storage.config");
    // ... and lets a wrong DNS name through, the cluster failing when its nodes cannot mount it.
    String arn = a.admin().sageMaker().createCluster(wrongDns);
    a.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = a.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(cluster.failureMessage().orElse("")).contains("storage.file-system");
  }

  @Test
  void sharedPartitionAcrossAzs_warnsThatEfaTrafficCannotCrossThem() {
    String apartSpec = SPEC.replace("ml.g5.8xlarge", "ml.p5.48xlarge")
        .replace("10.0.0.0/20", "10.0.0.0/18").replace("10.0.128.0/20", "10.0.128.0/18");
    String spec = apartSpec.replace("partitions: [b]", "partitions: [a]");
    Plan plan = HyperPodPrerequisites.fromYaml(spec).plan(AwsSimulator.create().backend("us-west-2"));
    assertThat(plan.findings()).filteredOn(f -> f.id().equals("network.efa-across-azs"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("partition a").contains("gpu-a in usw2-az2")
              .contains("gpu-b in usw2-az1");
        });
    Plan apart = HyperPodPrerequisites.fromYaml(apartSpec).plan(AwsSimulator.create().backend("us-west-2"));
    assertThat(apart.findings()).extracting(Finding::id).doesNotContain("network.efa-across-azs");
  }

  /** The ids of the requirements the request fails, checked as the simulator's CreateCluster does. */
  private static List<String> failed(Account a, CreateClusterRequest request) {
    return io.hyperpod.prereqs.internal.readiness.ClusterReadiness.check(
            new io.hyperpod.prereqs.internal.readiness.AccountView(a.root), request,
            java.util.Optional.empty(), "arn:aws:sagemaker:us-west-2:000000000000:cluster/x")
        .stream().filter(r -> !r.passed()).map(RequirementResult::id).toList();
  }

  private static String refusal(Account a, CreateClusterRequest request) {
    try {
      a.admin().sageMaker().createCluster(request);
      return "";
    } catch (io.hyperpod.prereqs.spi.CloudException e) {
      return e.errorCode() + ": " + e.getMessage();
    }
  }

  private static CreateClusterRequest withStorage(CreateClusterRequest r, InstanceStorageConfig c) {
    List<InstanceGroupSpec> groups = r.instanceGroups().stream().map(g ->
        (InstanceGroupSpec) ImmutableInstanceGroupSpec.builder().from(g)
            .instanceStorageConfigs(List.of(c)).build()).toList();
    return ImmutableCreateClusterRequest.builder().from(r).instanceGroups(groups).build();
  }

  private static CreateClusterRequest withGroup(CreateClusterRequest r, int index,
      java.util.function.Consumer<ImmutableInstanceGroupSpec.Builder> edit) {
    List<InstanceGroupSpec> groups = new java.util.ArrayList<>(r.instanceGroups());
    ImmutableInstanceGroupSpec.Builder b = ImmutableInstanceGroupSpec.builder().from(groups.get(index));
    edit.accept(b);
    groups.set(index, b.build());
    return ImmutableCreateClusterRequest.builder().from(r).instanceGroups(groups).build();
  }

  /** The spec applied on a fresh simulator, the file systems AVAILABLE. */
  private static final class Account {
    final HyperPodPrerequisites spec;
    final AwsSimulator simulator = AwsSimulator.create();
    final SimulatorBackend root;
    final CreateClusterRequest request;

    Account(String yaml) {
      spec = HyperPodPrerequisites.fromYaml(yaml);
      root = simulator.backend(spec.region());
      ApplyResult applied = spec.apply(root);
      assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
      simulator.clock().advance(Duration.ofDays(3));
      request = spec.plan(root).createClusterRequest().orElseThrow();
    }

    SimulatorBackend admin() {
      return root.as(SimulatedCaller.user("zones-admin"));
    }
  }
}
