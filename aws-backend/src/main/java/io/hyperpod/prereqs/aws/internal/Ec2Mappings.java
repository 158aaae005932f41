package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.ImmutableAvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.ImmutableIpPermission;
import io.hyperpod.prereqs.spi.ec2.ImmutableRoute;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import io.hyperpod.prereqs.spi.ec2.Route;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.RouteTableAssociation;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.TagDescription;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** Conversions between the SDK's EC2 model and the SPI's values, both ways. */
final class Ec2Mappings {
  private Ec2Mappings() {}

  static List<Filter> filters(Map<String, List<String>> filters) {
    return filters.entrySet().stream()
        .map(f -> Filter.builder().name(f.getKey()).values(f.getValue()).build())
        .toList();
  }

  /** The tag specification of a create call; none for no tags (EC2 refuses an empty one). */
  static List<TagSpecification> tagSpecifications(ResourceType type, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return List.of();
    }
    return List.of(TagSpecification.builder().resourceType(type).tags(sdkTags(tags)).build());
  }

  static List<Tag> sdkTags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .toList();
  }

  static Map<String, String> tags(Collection<Tag> tags) {
    Map<String, String> map = new TreeMap<>();
    tags.forEach(t -> map.put(t.key(), t.value() == null ? "" : t.value()));
    return map;
  }

  static AvailabilityZone zone(software.amazon.awssdk.services.ec2.model.AvailabilityZone z) {
    ImmutableAvailabilityZone.Builder zone =
        ImmutableAvailabilityZone.builder()
            .zoneName(z.zoneName())
            .zoneId(z.zoneId())
            .regionName(z.regionName());
    Optional.ofNullable(z.stateAsString()).ifPresent(zone::state);
    Optional.ofNullable(z.zoneType()).ifPresent(zone::zoneType);
    return zone.build();
  }

  static TagDescription tag(software.amazon.awssdk.services.ec2.model.TagDescription t) {
    return TagDescription.of(
        t.resourceId(), t.resourceTypeAsString(), t.key(), t.value() == null ? "" : t.value());
  }

  static Vpc vpc(software.amazon.awssdk.services.ec2.model.Vpc v) {
    return Vpc.builder()
        .vpcId(v.vpcId())
        .cidrBlock(v.cidrBlock())
        .state(v.stateAsString())
        .isDefault(Boolean.TRUE.equals(v.isDefault()))
        .ownerId(orEmpty(v.ownerId()))
        .tags(tags(v.tags()))
        .build();
  }

  static Subnet subnet(software.amazon.awssdk.services.ec2.model.Subnet s) {
    return Subnet.builder()
        .subnetId(s.subnetId())
        .vpcId(s.vpcId())
        .cidrBlock(s.cidrBlock())
        .availabilityZone(s.availabilityZone())
        .availabilityZoneId(orEmpty(s.availabilityZoneId()))
        .availableIpAddressCount(
            s.availableIpAddressCount() == null ? 0 : s.availableIpAddressCount())
        .state(s.stateAsString())
        .defaultForAz(Boolean.TRUE.equals(s.defaultForAz()))
        .mapPublicIpOnLaunch(Boolean.TRUE.equals(s.mapPublicIpOnLaunch()))
        .tags(tags(s.tags()))
        .build();
  }

  static SecurityGroup securityGroup(
      software.amazon.awssdk.services.ec2.model.SecurityGroup g, List<SecurityGroupRule> rules) {
    return SecurityGroup.builder()
        .groupId(g.groupId())
        .groupName(g.groupName())
        .description(orEmpty(g.description()))
        .vpcId(orEmpty(g.vpcId()))
        .ownerId(orEmpty(g.ownerId()))
        .tags(tags(g.tags()))
        .rules(rules)
        .build();
  }

  static SecurityGroupRule rule(software.amazon.awssdk.services.ec2.model.SecurityGroupRule r) {
    ImmutableIpPermission.Builder permission = IpPermission.builder().protocol(r.ipProtocol());
    if (!IpPermission.ALL_PROTOCOLS.equals(r.ipProtocol())) {
      Optional.ofNullable(r.fromPort()).ifPresent(permission::fromPort);
      Optional.ofNullable(r.toPort()).ifPresent(permission::toPort);
    }
    Optional.ofNullable(r.cidrIpv4()).ifPresent(permission::cidrIpv4);
    Optional.ofNullable(r.cidrIpv6()).ifPresent(permission::cidrIpv6);
    Optional.ofNullable(r.prefixListId()).ifPresent(permission::prefixListId);
    if (r.referencedGroupInfo() != null) {
      Optional.ofNullable(r.referencedGroupInfo().groupId())
          .ifPresent(permission::referencedGroupId);
    }
    return SecurityGroupRule.builder()
        .ruleId(r.securityGroupRuleId())
        .groupId(r.groupId())
        .isEgress(Boolean.TRUE.equals(r.isEgress()))
        .permission(permission.build())
        .description(Optional.ofNullable(r.description()).filter(d -> !d.isEmpty()))
        .tags(tags(r.tags()))
        .build();
  }

  /** The SDK's permission for one SPI permission (one peer each). */
  static software.amazon.awssdk.services.ec2.model.IpPermission permission(IpPermission p) {
    software.amazon.awssdk.services.ec2.model.IpPermission.Builder b =
        software.amazon.awssdk.services.ec2.model.IpPermission.builder().ipProtocol(p.protocol());
    p.fromPort().ifPresent(b::fromPort);
    p.toPort().ifPresent(b::toPort);
    p.cidrIpv4().ifPresent(c -> b.ipRanges(IpRange.builder().cidrIp(c).build()));
    p.cidrIpv6().ifPresent(c -> b.ipv6Ranges(Ipv6Range.builder().cidrIpv6(c).build()));
    p.referencedGroupId().ifPresent(g -> b.userIdGroupPairs(UserIdGroupPair.builder().groupId(g).build()));
    p.prefixListId().ifPresent(l -> b.prefixListIds(PrefixListId.builder().prefixListId(l).build()));
    return b.build();
  }

  static List<software.amazon.awssdk.services.ec2.model.IpPermission> permissions(
      List<IpPermission> permissions) {
    return permissions.stream().map(Ec2Mappings::permission).toList();
  }

  static RouteTable routeTable(software.amazon.awssdk.services.ec2.model.RouteTable t) {
    return RouteTable.builder()
        .routeTableId(t.routeTableId())
        .vpcId(t.vpcId())
        .routes(t.routes().stream().map(Ec2Mappings::route).toList())
        .associations(
            t.associations().stream()
                .map(
                    a ->
                        RouteTableAssociation.builder()
                            .associationId(orEmpty(a.routeTableAssociationId()))
                            .routeTableId(
                                a.routeTableId() == null ? t.routeTableId() : a.routeTableId())
                            .subnetId(Optional.ofNullable(a.subnetId()))
                            .main(Boolean.TRUE.equals(a.main()))
                            .build())
                .toList())
        .tags(tags(t.tags()))
        .build();
  }

  private static Route route(software.amazon.awssdk.services.ec2.model.Route r) {
    ImmutableRoute.Builder route =
        Route.builder()
            .destinationCidrBlock(Optional.ofNullable(r.destinationCidrBlock()))
            .destinationPrefixListId(Optional.ofNullable(r.destinationPrefixListId()))
            .gatewayId(Optional.ofNullable(r.gatewayId()))
            .natGatewayId(Optional.ofNullable(r.natGatewayId()));
    Optional.ofNullable(r.stateAsString()).ifPresent(route::state);
    Optional.ofNullable(r.originAsString()).ifPresent(route::origin);
    return route.build();
  }

  static VpcEndpoint endpoint(software.amazon.awssdk.services.ec2.model.VpcEndpoint e) {
    return VpcEndpoint.builder()
        .vpcEndpointId(e.vpcEndpointId())
        .vpcId(e.vpcId())
        .serviceName(e.serviceName())
        .vpcEndpointType(orEmpty(e.vpcEndpointTypeAsString()))
        .state(orEmpty(e.stateAsString()).toLowerCase(Locale.ROOT))
        .routeTableIds(e.routeTableIds())
        .policyDocument(Optional.ofNullable(e.policyDocument()))
        .creationTimestamp(
            e.creationTimestamp() == null ? Instant.EPOCH : e.creationTimestamp())
        .tags(tags(e.tags()))
        .build();
  }

  static PrefixList prefixList(software.amazon.awssdk.services.ec2.model.PrefixList p) {
    return PrefixList.builder()
        .prefixListId(p.prefixListId())
        .prefixListName(p.prefixListName())
        .cidrs(p.cidrs())
        .build();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
