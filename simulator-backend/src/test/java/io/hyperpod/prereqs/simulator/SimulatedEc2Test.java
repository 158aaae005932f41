package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.simulator.internal.BackendAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** EC2 behaviour of the simulator beyond the SPI contract. */
class SimulatedEc2Test {
  private final AwsSimulator simulator = AwsSimulator.create();
  private final Ec2Port ec2 = simulator.backend("us-west-2").ec2();

  @Test
  void describeVpcs_freshRegion_hasTheDefaultVpcWithASubnetPerZone() {
    List<Vpc> vpcs = ec2.describeVpcs(Ec2Query.all());

    assertThat(vpcs)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.isDefault()).isTrue();
              assertThat(v.cidrBlock()).isEqualTo("172.31.0.0/16");
            });
    List<Subnet> subnets = ec2.describeSubnets(Ec2Query.all());
    assertThat(subnets).hasSize(4).allSatisfy(s -> assertThat(s.defaultForAz()).isTrue());
    assertThat(subnets)
        .extracting(Subnet::cidrBlock)
        .containsExactlyInAnyOrder(
            "172.31.0.0/20", "172.31.16.0/20", "172.31.32.0/20", "172.31.48.0/20");
    assertThat(subnets)
        .extracting(Subnet::availabilityZoneId)
        .containsExactlyInAnyOrder("usw2-az1", "usw2-az2", "usw2-az3", "usw2-az4");
    assertThat(ec2.vpcAttribute(vpcs.get(0).vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES)).isTrue();
  }

  @Test
  void defaultVpc_mainRouteTable_routesToAnInternetGateway() {
    Vpc vpc = ec2.describeVpcs(Ec2Query.filter("is-default", List.of("true"))).get(0);

    RouteTable main =
        ec2.describeRouteTables(
                Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                    .and("association.main", List.of("true")))
            .get(0);

    assertThat(main.routes())
        .anySatisfy(
            r -> {
              assertThat(r.destinationCidrBlock()).hasValue("0.0.0.0/0");
              assertThat(r.gatewayId()).hasValueSatisfying(g -> assertThat(g).startsWith("igw-"));
            });
  }

  @Test
  void defaultGroup_ofNewVpc_letsAllTrafficInFromItselfAndOutAnywhere() {
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());

    SecurityGroup g =
        ec2.describeSecurityGroups(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))).get(0);

    assertThat(g.groupName()).isEqualTo("default");
    assertThat(g.ingress())
        .extracting(r -> r.permission())
        .containsExactly(IpPermission.allWithGroup(g.groupId()));
    assertThat(g.egress())
        .extracting(r -> r.permission())
        .containsExactly(IpPermission.allWithCidr("0.0.0.0/0"));
  }

  @Test
  void describeAvailabilityZones_twoAccounts_nameTheSameZonesDifferently() {
    List<AvailabilityZone> mine = ec2.describeAvailabilityZones();
    List<AvailabilityZone> theirs =
        simulator.backend("210987654321", "us-west-2").ec2().describeAvailabilityZones();

    assertThat(mine)
        .extracting(AvailabilityZone::zoneName)
        .containsExactly("us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d");
    assertThat(theirs)
        .extracting(AvailabilityZone::zoneId)
        .containsExactlyInAnyOrderElementsOf(mine.stream().map(AvailabilityZone::zoneId).toList());
    assertThat(theirs.get(0).zoneId()).isNotEqualTo(mine.get(0).zoneId());
  }

  @Test
  void describeAvailabilityZones_afterReload_keepsTheAccountsMapping() {
    List<AvailabilityZone> before = ec2.describeAvailabilityZones();

    List<AvailabilityZone> after =
        AwsSimulator.fromJson(simulator.toJson())
            .backend("us-west-2")
            .ec2()
            .describeAvailabilityZones();

    assertThat(after).isEqualTo(before);
  }

  @Test
  void describeAvailabilityZones_regionTheSimulatorDoesNotKnow_isEmpty() {
    assertThat(simulator.backend("us-west-9").ec2().describeAvailabilityZones()).isEmpty();
  }

  @Test
  void createSubnet_byZoneId_landsInTheAccountsZoneOfThatId() {
    SimulatorBackend backend = simulator.backend("us-west-2");
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());
    AvailabilityZone zone =
        ec2.describeAvailabilityZones().stream()
            .filter(z -> z.zoneId().equals("usw2-az2"))
            .findFirst()
            .orElseThrow();

    String subnetId =
        call(
            backend,
            "CreateSubnet",
            ops ->
                new Ec2Operations(ops)
                    .createSubnet(vpc.vpcId(), "10.0.0.0/24", null, "usw2-az2", Map.of())
                    .id());

    assertThat(ec2.describeSubnets(Ec2Query.ids(List.of(subnetId))).get(0).availabilityZone())
        .isEqualTo(zone.zoneName());
  }

  @Test
  void describeVpcs_tagFilterWithWildcard_matches() {
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of("team", "ml-research"));

    assertThat(ec2.describeVpcs(Ec2Query.filter("tag:team", List.of("ml-*"))))
        .extracting(Vpc::vpcId)
        .containsExactly(vpc.vpcId());
    assertThat(ec2.describeVpcs(Ec2Query.filter("tag:team", List.of("ml-?")))).isEmpty();
  }

  @Test
  void describeVpcs_unknownFilter_failsWithInvalidParameterValue() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> ec2.describeVpcs(Ec2Query.filter("colour", List.of("blue"))))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidParameterValue"))
        .withMessageContaining("'colour'");
  }

  @Test
  void describeVpcs_malformedId_failsWithInvalidVpcIdMalformed() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> ec2.describeVpcs(Ec2Query.ids(List.of("vpc-xyz"))))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidVpcID.Malformed"));
  }

  @Test
  void createVpc_sixthInRegion_failsWithVpcLimitExceeded() {
    for (int i = 0; i < 4; i++) {
      ec2.createVpc("10." + i + ".0.0/16", Map.of());
    }

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(() -> ec2.createVpc("10.9.0.0/16", Map.of()))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("VpcLimitExceeded"));
  }

  @Test
  void modifyVpcAttribute_hostnamesWithoutDnsSupport_failsWithInvalidParameterValue() {
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());
    ec2.modifyVpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_SUPPORT, false);

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(
            () -> ec2.modifyVpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES, true))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidParameterValue"));
  }

  @Test
  void routeThroughNatGateway_unknownSubnet_failsWithInvalidSubnetIdNotFound() {
    SimulatorBackend backend = simulator.backend("us-west-2");

    assertThatExceptionOfType(io.hyperpod.prereqs.spi.NotFoundException.class)
        .isThrownBy(
            () -> backend.routeThroughNatGateway("subnet-0123456789abcdef0", "nat-0123456789abcdef0"))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidSubnetID.NotFound"));
    assertThat(ec2.describeRouteTables(Ec2Query.all())).allSatisfy(t -> assertThat(t.main()).isTrue());
  }

  @Test
  void routeThroughNatGateway_subnet_isServedByItsOwnTableInsteadOfTheMainOne() {
    SimulatorBackend backend = simulator.backend("us-west-2");
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());
    Subnet subnet =
        ec2.createSubnet(
            vpc.vpcId(),
            "10.0.0.0/24",
            ec2.describeAvailabilityZones().get(0).zoneName(),
            Map.of());

    String table = backend.routeThroughNatGateway(subnet.subnetId(), "nat-0123456789abcdef0");

    List<RouteTable> found =
        ec2.describeRouteTables(
            Ec2Query.filter("association.subnet-id", List.of(subnet.subnetId())));
    assertThat(found)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.routeTableId()).isEqualTo(table);
              assertThat(t.main()).isFalse();
              assertThat(t.routes())
                  .anySatisfy(r -> assertThat(r.natGatewayId()).hasValue("nat-0123456789abcdef0"));
            });
  }

  @Test
  void createTags_fiftyOneTags_failsWithTagLimitExceeded() {
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(() -> ec2.createTags(List.of(vpc.vpcId()), tags))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("TagLimitExceeded"));
  }

  @Test
  void describeTags_securityGroupRule_isListedWithItsType() {
    Vpc vpc = ec2.createVpc("10.0.0.0/16", Map.of());
    SecurityGroup g = ec2.createSecurityGroup(vpc.vpcId(), "efa", "d", Map.of());
    String rule =
        ec2.authorizeSecurityGroupIngress(
                g.groupId(),
                List.of(IpPermission.allWithGroup(g.groupId())),
                Map.of("stack", "demo"))
            .get(0)
            .ruleId();

    assertThat(ec2.describeTags(Ec2Query.filter("key", List.of("stack"))))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.resourceId()).isEqualTo(rule);
              assertThat(t.resourceType()).isEqualTo("security-group-rule");
            });
  }

  private static <T> T call(
      SimulatorBackend backend, String operation, Function<BackendContext, T> action) {
    BackendContext ctx = BackendAccess.context(backend);
    return ctx.call("ec2", operation, () -> action.apply(ctx));
  }
}
