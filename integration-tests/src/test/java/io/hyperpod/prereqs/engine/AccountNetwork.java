package io.hyperpod.prereqs.engine;

import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SecurityGroupRef;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spec.VpcRef;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import java.util.List;
import java.util.Map;

/**
 * A network that exists in the account before the tool runs (made through the SPI, as another team
 * would have), for specs that adopt it by id.
 */
final class AccountNetwork {
  final SimulatorBackend backend;
  final Ec2Port ec2;

  AccountNetwork(SimulatorBackend backend) {
    this.backend = backend;
    this.ec2 = backend.ec2();
  }

  Vpc vpc(String cidr) {
    return ec2.createVpc(cidr, Map.of("owner", "platform-team"));
  }

  Subnet subnet(Vpc vpc, String cidr, String zoneId) {
    String zone =
        ec2.describeAvailabilityZones().stream()
            .filter(z -> z.zoneId().equals(zoneId))
            .findFirst()
            .orElseThrow()
            .zoneName();
    return ec2.createSubnet(vpc.vpcId(), cidr, zone, Map.of());
  }

  /** A group with the default outbound rule to 0.0.0.0/0 and nothing else. */
  SecurityGroup bareGroup(Vpc vpc, String name) {
    return ec2.createSecurityGroup(vpc.vpcId(), name, "adopted", Map.of());
  }

  /** A group with all traffic in from itself and out to itself, and no rule to 0.0.0.0/0. */
  SecurityGroup efaGroup(Vpc vpc, String name) {
    SecurityGroup g = bareGroup(vpc, name);
    selfIngress(g);
    selfEgress(g);
    ec2.revokeSecurityGroupEgress(g.groupId(), List.of(IpPermission.allWithCidr("0.0.0.0/0")));
    return g;
  }

  void selfIngress(SecurityGroup g) {
    ec2.authorizeSecurityGroupIngress(
        g.groupId(), List.of(IpPermission.allWithGroup(g.groupId())), Map.of());
  }

  void selfEgress(SecurityGroup g) {
    ec2.authorizeSecurityGroupEgress(
        g.groupId(), List.of(IpPermission.allWithGroup(g.groupId())), Map.of());
  }

  /** A route table of its own for the subnet, routing 0.0.0.0/0 to a NAT gateway. */
  void natRoute(Subnet subnet) {
    backend.routeThroughNatGateway(subnet.subnetId(), "nat-0123456789abcdef0");
  }

  /** A route table of its own for the subnet, with no route but the VPC's local one; its id. */
  String ownRouteTable(Subnet subnet) {
    return backend.ownRouteTable(subnet.subnetId());
  }

  /** A spec network adopting these by id. */
  static Network adopting(
      Vpc vpc, Subnet subnet, SecurityGroup group, String zoneId, boolean s3GatewayEndpoint) {
    return Network.builder()
        .vpc(VpcRef.id(vpc.vpcId()))
        .availabilityZoneId(zoneId)
        .addSubnet(SubnetRef.id(subnet.subnetId()))
        .securityGroup(SecurityGroupRef.id(group.groupId()))
        .s3GatewayEndpoint(s3GatewayEndpoint)
        .build();
  }
}
