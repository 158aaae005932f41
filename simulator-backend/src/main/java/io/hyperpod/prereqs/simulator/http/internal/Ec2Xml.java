package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * EC2's XML shapes (lower-camel element names, every list item an {@code <item>}) written from
 * the simulator's views: VPCs, subnets, security groups with their permissions and rules, route
 * tables, gateway endpoints, tag sets.
 */
final class Ec2Xml {
  private Ec2Xml() {}

  static void vpc(Xml x, String name, Vpc v) {
    vpc(x, name, v, false);
  }

  /**
   * A VPC; {@code created} for CreateVpc's answer, where AWS shows it {@code pending} and with its
   * (empty) IPv6 block associations.
   */
  static void vpc(Xml x, String name, Vpc v, boolean created) {
    x.start(name)
        .element("vpcId", v.vpcId())
        .element("ownerId", v.ownerId())
        .element("state", created ? "pending" : v.state())
        .element("cidrBlock", v.cidrBlock())
        .start("cidrBlockAssociationSet")
        .start("item")
        .element("associationId", v.vpcId().replace("vpc-", "vpc-cidr-assoc-"))
        .element("cidrBlock", v.cidrBlock())
        .start("cidrBlockState")
        .element("state", "associated")
        .end()
        .end()
        .end()
        .element("dhcpOptionsId", "default")
        .element("instanceTenancy", "default")
        .element("isDefault", v.isDefault());
    if (created) {
      x.start("ipv6CidrBlockAssociationSet").end();
    }
    tagSet(x, v.tags());
    x.end();
  }

  static void subnet(Xml x, String name, Subnet s, String accountId, String region) {
    x.start(name)
        .element("subnetId", s.subnetId())
        .element(
            "subnetArn", "arn:aws:ec2:" + region + ":" + accountId + ":subnet/" + s.subnetId())
        .element("state", s.state())
        .element("ownerId", accountId)
        .element("vpcId", s.vpcId())
        .element("cidrBlock", s.cidrBlock())
        .element("availableIpAddressCount", s.availableIpAddressCount())
        .element("availabilityZone", s.availabilityZone())
        .element("availabilityZoneId", s.availabilityZoneId())
        .element("defaultForAz", s.defaultForAz())
        .element("mapPublicIpOnLaunch", s.mapPublicIpOnLaunch())
        .element("assignIpv6AddressOnCreation", false);
    tagSet(x, s.tags());
    x.end();
  }

  /** A group with its rules as EC2's permissions: rules of one protocol and ports together. */
  static void securityGroup(Xml x, String name, SecurityGroup g) {
    x.start(name)
        .element("ownerId", g.ownerId())
        .element("groupId", g.groupId())
        .element("groupName", g.groupName())
        .element("groupDescription", g.description())
        .element("vpcId", g.vpcId());
    permissions(x, "ipPermissions", g, false);
    permissions(x, "ipPermissionsEgress", g, true);
    tagSet(x, g.tags());
    x.end();
  }

  private static void permissions(Xml x, String name, SecurityGroup g, boolean egress) {
    Map<List<Object>, List<SecurityGroupRule>> byTraffic = new LinkedHashMap<>();
    for (SecurityGroupRule rule : g.rules()) {
      if (rule.isEgress() == egress) {
        IpPermission p = rule.permission();
        byTraffic
            .computeIfAbsent(
                java.util.Arrays.asList(
                    p.protocol(), p.fromPort().orElse(null), p.toPort().orElse(null)),
                k -> new ArrayList<>())
            .add(rule);
      }
    }
    x.start(name);
    byTraffic.forEach(
        (traffic, rules) -> {
          x.start("item").element("ipProtocol", (String) traffic.get(0));
          if (traffic.get(1) != null) {
            x.element("fromPort", (Integer) traffic.get(1));
          }
          if (traffic.get(2) != null) {
            x.element("toPort", (Integer) traffic.get(2));
          }
          x.start("groups");
          for (SecurityGroupRule r : rules) {
            r.permission()
                .referencedGroupId()
                .ifPresent(
                    id ->
                        x.start("item")
                            .element("userId", g.ownerId())
                            .element("groupId", id)
                            .element("description", r.description().orElse(null))
                            .end());
          }
          x.end().start("ipRanges");
          for (SecurityGroupRule r : rules) {
            r.permission()
                .cidrIpv4()
                .ifPresent(
                    cidr ->
                        x.start("item")
                            .element("cidrIp", cidr)
                            .element("description", r.description().orElse(null))
                            .end());
          }
          x.end().start("ipv6Ranges");
          for (SecurityGroupRule r : rules) {
            r.permission()
                .cidrIpv6()
                .ifPresent(cidr -> x.start("item").element("cidrIpv6", cidr).end());
          }
          x.end().start("prefixListIds");
          for (SecurityGroupRule r : rules) {
            r.permission()
                .prefixListId()
                .ifPresent(id -> x.start("item").element("prefixListId", id).end());
          }
          x.end().end();
        });
    x.end();
  }

  /** One rule as DescribeSecurityGroupRules and Authorize* answer it. */
  static void rule(Xml x, SecurityGroupRule r, String ownerId, String region) {
    IpPermission p = r.permission();
    x.start("item")
        .element("securityGroupRuleId", r.ruleId())
        .element("groupId", r.groupId())
        .element("groupOwnerId", ownerId)
        .element("isEgress", r.isEgress())
        .element("ipProtocol", p.protocol())
        .element("fromPort", p.fromPort().orElse(-1))
        .element("toPort", p.toPort().orElse(-1))
        .element("cidrIpv4", p.cidrIpv4().orElse(null))
        .element("cidrIpv6", p.cidrIpv6().orElse(null))
        .element("prefixListId", p.prefixListId().orElse(null));
    p.referencedGroupId()
        .ifPresent(
            id ->
                x.start("referencedGroupInfo")
                    .element("groupId", id)
                    .element("userId", ownerId)
                    .end());
    x.element("description", r.description().orElse(null))
        .element(
            "securityGroupRuleArn",
            "arn:aws:ec2:" + region + ":" + ownerId + ":security-group-rule/" + r.ruleId());
    tagSet(x, r.tags());
    x.end();
  }

  static void routeTable(Xml x, String name, RouteTable t, String accountId) {
    x.start(name)
        .element("routeTableId", t.routeTableId())
        .element("vpcId", t.vpcId())
        .element("ownerId", accountId)
        .start("routeSet");
    t.routes()
        .forEach(
            r ->
                x.start("item")
                    .element("destinationCidrBlock", r.destinationCidrBlock().orElse(null))
                    .element("destinationPrefixListId", r.destinationPrefixListId().orElse(null))
                    .element("gatewayId", r.gatewayId().orElse(null))
                    .element("natGatewayId", r.natGatewayId().orElse(null))
                    .element("state", "active")
                    .element("origin", r.origin())
                    .end());
    x.end().start("associationSet");
    t.associations()
        .forEach(
            a ->
                x.start("item")
                    .element("main", a.main())
                    .element("routeTableAssociationId", a.associationId())
                    .element("routeTableId", a.routeTableId())
                    .element("subnetId", a.subnetId().orElse(null))
                    .start("associationState")
                    .element("state", "associated")
                    .end()
                    .end());
    x.end().start("propagatingVgwSet").end();
    tagSet(x, t.tags());
    x.end();
  }

  static void endpoint(Xml x, String name, VpcEndpoint e, String accountId) {
    x.start(name)
        .element("vpcEndpointId", e.vpcEndpointId())
        .element("vpcEndpointType", e.vpcEndpointType())
        .element("vpcId", e.vpcId())
        .element("serviceName", e.serviceName())
        .element("state", e.state())
        .element("policyDocument", e.policyDocument().orElse(null));
    strings(x, "routeTableIdSet", e.routeTableIds());
    strings(x, "subnetIdSet", List.of());
    x.start("groupSet")
        .end()
        .element("privateDnsEnabled", false)
        .element("requesterManaged", false);
    strings(x, "networkInterfaceIdSet", List.of());
    x.start("dnsEntrySet")
        .end()
        .element("creationTimestamp", e.creationTimestamp())
        .element("ownerId", accountId);
    tagSet(x, e.tags());
    x.end();
  }

  static void tagSet(Xml x, Map<String, String> tags) {
    x.start("tagSet");
    tags.forEach((k, v) -> x.start("item").element("key", k).element("value", v).end());
    x.end();
  }

  /** {@code <name><item>value</item>...</name>}. */
  static void strings(Xml x, String name, List<String> values) {
    x.start(name);
    values.stream().filter(Objects::nonNull).forEach(v -> x.element("item", v));
    x.end();
  }
}
