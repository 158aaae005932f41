package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.CloudException;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The simulator's EC2 port: each method is one EC2 operation through {@link Ec2Operations}, {@link
 * SecurityGroupOperations} or {@link RoutingOperations} on the account's regional {@link Ec2Store}.
 */
public final class SimulatedEc2 implements Ec2Port {
  private static final String EC2 = "ec2";

  private final BackendContext context;

  public SimulatedEc2(BackendContext context) {
    this.context = context;
  }

  @Override
  public List<AvailabilityZone> describeAvailabilityZones() {
    return ec2(
        "DescribeAvailabilityZones",
        ops ->
            ops.zones().stream()
                .map(z -> AvailabilityZone.of(z.name(), z.id(), context.region()))
                .toList());
  }

  @Override
  public List<TagDescription> describeTags(Ec2Query query) {
    return ec2("DescribeTags", ops -> ops.describeTags(query.filters()));
  }

  @Override
  public List<Vpc> describeVpcs(Ec2Query query) {
    return ec2(
        "DescribeVpcs",
        ops ->
            ops.describeVpcs(query.ids(), query.filters()).stream().map(Ec2Views::vpc).toList());
  }

  @Override
  public Vpc createVpc(String cidrBlock, Map<String, String> tags) {
    return ec2("CreateVpc", ops -> Ec2Views.vpc(ops.createVpc(cidrBlock, tags)));
  }

  @Override
  public boolean vpcAttribute(String vpcId, VpcAttribute attribute) {
    return ec2("DescribeVpcAttribute", ops -> ops.vpcAttribute(vpcId, attribute));
  }

  @Override
  public void modifyVpcAttribute(String vpcId, VpcAttribute attribute, boolean value) {
    ec2(
        "ModifyVpcAttribute",
        ops -> {
          ops.modifyVpcAttribute(vpcId, attribute, value);
          return null;
        });
  }

  @Override
  public void deleteVpc(String vpcId) {
    ec2(
        "DeleteVpc",
        ops -> {
          ops.deleteVpc(vpcId);
          return null;
        });
  }

  @Override
  public List<Subnet> describeSubnets(Ec2Query query) {
    return ec2(
        "DescribeSubnets",
        ops ->
            ops.describeSubnets(query.ids(), query.filters()).stream()
                .map(s -> Ec2Views.subnet(s, ops.availableIpAddressCount(s)))
                .toList());
  }

  @Override
  public Subnet createSubnet(
      String vpcId, String cidrBlock, String availabilityZone, Map<String, String> tags) {
    return ec2(
        "CreateSubnet",
        ops -> {
          SubnetRecord s = ops.createSubnet(vpcId, cidrBlock, availabilityZone, null, tags);
          return Ec2Views.subnet(s, ops.availableIpAddressCount(s));
        });
  }

  @Override
  public void deleteSubnet(String subnetId) {
    ec2(
        "DeleteSubnet",
        ops -> {
          ops.deleteSubnet(subnetId);
          return null;
        });
  }

  @Override
  public List<SecurityGroup> describeSecurityGroups(Ec2Query query) {
    return groups(
        "DescribeSecurityGroups",
        ops ->
            ops.describeSecurityGroups(query.ids(), query.filters()).stream()
                .map(Ec2Views::securityGroup)
                .toList());
  }

  @Override
  public SecurityGroup createSecurityGroup(
      String vpcId, String groupName, String description, Map<String, String> tags) {
    return groups(
        "CreateSecurityGroup",
        ops -> Ec2Views.securityGroup(ops.createSecurityGroup(vpcId, groupName, description, tags)));
  }

  @Override
  public List<SecurityGroupRule> authorizeSecurityGroupIngress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags) {
    return authorize("AuthorizeSecurityGroupIngress", groupId, false, permissions, tags);
  }

  @Override
  public List<SecurityGroupRule> authorizeSecurityGroupEgress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags) {
    return authorize("AuthorizeSecurityGroupEgress", groupId, true, permissions, tags);
  }

  private List<SecurityGroupRule> authorize(
      String operation,
      String groupId,
      boolean egress,
      List<IpPermission> permissions,
      Map<String, String> tags) {
    return groups(
        operation,
        ops ->
            ops.authorize(groupId, egress, permissions, tags).stream()
                .map(Ec2Views::rule)
                .toList());
  }

  @Override
  public void revokeSecurityGroupIngress(String groupId, List<IpPermission> permissions) {
    revoke("RevokeSecurityGroupIngress", groupId, false, permissions);
  }

  @Override
  public void revokeSecurityGroupEgress(String groupId, List<IpPermission> permissions) {
    revoke("RevokeSecurityGroupEgress", groupId, true, permissions);
  }

  private void revoke(
      String operation, String groupId, boolean egress, List<IpPermission> permissions) {
    groups(
        operation,
        ops -> {
          ops.revoke(groupId, egress, permissions);
          return null;
        });
  }

  @Override
  public void deleteSecurityGroup(String groupId) {
    groups(
        "DeleteSecurityGroup",
        ops -> {
          ops.deleteSecurityGroup(groupId);
          return null;
        });
  }

  @Override
  public List<RouteTable> describeRouteTables(Ec2Query query) {
    return routing(
        "DescribeRouteTables",
        ops ->
            ops.describeRouteTables(query.ids(), query.filters()).stream()
                .map(Ec2Views::routeTable)
                .toList());
  }

  @Override
  public List<VpcEndpoint> describeVpcEndpoints(Ec2Query query) {
    return routing(
        "DescribeVpcEndpoints",
        ops ->
            ops.describeVpcEndpoints(query.ids(), query.filters()).stream()
                .map(Ec2Views::endpoint)
                .toList());
  }

  @Override
  public VpcEndpoint createGatewayEndpoint(
      String vpcId,
      String serviceName,
      Collection<String> routeTableIds,
      String clientToken,
      Map<String, String> tags) {
    return routing(
        "CreateVpcEndpoint",
        ops ->
            Ec2Views.endpoint(
                ops.createVpcEndpoint(
                    vpcId,
                    serviceName,
                    RoutingOperations.GATEWAY,
                    routeTableIds,
                    clientToken,
                    null,
                    tags)));
  }

  @Override
  public void modifyGatewayEndpointRouteTables(
      String vpcEndpointId, Collection<String> addRouteTableIds, Collection<String> removeIds) {
    routing(
        "ModifyVpcEndpoint",
        ops -> {
          ops.modifyVpcEndpoint(vpcEndpointId, addRouteTableIds, removeIds);
          return null;
        });
  }

  @Override
  public void deleteVpcEndpoint(String vpcEndpointId) {
    routing(
        "DeleteVpcEndpoints",
        ops -> {
          Map<String, CloudException> failed = ops.deleteVpcEndpoints(List.of(vpcEndpointId));
          if (!failed.isEmpty()) {
            throw failed.values().iterator().next();
          }
          return null;
        });
  }

  @Override
  public List<PrefixList> describePrefixLists(Ec2Query query) {
    return routing("DescribePrefixLists", ops -> ops.describePrefixLists(query.ids(),
        query.filters()));
  }

  @Override
  public void createTags(Collection<String> resourceIds, Map<String, String> tags) {
    ec2(
        "CreateTags",
        ops -> {
          ops.createTags(resourceIds, tags);
          return null;
        });
  }

  private <T> T ec2(String operation, Function<Ec2Operations, T> action) {
    return context.call(EC2, operation, () -> action.apply(new Ec2Operations(context)));
  }

  private <T> T groups(String operation, Function<SecurityGroupOperations, T> action) {
    return context.call(EC2, operation, () -> action.apply(new SecurityGroupOperations(context)));
  }

  private <T> T routing(String operation, Function<RoutingOperations, T> action) {
    return context.call(EC2, operation, () -> action.apply(new RoutingOperations(context)));
  }
}
