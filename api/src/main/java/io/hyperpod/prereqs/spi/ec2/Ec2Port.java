package io.hyperpod.prereqs.spi.ec2;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * EC2 for the cluster's network: availability zones, VPCs, subnets, security groups, route tables
 * and gateway endpoints, in the backend's region. Each method is one EC2 operation (named in its
 * documentation) and fails with {@link io.hyperpod.prereqs.spi.CloudException}s carrying EC2's
 * error codes ({@code InvalidVpcID.NotFound}, {@code InvalidGroup.Duplicate}, {@code
 * InvalidPermission.Duplicate}, {@code DependencyViolation}, ...).
 *
 * <p>Reads take an {@link Ec2Query} so that a caller reads every resource of a kind it needs in one
 * call (by ids, by an id filter, or by a tag filter) instead of one call per resource.
 */
public interface Ec2Port {
  /** {@return describeAvailabilityZones: every zone of the region, with the account's names} */
  List<AvailabilityZone> describeAvailabilityZones();

  /**
   * DescribeTags: the tags of the region's EC2 resources; filters {@code key}, {@code value},
   * {@code resource-type}, {@code resource-id}.
   */
  List<TagDescription> describeTags(Ec2Query query);

  /** DescribeVpcs; filters include {@code vpc-id}, {@code is-default}, {@code cidr}, tags. */
  List<Vpc> describeVpcs(Ec2Query query);

  /**
   * CreateVpc with the tags; the VPC comes with a main route table and a {@code default} security
   * group. Fails with InvalidVpc.Range outside /16-/28, InvalidParameterValue for a bad block.
   */
  Vpc createVpc(String cidrBlock, Map<String, String> tags);

  /** DescribeVpcAttribute of one boolean attribute. */
  boolean vpcAttribute(String vpcId, VpcAttribute attribute);

  /** ModifyVpcAttribute of one boolean attribute. */
  void modifyVpcAttribute(String vpcId, VpcAttribute attribute, boolean value);

  /**
   * DeleteVpc, with its main route table and default security group; DependencyViolation while it
   * has subnets, other security groups, endpoints or other route tables.
   */
  void deleteVpc(String vpcId);

  /**
   * DescribeSubnets; filters include {@code subnet-id}, {@code vpc-id}, {@code availability-zone},
   * {@code availability-zone-id}, tags.
   */
  List<Subnet> describeSubnets(Ec2Query query);

  /**
   * CreateSubnet in the zone of this name ({@code us-west-2a}; the caller resolves an AZ id to the
   * account's name through {@link #describeAvailabilityZones()}). Fails with InvalidSubnet.Range
   * (outside the VPC's block or not /16-/28), InvalidSubnet.Conflict (overlaps another subnet),
   * InvalidParameterValue (no such zone), InvalidVpcID.NotFound.
   */
  Subnet createSubnet(
      String vpcId, String cidrBlock, String availabilityZone, Map<String, String> tags);

  /** DeleteSubnet; DependencyViolation while network interfaces (e.g. FSx's) are in it. */
  void deleteSubnet(String subnetId);

  /**
   * DescribeSecurityGroups with every group's rules (on AWS also DescribeSecurityGroupRules);
   * filters include {@code group-id}, {@code group-name}, {@code vpc-id}, tags.
   */
  List<SecurityGroup> describeSecurityGroups(Ec2Query query);

  /**
   * CreateSecurityGroup in a VPC; it starts with one outbound rule, all traffic to 0.0.0.0/0.
   * Fails with InvalidGroup.Duplicate when the VPC has a group of that name.
   */
  SecurityGroup createSecurityGroup(
      String vpcId, String groupName, String description, Map<String, String> tags);

  /**
   * AuthorizeSecurityGroupIngress: adds all the permissions (tagged) or none; fails with
   * InvalidPermission.Duplicate when one exists already.
   */
  List<SecurityGroupRule> authorizeSecurityGroupIngress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags);

  /** AuthorizeSecurityGroupEgress, as {@link #authorizeSecurityGroupIngress}. */
  List<SecurityGroupRule> authorizeSecurityGroupEgress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags);

  /**
   * RevokeSecurityGroupIngress of the rules with this traffic; InvalidPermission.NotFound when one
   * is not there.
   */
  void revokeSecurityGroupIngress(String groupId, List<IpPermission> permissions);

  /** RevokeSecurityGroupEgress, as {@link #revokeSecurityGroupIngress}. */
  void revokeSecurityGroupEgress(String groupId, List<IpPermission> permissions);

  /**
   * DeleteSecurityGroup; DependencyViolation while a network interface uses it or another group's
   * rule refers to it, CannotDelete for a VPC's {@code default} group.
   */
  void deleteSecurityGroup(String groupId);

  /**
   * DescribeRouteTables; filters include {@code route-table-id}, {@code vpc-id}, {@code
   * association.main}, {@code association.subnet-id}.
   */
  List<RouteTable> describeRouteTables(Ec2Query query);

  /**
   * DescribeVpcEndpoints; filters include {@code vpc-endpoint-id}, {@code vpc-id}, {@code
   * service-name}, {@code vpc-endpoint-type}, tags.
   */
  List<VpcEndpoint> describeVpcEndpoints(Ec2Query query);

  /**
   * CreateVpcEndpoint of type Gateway on these route tables, each of which gets a route to the
   * service's prefix list. The client token makes a retried request idempotent: the same token with
   * the same parameters answers the endpoint made the first time, with other parameters fails with
   * IdempotentParameterMismatch. Fails with RouteAlreadyExists when a table routes to the service
   * already, InvalidRouteTableID.NotFound, InvalidServiceName.
   */
  VpcEndpoint createGatewayEndpoint(
      String vpcId,
      String serviceName,
      Collection<String> routeTableIds,
      String clientToken,
      Map<String, String> tags);

  /** ModifyVpcEndpoint: adds and removes route tables of a gateway endpoint. */
  void modifyGatewayEndpointRouteTables(
      String vpcEndpointId, Collection<String> addRouteTableIds, Collection<String> removeIds);

  /** DeleteVpcEndpoints of one endpoint, with its routes; InvalidVpcEndpointId.NotFound. */
  void deleteVpcEndpoint(String vpcEndpointId);

  /**
   * DescribePrefixLists: AWS-managed prefix lists of the region; filters {@code prefix-list-id},
   * {@code prefix-list-name}.
   */
  List<PrefixList> describePrefixLists(Ec2Query query);

  /** CreateTags: adds or overwrites these tags on each resource. */
  void createTags(Collection<String> resourceIds, Map<String, String> tags);
}
