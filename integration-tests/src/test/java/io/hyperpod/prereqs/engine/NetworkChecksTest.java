package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.FsxDeploymentType;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SecurityGroupRef;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network's checks: for each stable id, a plan that trips it (naming what to change) and one
 * that passes it.
 */
class NetworkChecksTest {
  /** The file system the FSx cases ask for. */
  private static final Fsx LUSTRE =
      Fsx.builder()
          .create(
              c ->
                  c.storageCapacityGiB(1200)
                      .deploymentType(FsxDeploymentType.PERSISTENT_2)
                      .perUnitStorageThroughput(250))
          .build();

  static final String ZONE = "usw2-az2";
  static final String OTHER_ZONE = "usw2-az1";

  AwsSimulator simulator;
  SimulatorBackend backend;
  AccountNetwork account;
  /** A VPC someone made, 10.1.0.0/16. */
  Vpc vpc;
  /** Its subnet 10.1.0.0/20 in {@code ZONE}. */
  Subnet subnet;

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
    account = new AccountNetwork(backend);
    vpc = account.vpc("10.1.0.0/16");
    subnet = account.subnet(vpc, "10.1.0.0/20", ZONE);
  }

  private static HyperPodPrerequisites with(Network network) {
    return HyperPodPrerequisites.builder().from(Specs.demo()).network(network).build();
  }

  private static List<String> ids(Plan plan) {
    return plan.findings().stream().map(Finding::id).toList();
  }

  private static Finding finding(Plan plan, String id) {
    return plan.findings().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + id + " in " + plan.findings()));
  }

  /** An adopted VPC with one subnet in {@code ZONE} and an EFA-ready group. */
  private Network adoptedEfaNetwork(boolean s3GatewayEndpoint) {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    return AccountNetwork.adopting(vpc, subnet, g, ZONE, s3GatewayEndpoint);
  }

  // ---- region and AZ id -------------------------------------------------------------------

  @Test
  void plan_regionNotEnabledForTheAccount_isAnError() {
    simulator.inject(
        FaultRule.failing("ec2", "DescribeAvailabilityZones", "OptInRequired", 400)
            .withTimes(Integer.MAX_VALUE));

    Plan plan = with(Specs.createdNetwork()).plan(backend);

    Finding f = finding(plan, "network.region.unavailable");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("OptInRequired");
    assertThat(f.fix()).contains("enable us-west-2");
  }

  @Test
  void plan_createdNetworkInAZoneOfTheRegion_hasNoFindings() {
    assertThat(Specs.networkFindings(with(Specs.createdNetwork()).plan(backend))).isEmpty();
  }

  @Test
  void plan_azIdNotInTheRegion_isAnErrorListingTheRegionsZones() {
    Network network =
        Network.builder().from(Specs.createdNetwork()).availabilityZoneId("usw2-az9").build();

    Finding f = finding(with(network).plan(backend), "network.availability-zone.unknown");

    assertThat(f.message()).contains("usw2-az9").contains("usw2-az2");
    assertThat(f.fix()).contains("usw2-az1, ").contains("usw2-az4");
  }

  // ---- subnets in one AZ id and one VPC ---------------------------------------------------

  @Test
  void plan_adoptedSubnetInAnotherZone_isAnError() {
    Subnet elsewhere = account.subnet(vpc, "10.1.16.0/20", OTHER_ZONE);
    SecurityGroup g = account.efaGroup(vpc, "team-efa");

    Plan plan = with(AccountNetwork.adopting(vpc, elsewhere, g, ZONE, true)).plan(backend);

    Finding f = finding(plan, "network.subnet.availability-zone");
    assertThat(f.message()).contains(elsewhere.subnetId()).contains(OTHER_ZONE).contains(ZONE);
  }

  @Test
  void plan_adoptedNetworkInOneZoneAndVpc_hasNoFindings() {
    Plan plan = with(adoptedEfaNetwork(true)).plan(backend);

    assertThat(Specs.networkFindings(plan)).isEmpty();
  }

  @Test
  void plan_adoptedSubnetOfAnotherVpc_isAnError() {
    Vpc other = account.vpc("10.2.0.0/16");
    Subnet theirs = account.subnet(other, "10.2.0.0/20", ZONE);
    SecurityGroup g = account.efaGroup(vpc, "team-efa");

    Plan plan = with(AccountNetwork.adopting(vpc, theirs, g, ZONE, false)).plan(backend);

    assertThat(finding(plan, "network.subnet.vpc").message())
        .contains(other.vpcId())
        .contains(vpc.vpcId());
  }

  @Test
  void plan_adoptedGroupOfAnotherVpc_isAnError() {
    SecurityGroup g = account.efaGroup(account.vpc("10.2.0.0/16"), "team-efa");

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)).plan(backend);

    assertThat(finding(plan, "network.security-group.vpc").message()).contains(g.groupId());
  }

  // ---- EFA and Lustre rules of the group ---------------------------------------------------

  @Test
  void plan_adoptedGroupWithSelfIngressAndEgressToAnywhereOnly_isAnErrorAboutSelfEgress() {
    SecurityGroup g = account.bareGroup(vpc, "half");
    account.selfIngress(g);

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)).plan(backend);

    Finding f = finding(plan, "network.security-group.efa-self-rules");
    assertThat(f.message())
        .contains("outbound traffic to itself")
        .doesNotContain("inbound traffic from itself");
    assertThat(f.fix()).contains("authorize-security-group-egress --group-id " + g.groupId());
  }

  @Test
  void plan_adoptedGroupWithSelfEgressOnly_isAnErrorAboutSelfIngress() {
    SecurityGroup g = account.bareGroup(vpc, "half");
    account.selfEgress(g);

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)).plan(backend);

    assertThat(finding(plan, "network.security-group.efa-self-rules").message())
        .contains("inbound traffic from itself")
        .doesNotContain("outbound");
  }

  @Test
  void plan_adoptedGroupWithoutLustrePortsAndFsx_isAnError() {
    SecurityGroup g = account.bareGroup(vpc, "ssh-only");
    backend
        .ec2()
        .authorizeSecurityGroupIngress(
            g.groupId(),
            List.of(
                IpPermission.builder()
                    .protocol("tcp")
                    .fromPort(22)
                    .toPort(22)
                    .referencedGroupId(g.groupId())
                    .build()),
            Map.of());
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)))
            .fsx(LUSTRE)
            .build();

    Finding f = finding(spec.plan(backend), "network.security-group.lustre-ports");

    assertThat(f.message()).contains("988").contains("1023");
  }

  @Test
  void plan_adoptedEfaGroupAndFsx_hasNoLustreFinding() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(with(adoptedEfaNetwork(true)))
            .fsx(LUSTRE)
            .build();

    assertThat(Specs.networkFindings(spec.plan(backend))).isEmpty();
  }

  @Test
  void plan_adoptedGroupWithEgressToAnywhere_isAWarningThatDoesNotBlock() {
    SecurityGroup g = account.bareGroup(vpc, "open");
    account.selfIngress(g);
    account.selfEgress(g);

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)).plan(backend);

    assertThat(plan.findings())
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "network.security-group.open-egress", Severity.WARNING));
    assertThat(plan.apply().succeeded()).isTrue();
  }

  // ---- S3 from the private subnets ---------------------------------------------------------

  @Test
  void plan_noEndpointAndNoNat_isAnErrorSayingHowToReachS3() {
    Plan plan = with(adoptedEfaNetwork(false)).plan(backend);

    Finding f = finding(plan, "network.subnet.s3-unreachable");
    assertThat(f.message()).contains("no way to S3");
    assertThat(f.fix()).contains("s3GatewayEndpoint: true").contains("NAT gateway");
  }

  @Test
  void plan_noEndpointButANatRoute_hasNoFinding() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    account.natRoute(subnet);

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, false)).plan(backend);

    assertThat(Specs.networkFindings(plan)).isEmpty();
  }

  @Test
  void plan_createdVpcWithoutEndpoint_isAnError() {
    Network network =
        Network.builder()
            .from(Specs.createdNetwork())
            .s3GatewayEndpoint(false)
            .restrictBucketToVpc(false)
            .build();

    assertThat(ids(with(network).plan(backend))).containsExactly("network.subnet.s3-unreachable");
  }

  @Test
  void plan_someoneElsesEndpointMissingTheSubnetsTable_isAnErrorNamingTheFix() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    VpcEndpoint theirs =
        backend
            .ec2()
            .createGatewayEndpoint(
                vpc.vpcId(),
                VpcEndpoint.s3ServiceName(Specs.REGION),
                List.of(),
                "their-token",
                Map.of());

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)).plan(backend);

    assertThat(finding(plan, "network.subnet.s3-unreachable").fix())
        .contains("modify-vpc-endpoint --vpc-endpoint-id " + theirs.vpcEndpointId());
  }

  @Test
  void plan_someoneElsesEndpointOnTheSubnetsTable_isUsedWithoutFinding() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    RouteTable main =
        backend.ec2().describeRouteTables(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))).get(0);
    backend
        .ec2()
        .createGatewayEndpoint(
            vpc.vpcId(),
            VpcEndpoint.s3ServiceName(Specs.REGION),
            List.of(main.routeTableId()),
            "their-token",
            Map.of());

    Plan plan = with(AccountNetwork.adopting(vpc, subnet, g, ZONE, true)).plan(backend);

    assertThat(Specs.networkFindings(plan)).isEmpty();
    assertThat(plan.changes())
        .filteredOn(c -> c.address().toString().equals("ec2_vpc_endpoint.s3"))
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).contains("not created by this stack"));
  }

  /** The demo spec on {@code network}, its worker group on its own subnet {@code own} in OTHER_ZONE. */
  private static HyperPodPrerequisites withGroupSubnet(Network network, Subnet own) {
    HyperPodPrerequisites base = with(network);
    List<InstanceGroup> groups = new java.util.ArrayList<>(base.instanceGroups());
    groups.set(1, groups.get(1).toBuilder()
        .network(io.hyperpod.prereqs.spec.InstanceGroupNetwork.builder()
            .availabilityZoneId(OTHER_ZONE)
            .addSubnets(SubnetRef.id(own.subnetId()))
            .build())
        .build());
    return HyperPodPrerequisites.builder().from(base).instanceGroups(groups).build();
  }

  /** The main route table of {@code vpc}. */
  private RouteTable mainTable() {
    return backend.ec2().describeRouteTables(Ec2Query.filter("vpc-id", List.of(vpc.vpcId())))
        .stream().filter(RouteTable::main).findFirst().orElseThrow();
  }

  @Test
  void plan_groupSubnetWithoutRouteToS3_isAnErrorNamingTheGroupsSubnet() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    account.natRoute(subnet);
    Subnet own = account.subnet(vpc, "10.1.32.0/20", OTHER_ZONE);
    String table = account.ownRouteTable(own);

    Plan plan = withGroupSubnet(AccountNetwork.adopting(vpc, subnet, g, ZONE, false), own)
        .plan(backend);

    assertThat(plan.findings()).filteredOn(f -> f.id().equals("network.subnet.s3-unreachable"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("subnet " + own.subnetId()
              + " of instanceGroups[worker-group-1].network (route table " + table + ")");
          assertThat(f.fix()).contains("s3GatewayEndpoint: true").contains(table);
        });
  }

  @Test
  void plan_groupSubnetWithANatRoute_hasNoS3Finding() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    account.natRoute(subnet);
    Subnet own = account.subnet(vpc, "10.1.32.0/20", OTHER_ZONE);
    account.natRoute(own);

    Plan plan = withGroupSubnet(AccountNetwork.adopting(vpc, subnet, g, ZONE, false), own)
        .plan(backend);

    assertThat(ids(plan))
        .doesNotContain("network.subnet.s3-unreachable", "network.subnet.not-found");
  }

  @Test
  void plan_groupSubnetThatDoesNotExist_isNotFoundNamingTheGroupsField() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    Subnet own = account.subnet(vpc, "10.1.32.0/20", OTHER_ZONE);
    backend.ec2().deleteSubnet(own.subnetId());

    Plan plan = withGroupSubnet(AccountNetwork.adopting(vpc, subnet, g, ZONE, true), own)
        .plan(backend);

    assertThat(finding(plan, "network.subnet.not-found").message())
        .contains("instanceGroups[worker-group-1].network.subnets").contains(own.subnetId());
  }

  @Test
  void apply_stackEndpoint_coversTheGroupSubnetsRouteTableToo() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    Subnet own = account.subnet(vpc, "10.1.32.0/20", OTHER_ZONE);
    String table = account.ownRouteTable(own);
    HyperPodPrerequisites spec =
        withGroupSubnet(AccountNetwork.adopting(vpc, subnet, g, ZONE, true), own);

    Plan plan = spec.plan(backend);
    assertThat(ids(plan)).doesNotContain("network.subnet.s3-unreachable");
    assertThat(plan.apply().succeeded()).isTrue();

    VpcEndpoint endpoint =
        backend.ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpc.vpcId())))
            .stream().findFirst().orElseThrow();
    RouteTable main = mainTable();
    assertThat(endpoint.routeTableIds()).containsExactlyInAnyOrder(main.routeTableId(), table);
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_someoneElsesEndpointMissingTheGroupSubnetsTable_namesTheModifyFix() {
    SecurityGroup g = account.efaGroup(vpc, "team-efa");
    Subnet own = account.subnet(vpc, "10.1.32.0/20", OTHER_ZONE);
    String table = account.ownRouteTable(own);
    RouteTable main = mainTable();
    VpcEndpoint theirs =
        backend.ec2().createGatewayEndpoint(vpc.vpcId(), VpcEndpoint.s3ServiceName(Specs.REGION),
            List.of(main.routeTableId()), "their-token", Map.of());

    Plan plan = withGroupSubnet(AccountNetwork.adopting(vpc, subnet, g, ZONE, true), own)
        .plan(backend);

    assertThat(plan.findings()).filteredOn(f -> f.id().equals("network.subnet.s3-unreachable"))
        .singleElement()
        .satisfies(f -> assertThat(f.fix()).contains("modify-vpc-endpoint --vpc-endpoint-id "
            + theirs.vpcEndpointId() + " --add-route-table-ids " + table));
  }

  // ---- free addresses ----------------------------------------------------------------------

  @Test
  void plan_subnetTooSmallForP5Instances_isAnErrorCountingTheirAddresses() {
    Network small =
        Network.builder()
            .from(Specs.createdNetwork())
            .subnets(List.of(SubnetRef.create("10.0.0.0/26")))
            .build();
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(with(small))
            .addInstanceGroup(InstanceGroup.of("gpu", "ml.p5.48xlarge", 2))
            .build();

    Finding f = finding(spec.plan(backend), "network.subnet.free-addresses");

    assertThat(f.message()).contains("59 free addresses").contains("2 x ml.p5.48xlarge = 64");
  }

  @Test
  void plan_subnetLargeEnoughForP5Instances_hasNoFinding() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(with(Specs.createdNetwork()))
            .addInstanceGroup(InstanceGroup.of("gpu", "ml.p5.48xlarge", 2))
            .build();

    assertThat(Specs.networkFindings(spec.plan(backend))).isEmpty();
  }

  @Test
  void plan_newFileSystemTippingTheSubnetOver_countsItsAddresses() {
    Network small =
        Network.builder()
            .from(Specs.createdNetwork())
            .subnets(List.of(SubnetRef.create("10.0.0.0/28")))
            .build();
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(with(small))
            .instanceGroups(List.of(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 10)))
            .fsx(LUSTRE)
            .build();

    Finding f = finding(spec.plan(backend), "network.subnet.free-addresses");

    assertThat(f.message()).contains("11 free addresses").contains("FSx");
  }

  // ---- what the spec adopts must exist -----------------------------------------------------

  @Test
  void plan_adoptedIdsThatDoNotExist_areErrors() {
    Network missing =
        AccountNetwork.adopting(
            Vpc.builder()
                .vpcId("vpc-0123456789abcdef0")
                .cidrBlock("10.9.0.0/16")
                .state("available")
                .isDefault(false)
                .ownerId("123456789012")
                .build(),
            Subnet.builder()
                .subnetId("subnet-0123456789abcdef0")
                .vpcId("vpc-0123456789abcdef0")
                .cidrBlock("10.9.0.0/20")
                .availabilityZone("us-west-2a")
                .availabilityZoneId(ZONE)
                .availableIpAddressCount(0)
                .state("available")
                .defaultForAz(false)
                .mapPublicIpOnLaunch(false)
                .build(),
            SecurityGroup.builder()
                .groupId("sg-0123456789abcdef0")
                .groupName("x")
                .description("x")
                .vpcId("vpc-0123456789abcdef0")
                .ownerId("123456789012")
                .build(),
            ZONE,
            true);

    Plan plan = with(missing).plan(backend);

    assertThat(ids(plan))
        .contains(
            "network.vpc.not-found",
            "network.subnet.not-found",
            "network.security-group.not-found");
    assertThat(finding(plan, "network.vpc.not-found").message()).contains("vpc-0123456789abcdef0");
  }

  @Test
  void plan_groupNameTakenInTheAdoptedVpc_isAnError() {
    SecurityGroup theirs = account.efaGroup(vpc, "demo-efa");
    Network network =
        Network.builder()
            .from(AccountNetwork.adopting(vpc, subnet, theirs, ZONE, true))
            .securityGroup(SecurityGroupRef.create("demo-efa"))
            .build();

    Finding f = finding(with(network).plan(backend), "network.security-group.name-taken");

    assertThat(f.fix()).contains(theirs.groupId());
  }

  @Test
  void plan_adoptedVpcWithoutDnsAndFsx_isAnError() {
    Network network = adoptedEfaNetwork(true);
    backend
        .ec2()
        .modifyVpcAttribute(
            network.vpc().id().orElseThrow(), VpcAttribute.ENABLE_DNS_SUPPORT, false);
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.builder()
            .from(with(network))
            .fsx(LUSTRE)
            .build();

    assertThat(finding(spec.plan(backend), "network.vpc.dns").fix())
        .contains("--enable-dns-support");
  }
}
