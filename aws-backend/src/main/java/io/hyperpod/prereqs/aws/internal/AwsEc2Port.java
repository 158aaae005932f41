package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.TagDescription;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulItem;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

/**
 * {@link Ec2Port} on the SDK's EC2 client; the client is made on the first call that needs it, so a
 * run that never uses EC2 makes none. Every Describe goes through the SDK's paginator with the
 * query's ids (at most {@value #IDS_PER_CALL} a call) and filters; security groups are read with
 * their rules (DescribeSecurityGroupRules, one filter on every group id read).
 */
public final class AwsEc2Port implements Ec2Port {
  /** Ids, or values of one filter, EC2 takes in one call. */
  static final int IDS_PER_CALL = 200;

  private final Supplier<Ec2Client> client;

  public AwsEc2Port(Supplier<Ec2Client> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The EC2 client, made on first use. */
  Ec2Client client() {
    return client.get();
  }

  @Override
  public List<AvailabilityZone> describeAvailabilityZones() {
    return AwsErrors.call(
        call("DescribeAvailabilityZones", "the region's availability zones"),
        () ->
            client().describeAvailabilityZones(r -> {}).availabilityZones().stream()
                .map(Ec2Mappings::zone)
                .toList());
  }

  @Override
  public List<TagDescription> describeTags(Ec2Query query) {
    List<Filter> filters = Ec2Mappings.filters(query.filters());
    return AwsErrors.call(
        call("DescribeTags", describe("tags", query)),
        () ->
            client().describeTagsPaginator(r -> r.filters(filters)).tags().stream()
                .map(Ec2Mappings::tag)
                .toList());
  }

  @Override
  public List<Vpc> describeVpcs(Ec2Query query) {
    return describe(
        call("DescribeVpcs", describe("VPCs", query)),
        query,
        (ids, filters) ->
            client().describeVpcsPaginator(r -> r.vpcIds(ids).filters(filters)).vpcs().stream()
                .map(Ec2Mappings::vpc));
  }

  @Override
  public Vpc createVpc(String cidrBlock, Map<String, String> tags) {
    return AwsErrors.call(
        call("CreateVpc", "VPC " + cidrBlock),
        () ->
            Ec2Mappings.vpc(
                client()
                    .createVpc(
                        r ->
                            r.cidrBlock(cidrBlock)
                                .tagSpecifications(
                                    Ec2Mappings.tagSpecifications(ResourceType.VPC, tags)))
                    .vpc()));
  }

  @Override
  public boolean vpcAttribute(String vpcId, VpcAttribute attribute) {
    DescribeVpcAttributeResponse response =
        AwsErrors.call(
            call("DescribeVpcAttribute", attribute.awsName() + " of VPC " + vpcId),
            () ->
                client()
                    .describeVpcAttribute(
                        r ->
                            r.vpcId(vpcId)
                                .attribute(VpcAttributeName.fromValue(attribute.awsName()))));
    AttributeBooleanValue value =
        attribute == VpcAttribute.ENABLE_DNS_SUPPORT
            ? response.enableDnsSupport()
            : response.enableDnsHostnames();
    return value != null && Boolean.TRUE.equals(value.value());
  }

  @Override
  public void modifyVpcAttribute(String vpcId, VpcAttribute attribute, boolean value) {
    AttributeBooleanValue v = AttributeBooleanValue.builder().value(value).build();
    AwsErrors.run(
        call("ModifyVpcAttribute", attribute.awsName() + " of VPC " + vpcId),
        () ->
            client()
                .modifyVpcAttribute(
                    r -> {
                      r.vpcId(vpcId);
                      if (attribute == VpcAttribute.ENABLE_DNS_SUPPORT) {
                        r.enableDnsSupport(v);
                      } else {
                        r.enableDnsHostnames(v);
                      }
                    }));
  }

  @Override
  public void deleteVpc(String vpcId) {
    AwsErrors.run(call("DeleteVpc", "VPC " + vpcId), () -> client().deleteVpc(r -> r.vpcId(vpcId)));
  }

  @Override
  public List<Subnet> describeSubnets(Ec2Query query) {
    return describe(
        call("DescribeSubnets", describe("subnets", query)),
        query,
        (ids, filters) ->
            client().describeSubnetsPaginator(r -> r.subnetIds(ids).filters(filters)).subnets()
                .stream()
                .map(Ec2Mappings::subnet));
  }

  @Override
  public Subnet createSubnet(
      String vpcId, String cidrBlock, String availabilityZone, Map<String, String> tags) {
    return AwsErrors.call(
        call("CreateSubnet", "subnet " + cidrBlock + " in " + availabilityZone + " of " + vpcId),
        () ->
            Ec2Mappings.subnet(
                client()
                    .createSubnet(
                        r ->
                            r.vpcId(vpcId)
                                .cidrBlock(cidrBlock)
                                .availabilityZone(availabilityZone)
                                .tagSpecifications(
                                    Ec2Mappings.tagSpecifications(ResourceType.SUBNET, tags)))
                    .subnet()));
  }

  @Override
  public void deleteSubnet(String subnetId) {
    AwsErrors.run(
        call("DeleteSubnet", "subnet " + subnetId),
        () -> client().deleteSubnet(r -> r.subnetId(subnetId)));
  }

  @Override
  public List<SecurityGroup> describeSecurityGroups(Ec2Query query) {
    List<software.amazon.awssdk.services.ec2.model.SecurityGroup> groups =
        describe(
            call("DescribeSecurityGroups", describe("security groups", query)),
            query,
            (ids, filters) ->
                client()
                    .describeSecurityGroupsPaginator(r -> r.groupIds(ids).filters(filters))
                    .securityGroups()
                    .stream());
    Map<String, List<SecurityGroupRule>> rules = new LinkedHashMap<>();
    groups.forEach(g -> rules.put(g.groupId(), new ArrayList<>()));
    for (List<String> ids : chunks(List.copyOf(rules.keySet()))) {
      AwsErrors.run(
          call("DescribeSecurityGroupRules", "the rules of " + String.join(", ", ids)),
          () ->
              client()
                  .describeSecurityGroupRulesPaginator(
                      r -> r.filters(Filter.builder().name("group-id").values(ids).build()))
                  .securityGroupRules()
                  .forEach(
                      rule -> {
                        List<SecurityGroupRule> of = rules.get(rule.groupId());
                        if (of != null) {
                          of.add(Ec2Mappings.rule(rule));
                        }
                      }));
    }
    return groups.stream()
        .map(g -> Ec2Mappings.securityGroup(g, rules.get(g.groupId())))
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>CreateSecurityGroup answers only the id; the group is then read with its rules.
   */
  @Override
  public SecurityGroup createSecurityGroup(
      String vpcId, String groupName, String description, Map<String, String> tags) {
    String groupId =
        AwsErrors.call(
            call("CreateSecurityGroup", "security group '" + groupName + "' in " + vpcId),
            () ->
                client()
                    .createSecurityGroup(
                        r ->
                            r.vpcId(vpcId)
                                .groupName(groupName)
                                .description(description)
                                .tagSpecifications(
                                    Ec2Mappings.tagSpecifications(
                                        ResourceType.SECURITY_GROUP, tags)))
                    .groupId());
    return describeSecurityGroups(Ec2Query.ids(List.of(groupId))).get(0);
  }

  @Override
  public List<SecurityGroupRule> authorizeSecurityGroupIngress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags) {
    return authorize(
        "AuthorizeSecurityGroupIngress",
        "inbound rules of " + groupId,
        tags,
        specs ->
            client()
                .authorizeSecurityGroupIngress(
                    r ->
                        r.groupId(groupId)
                            .ipPermissions(Ec2Mappings.permissions(permissions))
                            .tagSpecifications(specs))
                .securityGroupRules());
  }

  @Override
  public List<SecurityGroupRule> authorizeSecurityGroupEgress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags) {
    return authorize(
        "AuthorizeSecurityGroupEgress",
        "outbound rules of " + groupId,
        tags,
        specs ->
            client()
                .authorizeSecurityGroupEgress(
                    r ->
                        r.groupId(groupId)
                            .ipPermissions(Ec2Mappings.permissions(permissions))
                            .tagSpecifications(specs))
                .securityGroupRules());
  }

  /** One Authorize call with the rules' tags, answering the rules it made. */
  private List<SecurityGroupRule> authorize(
      String operation,
      String resource,
      Map<String, String> tags,
      Function<List<TagSpecification>, List<software.amazon.awssdk.services.ec2.model.SecurityGroupRule>>
          send) {
    List<TagSpecification> specs =
        Ec2Mappings.tagSpecifications(ResourceType.SECURITY_GROUP_RULE, tags);
    return AwsErrors.call(
        call(operation, resource),
        () -> send.apply(specs).stream().map(Ec2Mappings::rule).toList());
  }

  @Override
  public void revokeSecurityGroupIngress(String groupId, List<IpPermission> permissions) {
    AwsErrors.run(
        call("RevokeSecurityGroupIngress", "inbound rules of " + groupId),
        () ->
            client()
                .revokeSecurityGroupIngress(
                    r -> r.groupId(groupId).ipPermissions(Ec2Mappings.permissions(permissions))));
  }

  @Override
  public void revokeSecurityGroupEgress(String groupId, List<IpPermission> permissions) {
    AwsErrors.run(
        call("RevokeSecurityGroupEgress", "outbound rules of " + groupId),
        () ->
            client()
                .revokeSecurityGroupEgress(
                    r -> r.groupId(groupId).ipPermissions(Ec2Mappings.permissions(permissions))));
  }

  @Override
  public void deleteSecurityGroup(String groupId) {
    AwsErrors.run(
        call("DeleteSecurityGroup", "security group " + groupId),
        () -> client().deleteSecurityGroup(r -> r.groupId(groupId)));
  }

  @Override
  public List<RouteTable> describeRouteTables(Ec2Query query) {
    return describe(
        call("DescribeRouteTables", describe("route tables", query)),
        query,
        (ids, filters) ->
            client()
                .describeRouteTablesPaginator(r -> r.routeTableIds(ids).filters(filters))
                .routeTables()
                .stream()
                .map(Ec2Mappings::routeTable));
  }

  @Override
  public List<VpcEndpoint> describeVpcEndpoints(Ec2Query query) {
    return describe(
        call("DescribeVpcEndpoints", describe("VPC endpoints", query)),
        query,
        (ids, filters) ->
            client()
                .describeVpcEndpointsPaginator(r -> r.vpcEndpointIds(ids).filters(filters))
                .vpcEndpoints()
                .stream()
                .map(Ec2Mappings::endpoint));
  }

  @Override
  public VpcEndpoint createGatewayEndpoint(
      String vpcId,
      String serviceName,
      Collection<String> routeTableIds,
      String clientToken,
      Map<String, String> tags) {
    return AwsErrors.call(
        call("CreateVpcEndpoint", "gateway endpoint to " + serviceName + " in " + vpcId),
        () ->
            Ec2Mappings.endpoint(
                client()
                    .createVpcEndpoint(
                        r ->
                            r.vpcEndpointType(VpcEndpointType.GATEWAY)
                                .vpcId(vpcId)
                                .serviceName(serviceName)
                                .routeTableIds(routeTableIds)
                                .clientToken(clientToken)
                                .tagSpecifications(
                                    Ec2Mappings.tagSpecifications(
                                        ResourceType.VPC_ENDPOINT, tags)))
                    .vpcEndpoint()));
  }

  @Override
  public void modifyGatewayEndpointRouteTables(
      String vpcEndpointId, Collection<String> addRouteTableIds, Collection<String> removeIds) {
    AwsErrors.run(
        call("ModifyVpcEndpoint", "route tables of " + vpcEndpointId),
        () ->
            client()
                .modifyVpcEndpoint(
                    r ->
                        r.vpcEndpointId(vpcEndpointId)
                            .addRouteTableIds(addRouteTableIds)
                            .removeRouteTableIds(removeIds)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>DeleteVpcEndpoints answers success with the endpoints it could not delete listed as {@code
   * unsuccessful}; such an item fails this call with its code.
   */
  @Override
  public void deleteVpcEndpoint(String vpcEndpointId) {
    AwsCall call = call("DeleteVpcEndpoints", "VPC endpoint " + vpcEndpointId);
    List<UnsuccessfulItem> failed =
        AwsErrors.call(
            call,
            () ->
                client()
                    .deleteVpcEndpoints(r -> r.vpcEndpointIds(vpcEndpointId))
                    .unsuccessful());
    for (UnsuccessfulItem item : failed) {
      if (item.error() != null) {
        throw AwsErrors.translate(call, item.error().code(), 400, item.error().message());
      }
    }
  }

  @Override
  public List<PrefixList> describePrefixLists(Ec2Query query) {
    return describe(
        call("DescribePrefixLists", describe("prefix lists", query)),
        query,
        (ids, filters) ->
            client()
                .describePrefixListsPaginator(r -> r.prefixListIds(ids).filters(filters))
                .prefixLists()
                .stream()
                .map(Ec2Mappings::prefixList));
  }

  @Override
  public void createTags(Collection<String> resourceIds, Map<String, String> tags) {
    if (resourceIds.isEmpty() || tags.isEmpty()) {
      return;
    }
    AwsErrors.run(
        call("CreateTags", "tags of " + String.join(", ", resourceIds)),
        () -> client().createTags(r -> r.resources(resourceIds).tags(Ec2Mappings.sdkTags(tags))));
  }

  /** One paginated Describe per chunk of the query's ids (one for no ids), with its filters. */
  private <T> List<T> describe(
      AwsCall call,
      Ec2Query query,
      BiFunction<List<String>, List<Filter>, Stream<T>> page) {
    List<Filter> filters = Ec2Mappings.filters(query.filters());
    return AwsErrors.call(
        call,
        () -> {
          List<T> all = new ArrayList<>();
          List<List<String>> chunks = query.ids().isEmpty() ? List.of(List.of()) : chunks(query.ids());
          for (List<String> ids : chunks) {
            page.apply(ids, filters).forEach(all::add);
          }
          return all;
        });
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_CALL)));
    }
    return chunks;
  }

  private static String describe(String what, Ec2Query query) {
    StringBuilder s = new StringBuilder(what);
    if (!query.ids().isEmpty()) {
      s.append(' ').append(String.join(", ", query.ids()));
    }
    query.filters().forEach((name, values) -> s.append(" [").append(name).append('=').append(String.join(",", values)).append(']'));
    return s.toString();
  }

  private static AwsCall call(String operation, String resource) {
    return AwsCall.ec2(operation, resource);
  }
}
