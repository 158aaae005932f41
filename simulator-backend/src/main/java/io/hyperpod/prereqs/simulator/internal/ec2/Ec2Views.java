package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.spi.ec2.ImmutableIpPermission;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.Route;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.RouteTableAssociation;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.Optional;

/** Copies of EC2 store records as the SPI's immutable values. */
public final class Ec2Views {
  private Ec2Views() {}

  public static Vpc vpc(VpcRecord v) {
    return Vpc.builder()
        .vpcId(v.id)
        .cidrBlock(v.cidrBlock)
        .state("available")
        .isDefault(v.isDefault)
        .ownerId(v.ownerId)
        .tags(v.tags)
        .build();
  }

  public static Subnet subnet(SubnetRecord s, int availableIpAddressCount) {
    return Subnet.builder()
        .subnetId(s.id)
        .vpcId(s.vpcId)
        .cidrBlock(s.cidrBlock)
        .availabilityZone(s.availabilityZone)
        .availabilityZoneId(s.availabilityZoneId)
        .availableIpAddressCount(availableIpAddressCount)
        .state("available")
        .defaultForAz(s.defaultForAz)
        .mapPublicIpOnLaunch(s.mapPublicIpOnLaunch)
        .tags(s.tags)
        .build();
  }

  public static SecurityGroup securityGroup(SecurityGroupRecord g) {
    return SecurityGroup.builder()
        .groupId(g.id)
        .groupName(g.groupName)
        .description(g.description)
        .vpcId(g.vpcId)
        .ownerId(g.ownerId)
        .tags(g.tags)
        .rules(g.rules.stream().map(Ec2Views::rule).toList())
        .build();
  }

  public static SecurityGroupRule rule(RuleRecord r) {
    ImmutableIpPermission.Builder p = IpPermission.builder().protocol(r.protocol);
    if (!r.protocol.equals(IpPermission.ALL_PROTOCOLS)) {
      p.fromPort(Optional.ofNullable(r.fromPort)).toPort(Optional.ofNullable(r.toPort));
    }
    p.cidrIpv4(Optional.ofNullable(r.cidrIpv4))
        .cidrIpv6(Optional.ofNullable(r.cidrIpv6))
        .referencedGroupId(Optional.ofNullable(r.referencedGroupId))
        .prefixListId(Optional.ofNullable(r.prefixListId));
    return SecurityGroupRule.builder()
        .ruleId(r.id)
        .groupId(r.groupId)
        .isEgress(r.egress)
        .permission(p.build())
        .description(Optional.ofNullable(r.description))
        .tags(r.tags)
        .build();
  }

  public static RouteTable routeTable(RouteTableRecord t) {
    return RouteTable.builder()
        .routeTableId(t.id)
        .vpcId(t.vpcId)
        .routes(
            t.routes.stream()
                .map(
                    r ->
                        Route.builder()
                            .destinationCidrBlock(Optional.ofNullable(r.destinationCidrBlock))
                            .destinationPrefixListId(Optional.ofNullable(r.destinationPrefixListId))
                            .gatewayId(Optional.ofNullable(r.gatewayId))
                            .natGatewayId(Optional.ofNullable(r.natGatewayId))
                            .origin(r.origin)
                            .build())
                .toList())
        .associations(
            t.associations.stream()
                .map(
                    a ->
                        RouteTableAssociation.builder()
                            .associationId(a.associationId)
                            .routeTableId(t.id)
                            .subnetId(Optional.ofNullable(a.subnetId))
                            .main(a.main)
                            .build())
                .toList())
        .tags(t.tags)
        .build();
  }

  public static VpcEndpoint endpoint(EndpointRecord e) {
    return VpcEndpoint.builder()
        .vpcEndpointId(e.id)
        .vpcId(e.vpcId)
        .serviceName(e.serviceName)
        .vpcEndpointType(e.type)
        .state(e.state)
        .routeTableIds(e.routeTableIds)
        .policyDocument(Optional.ofNullable(e.policyDocument))
        .creationTimestamp(e.creationTimestamp)
        .tags(e.tags)
        .build();
  }
}
