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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@link Ec2Port} on the SDK's EC2 client; the client is made on the first call that needs it,
 * so a run that never uses EC2 makes none. The operations are not implemented yet: each fails
 * with an {@link UnsupportedOperationException} naming the EC2 operation.
 */
public final class AwsEc2Port implements Ec2Port {
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
    throw notYet("DescribeAvailabilityZones");
  }

  @Override
  public List<TagDescription> describeTags(Ec2Query query) {
    throw notYet("DescribeTags");
  }

  @Override
  public List<Vpc> describeVpcs(Ec2Query query) {
    throw notYet("DescribeVpcs");
  }

  @Override
  public Vpc createVpc(String cidrBlock, Map<String, String> tags) {
    throw notYet("CreateVpc");
  }

  @Override
  public boolean vpcAttribute(String vpcId, VpcAttribute attribute) {
    throw notYet("DescribeVpcAttribute");
  }

  @Override
  public void modifyVpcAttribute(String vpcId, VpcAttribute attribute, boolean value) {
    throw notYet("ModifyVpcAttribute");
  }

  @Override
  public void deleteVpc(String vpcId) {
    throw notYet("DeleteVpc");
  }

  @Override
  public List<Subnet> describeSubnets(Ec2Query query) {
    throw notYet("DescribeSubnets");
  }

  @Override
  public Subnet createSubnet(
      String vpcId, String cidrBlock, String availabilityZone, Map<String, String> tags) {
    throw notYet("CreateSubnet");
  }

  @Override
  public void deleteSubnet(String subnetId) {
    throw notYet("DeleteSubnet");
  }

  @Override
  public List<SecurityGroup> describeSecurityGroups(Ec2Query query) {
    throw notYet("DescribeSecurityGroups");
  }

  @Override
  public SecurityGroup createSecurityGroup(
      String vpcId, String groupName, String description, Map<String, String> tags) {
    throw notYet("CreateSecurityGroup");
  }

  @Override
  public List<SecurityGroupRule> authorizeSecurityGroupIngress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags) {
    throw notYet("AuthorizeSecurityGroupIngress");
  }

  @Override
  public List<SecurityGroupRule> authorizeSecurityGroupEgress(
      String groupId, List<IpPermission> permissions, Map<String, String> tags) {
    throw notYet("AuthorizeSecurityGroupEgress");
  }

  @Override
  public void revokeSecurityGroupIngress(String groupId, List<IpPermission> permissions) {
    throw notYet("RevokeSecurityGroupIngress");
  }

  @Override
  public void revokeSecurityGroupEgress(String groupId, List<IpPermission> permissions) {
    throw notYet("RevokeSecurityGroupEgress");
  }

  @Override
  public void deleteSecurityGroup(String groupId) {
    throw notYet("DeleteSecurityGroup");
  }

  @Override
  public List<RouteTable> describeRouteTables(Ec2Query query) {
    throw notYet("DescribeRouteTables");
  }

  @Override
  public List<VpcEndpoint> describeVpcEndpoints(Ec2Query query) {
    throw notYet("DescribeVpcEndpoints");
  }

  @Override
  public VpcEndpoint createGatewayEndpoint(
      String vpcId,
      String serviceName,
      Collection<String> routeTableIds,
      String clientToken,
      Map<String, String> tags) {
    throw notYet("CreateVpcEndpoint");
  }

  @Override
  public void modifyGatewayEndpointRouteTables(
      String vpcEndpointId, Collection<String> addRouteTableIds, Collection<String> removeIds) {
    throw notYet("ModifyVpcEndpoint");
  }

  @Override
  public void deleteVpcEndpoint(String vpcEndpointId) {
    throw notYet("DeleteVpcEndpoints");
  }

  @Override
  public List<PrefixList> describePrefixLists(Ec2Query query) {
    throw notYet("DescribePrefixLists");
  }

  @Override
  public void createTags(Collection<String> resourceIds, Map<String, String> tags) {
    throw notYet("CreateTags");
  }

  private static UnsupportedOperationException notYet(String operation) {
    return new UnsupportedOperationException(
        "ec2:" + operation + " is not implemented yet in the AWS backend");
  }
}
