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
  /** {@return DescribeAvailabilityZones: every zone of the region, with the account's names} */
  List<AvailabilityZone> describeAvailabilityZones();

  /**
   * DescribeTags: the tags of the region's EC2 resources; filters {@code key}, {@code value},
   * {@code resource-type}, {@code resource-id}.
   *
   * @param query the filters and ids to match; {@link Ec2Query#all()} for every tag
   * @return the tags of the matching resources, each with its resource id and type
   * @throws io.hyperpod.prereqs.spi.CloudException when the call fails
   */
  List<TagDescription> describeTags(Ec2Query query);

  /**
   * DescribeVpcs; filters include {@code vpc-id}, {@code is-default}, {@code cidr}, tags.
   *
   * @param query the filters and ids to match
   * @return the matching VPCs; empty when none matches
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidVpcID.NotFound) for an id that does
   *     not exist
   */
  List<Vpc> describeVpcs(Ec2Query query);

  /**
   * CreateVpc with the tags; the VPC comes with a main route table and a {@code default} security
   * group. Fails with InvalidVpc.Range outside /16-/28, InvalidParameterValue for a bad block.
   *
   * @param cidrBlock the VPC's IPv4 block, e.g. {@code 10.0.0.0/16}
   * @param tags the tags of the new VPC
   * @return the new VPC, with its id ({@code vpc-} and 17 hex digits)
   * @throws io.hyperpod.prereqs.spi.MalformedException for a block AWS refuses
   */
  Vpc createVpc(String cidrBlock, Map<String, String> tags);

  /**
   * DescribeVpcAttribute of one boolean attribute.
   *
   * @param vpcId the VPC's id, {@code vpc-...}
   * @param attribute {@code enableDnsSupport} or {@code enableDnsHostnames}
   * @return the attribute's value
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidVpcID.NotFound) when there is no such
   *     VPC
   */
  boolean vpcAttribute(String vpcId, VpcAttribute attribute);

  /**
   * ModifyVpcAttribute of one boolean attribute.
   *
   * @param vpcId the VPC's id, {@code vpc-...}
   * @param attribute {@code enableDnsSupport} or {@code enableDnsHostnames}
   * @param value the attribute's new value
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidVpcID.NotFound) when there is no such
   *     VPC
   */
  void modifyVpcAttribute(String vpcId, VpcAttribute attribute, boolean value);

  /**
   * DeleteVpc, with its main route table and default security group; DependencyViolation while it
   * has subnets, other security groups, endpoints or other route tables.
   *
   * @param vpcId the VPC's id, {@code vpc-...}
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException while something still depends on
   *     it
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidVpcID.NotFound) when there is no such
   *     VPC
   */
  void deleteVpc(String vpcId);

  /**
   * DescribeSubnets; filters include {@code subnet-id}, {@code vpc-id}, {@code availability-zone},
   * {@code availability-zone-id}, tags.
   *
   * @param query the filters and ids to match
   * @return the matching subnets; empty when none matches
   */
  List<Subnet> describeSubnets(Ec2Query query);

  /**
   * CreateSubnet in the zone of this name ({@code us-west-2a}; the caller resolves an AZ id to the
   * account's name through {@link #describeAvailabilityZones()}). Fails with InvalidSubnet.Range
   * (outside the VPC's block or not /16-/28), InvalidSubnet.Conflict (overlaps another subnet),
   * InvalidParameterValue (no such zone), InvalidVpcID.NotFound.
   *
   * @param vpcId the VPC's id, {@code vpc-...}
   * @param cidrBlock the subnet's IPv4 block, e.g. {@code 10.0.0.0/20}
   * @param availabilityZone the zone's name in this account, e.g. {@code us-west-2a}
   * @param tags the tags of the new subnet
   * @return the new subnet, with its id ({@code subnet-} and 17 hex digits)
   */
  Subnet createSubnet(
      String vpcId, String cidrBlock, String availabilityZone, Map<String, String> tags);

  /**
   * DeleteSubnet; DependencyViolation while network interfaces (e.g. FSx's) are in it.
   *
   * @param subnetId the subnet's id, {@code subnet-...}
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException while network interfaces are in it
   */
  void deleteSubnet(String subnetId);

  /**
   * DescribeSecurityGroups with every group's rules (on AWS also DescribeSecurityGroupRules);
   * filters include {@code group-id}, {@code group-name}, {@code vpc-id}, tags.
   *
   * @param query the filters and ids to match
   * @return the matching groups with their rules
   */
  List<SecurityGroup> describeSecurityGroups(Ec2Query query);

  /**
   * CreateSecurityGroup in a VPC; it starts with one outbound rule, all traffic to 0.0.0.0/0.
   * Fails with InvalidGroup.Duplicate when the VPC has a group of that name.
   *
   * @param vpcId the VPC's id, {@code vpc-...}
   * @param groupName the group's name, unique in the VPC
   * @param description the group's description
   * @param tags the tags of the new group
   * @return the new group, with its id ({@code sg-} and 17 hex digits) and its outbound rule
   * @throws io.hyperpod.prereqs.spi.AlreadyExistsException (InvalidGroup.Duplicate) when the name
   *     is taken
   */
  SecurityGroup createSecurityGroup(
      String vpcId, String groupName, String description, Map<String, String> tags);

  /**
   * AuthorizeSecurityGroupIngress: adds all the permissions (tagged) or none; fails with
   * InvalidPermission.Duplicate when one exists already.
   *
   * @param groupId the group's id, {@code sg-...}
   * @param permissions the inbound traffic to allow
   * @param tags the tags of the new rules
   * @return the new rules, with their ids ({@code sgr-...})
   * @throws io.hyperpod.prereqs.spi.AlreadyExistsException (InvalidPermission.Duplicate) when a
   *     rule exists already
   */
  List<SecurityGroupRule> authorizeSecurityGroupIngress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags);

  /**
   * AuthorizeSecurityGroupEgress, as {@link #authorizeSecurityGroupIngress}.
   *
   * @param groupId the group's id, {@code sg-...}
   * @param permissions the outbound traffic to allow
   * @param tags the tags of the new rules
   * @return the new rules, with their ids ({@code sgr-...})
   * @throws io.hyperpod.prereqs.spi.AlreadyExistsException (InvalidPermission.Duplicate) when a
   *     rule exists already
   */
  List<SecurityGroupRule> authorizeSecurityGroupEgress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags);

  /**
   * RevokeSecurityGroupIngress of the rules with this traffic; InvalidPermission.NotFound when one
   * is not there.
   *
   * @param groupId the group's id, {@code sg-...}
   * @param permissions the inbound traffic whose rules go
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidPermission.NotFound) when a rule is
   *     not there
   */
  void revokeSecurityGroupIngress(String groupId, List<IpPermission> permissions);

  /**
   * RevokeSecurityGroupEgress, as {@link #revokeSecurityGroupIngress}.
   *
   * @param groupId the group's id, {@code sg-...}
   * @param permissions the outbound traffic whose rules go
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidPermission.NotFound) when a rule is
   *     not there
   */
  void revokeSecurityGroupEgress(String groupId, List<IpPermission> permissions);

  /**
   * DeleteSecurityGroup; DependencyViolation while a network interface uses it or another group's
   * rule refers to it, CannotDelete for a VPC's {@code default} group.
   *
   * @param groupId the group's id, {@code sg-...}
   * @throws io.hyperpod.prereqs.spi.DependencyViolationException while it is in use or referred to
   */
  void deleteSecurityGroup(String groupId);

  /**
   * DescribeRouteTables; filters include {@code route-table-id}, {@code vpc-id}, {@code
   * association.main}, {@code association.subnet-id}.
   *
   * @param query the filters and ids to match
   * @return the matching route tables with their routes and associations
   */
  List<RouteTable> describeRouteTables(Ec2Query query);

  /**
   * DescribeVpcEndpoints; filters include {@code vpc-endpoint-id}, {@code vpc-id}, {@code
   * service-name}, {@code vpc-endpoint-type}, tags.
   *
   * @param query the filters and ids to match
   * @return the matching endpoints
   */
  List<VpcEndpoint> describeVpcEndpoints(Ec2Query query);

  /**
   * CreateVpcEndpoint of type Gateway on these route tables, each of which gets a route to the
   * service's prefix list. The client token makes a retried request idempotent: the same token with
   * the same parameters answers the endpoint made the first time, with other parameters fails with
   * IdempotentParameterMismatch. Fails with RouteAlreadyExists when a table routes to the service
   * already, InvalidRouteTableID.NotFound, InvalidServiceName.
   *
   * @param vpcId the VPC's id, {@code vpc-...}
   * @param serviceName the service, e.g. {@code com.amazonaws.us-west-2.s3}
   * @param routeTableIds the route tables ({@code rtb-...}) that get the route
   * @param clientToken a unique token per logical request, reused on retries
   * @param tags the tags of the new endpoint
   * @return the endpoint, with its id ({@code vpce-} and 17 hex digits)
   */
  VpcEndpoint createGatewayEndpoint(
      String vpcId,
      String serviceName,
      Collection<String> routeTableIds,
      String clientToken,
      Map<String, String> tags);

  /**
   * ModifyVpcEndpoint: adds and removes route tables of a gateway endpoint.
   *
   * @param vpcEndpointId the endpoint's id, {@code vpce-...}
   * @param addRouteTableIds the route tables that get the endpoint's route
   * @param removeIds the route tables that lose it
   */
  void modifyGatewayEndpointRouteTables(
      String vpcEndpointId, Collection<String> addRouteTableIds, Collection<String> removeIds);

  /**
   * DeleteVpcEndpoints of one endpoint, with its routes; InvalidVpcEndpointId.NotFound.
   *
   * @param vpcEndpointId the endpoint's id, {@code vpce-...}
   * @throws io.hyperpod.prereqs.spi.NotFoundException (InvalidVpcEndpointId.NotFound) when there is
   *     no such endpoint
   */
  void deleteVpcEndpoint(String vpcEndpointId);

  /**
   * DescribePrefixLists: AWS-managed prefix lists of the region; filters {@code prefix-list-id},
   * {@code prefix-list-name}.
   *
   * @param query the filters and ids to match
   * @return the matching prefix lists
   */
  List<PrefixList> describePrefixLists(Ec2Query query);

  /**
   * CreateTags: adds or overwrites these tags on each resource.
   *
   * @param resourceIds the resources' ids, e.g. {@code vpc-...}, {@code sg-...}
   * @param tags the tags to set
   */
  void createTags(Collection<String> resourceIds, Map<String, String> tags);
}
