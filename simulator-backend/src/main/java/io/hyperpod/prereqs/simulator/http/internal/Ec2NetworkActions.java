package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Views;
import io.hyperpod.prereqs.simulator.internal.ec2.SubnetRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.VpcRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.Zones;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import java.util.List;
import java.util.stream.Collectors;

/** EC2's zones, tags, VPCs (with their DNS attributes) and subnets on the wire. */
final class Ec2NetworkActions {
  private Ec2NetworkActions() {}

  static void register(Ec2QueryService ec2) {
    ec2.action("DescribeAvailabilityZones", Ec2NetworkActions::describeAvailabilityZones);
    ec2.action(
        "DescribeTags",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "tagSet",
                ops(c).describeTags(Ec2Params.filters(p)),
                t -> t.resourceId() + "\u0000" + t.key(),
                t ->
                    x.start("item")
                        .element("resourceId", t.resourceId())
                        .element("resourceType", t.resourceType())
                        .element("key", t.key())
                        .element("value", t.value())
                        .end()));
    ec2.action(
        "CreateTags",
        (p, c, x) -> {
          ops(c).createTags(p.flatList("ResourceId"), Ec2Params.tags(p, "Tag"));
          Ec2QueryService.success(x);
        });
    ec2.action(
        "DeleteTags",
        (p, c, x) -> {
          ops(c)
              .deleteTags(
                  p.flatList("ResourceId"),
                  p.flatMembers("Tag").stream()
                      .map(t -> t.required("Key"))
                      .collect(Collectors.toList()));
          Ec2QueryService.success(x);
        });
    ec2.action(
        "DescribeVpcs",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "vpcSet",
                ops(c).describeVpcs(p.flatList("VpcId"), Ec2Params.filters(p)),
                VpcRecord::id,
                v -> Ec2Xml.vpc(x, "item", Ec2Views.vpc(v))));
    ec2.action(
        "CreateVpc",
        (p, c, x) ->
            Ec2Xml.vpc(
                x,
                "vpc",
                Ec2Views.vpc(
                    ops(c).createVpc(p.get("CidrBlock"), Ec2Params.tagSpecifications(p))),
                true));
    ec2.action("DescribeVpcAttribute", Ec2NetworkActions::describeVpcAttribute);
    ec2.action("ModifyVpcAttribute", Ec2NetworkActions::modifyVpcAttribute);
    ec2.action(
        "DeleteVpc",
        (p, c, x) -> {
          ops(c).deleteVpc(p.required("VpcId"));
          Ec2QueryService.success(x);
        });
    ec2.action(
        "DescribeSubnets",
        (p, c, x) -> {
          Ec2Operations ops = ops(c);
          Ec2Params.describe(
              x,
              p,
              "subnetSet",
              ops.describeSubnets(p.flatList("SubnetId"), Ec2Params.filters(p)),
              SubnetRecord::id,
              s -> subnet(x, "item", ops, s, c));
        });
    ec2.action(
        "CreateSubnet",
        (p, c, x) -> {
          Ec2Operations ops = ops(c);
          SubnetRecord subnet =
              ops.createSubnet(
                  p.get("VpcId"),
                  p.get("CidrBlock"),
                  p.get("AvailabilityZone"),
                  p.get("AvailabilityZoneId"),
                  Ec2Params.tagSpecifications(p));
          subnet(x, "subnet", ops, subnet, c);
        });
    ec2.action(
        "DeleteSubnet",
        (p, c, x) -> {
          ops(c).deleteSubnet(p.required("SubnetId"));
          Ec2QueryService.success(x);
        });
  }

  /**
   * The account's zones, or those named ({@code ZoneName.N}, {@code ZoneId.N}), that pass the
   * filters ({@code zone-name}, {@code zone-id}, {@code region-name}, {@code state}, ...).
   */
  private static void describeAvailabilityZones(QueryParams p, BackendContext c, Xml x) {
    List<String> names = p.flatList("ZoneName");
    List<String> ids = p.flatList("ZoneId");
    List<Zones.Zone> zones = ops(c).zones(Ec2Params.filters(p));
    for (String name : names) {
      if (ops(c).zones().stream().noneMatch(z -> z.name().equals(name))) {
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "The zone '" + name + "' does not exist in region " + c.region());
      }
    }
    x.start("availabilityZoneInfo");
    zones.stream()
        .filter(z -> names.isEmpty() || names.contains(z.name()))
        .filter(z -> ids.isEmpty() || ids.contains(z.id()))
        .forEach(
            z ->
                x.start("item")
                    .element("zoneName", z.name())
                    .element("zoneState", "available")
                    .element("regionName", c.region())
                    .element("zoneId", z.id())
                    .element("zoneType", "availability-zone")
                    .element("optInStatus", "opt-in-not-required")
                    .element("groupName", Zones.groupName(c.region()))
                    .element("groupLongName", Zones.groupLongName(c.region()))
                    .element("networkBorderGroup", c.region())
                    .start("messageSet")
                    .end()
                    .end());
    x.end();
  }

  private static void describeVpcAttribute(QueryParams p, BackendContext c, Xml x) {
    String vpcId = p.required("VpcId");
    String attribute = p.required("Attribute");
    boolean value = ops(c).vpcAttribute(vpcId, attribute(attribute));
    x.element("vpcId", vpcId).start(attribute).element("value", value).end();
  }

  /** {@code EnableDnsSupport.Value} or {@code EnableDnsHostnames.Value}, one per request. */
  private static void modifyVpcAttribute(QueryParams p, BackendContext c, Xml x) {
    String vpcId = p.required("VpcId");
    boolean support = p.has("EnableDnsSupport.Value");
    boolean hostnames = p.has("EnableDnsHostnames.Value");
    if (support == hostnames) {
      throw AwsError.EC2_INVALID_PARAMETER_COMBINATION.exception(
          "ModifyVpcAttribute changes exactly one attribute: EnableDnsSupport.Value or"
              + " EnableDnsHostnames.Value");
    }
    if (support) {
      ops(c)
          .modifyVpcAttribute(
              vpcId, VpcAttribute.ENABLE_DNS_SUPPORT, p.bool("EnableDnsSupport.Value", true));
    } else {
      ops(c)
          .modifyVpcAttribute(
              vpcId, VpcAttribute.ENABLE_DNS_HOSTNAMES, p.bool("EnableDnsHostnames.Value", true));
    }
    Ec2QueryService.success(x);
  }

  private static VpcAttribute attribute(String name) {
    switch (name) {
      case "enableDnsSupport":
        return VpcAttribute.ENABLE_DNS_SUPPORT;
      case "enableDnsHostnames":
        return VpcAttribute.ENABLE_DNS_HOSTNAMES;
      default:
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "Value (" + name + ") for parameter attribute is invalid. The simulator knows"
                + " enableDnsSupport and enableDnsHostnames.");
    }
  }

  private static void subnet(
      Xml x, String name, Ec2Operations ops, SubnetRecord s, BackendContext c) {
    Ec2Xml.subnet(
        x, name, Ec2Views.subnet(s, ops.availableIpAddressCount(s)), c.accountId(), c.region());
  }

  private static Ec2Operations ops(BackendContext context) {
    return new Ec2Operations(context);
  }
}
