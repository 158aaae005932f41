package io.hyperpod.prereqs.spec;

import static io.hyperpod.prereqs.spec.ValidSpecs.withNetwork;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on the custom VPC: VPC, AZ id, subnets, security group, S3 endpoint. */
class NetworkRulesTest extends RuleTableTest {
  private static final VpcRef EXISTING_VPC = VpcRef.id("vpc-0123456789abcdef0");

  static Stream<Arguments> broken() {
    return Stream.of(
        trips(
            "VPC with neither id nor create",
            withNetwork(n -> n.withVpc(VpcRef.builder().build())),
            "network.vpc",
            "has neither id nor create"),
        trips(
            "VPC with both id and create",
            withNetwork(
                n ->
                    n.withVpc(
                        VpcRef.builder()
                            .id("vpc-0123456789abcdef0")
                            .create(VpcRef.VpcCreate.builder().cidr("10.0.0.0/16").build())
                            .build())),
            "network.vpc",
            "has both id and create"),
        trips(
            "VPC id too short",
            withNetwork(
                n ->
                    n.withVpc(VpcRef.id("vpc-123"))
                        .withSubnets(SubnetRef.id("subnet-0123456789abcdef0"))),
            "network.vpc.id",
            "8 or 17 lowercase hex"),
        trips(
            "VPC id in capitals",
            withNetwork(
                n ->
                    n.withVpc(VpcRef.id("vpc-0123456789ABCDEF0"))
                        .withSubnets(SubnetRef.id("subnet-0123456789abcdef0"))),
            "network.vpc.id",
            "lowercase hex"),
        trips(
            "VPC block /8",
            vpcCidr("10.0.0.0/8"),
            "network.vpc.create.cidr",
            "/16 (65,536 addresses) to /28"),
        trips(
            "VPC block /29",
            vpcCidr("10.0.0.0/29"),
            "network.vpc.create.cidr",
            "/16 (65,536 addresses) to /28"),
        trips(
            "VPC block with host bits",
            vpcCidr("10.0.0.1/16"),
            "network.vpc.create.cidr",
            "would be 10.0.0.0/16"),
        trips(
            "VPC block of three parts",
            vpcCidr("10.0.0/16"),
            "network.vpc.create.cidr",
            "not an IPv4 CIDR"),
        trips(
            "VPC block with 300",
            vpcCidr("300.0.0.0/16"),
            "network.vpc.create.cidr",
            "each part is 0-255"),
        trips(
            "VPC block with a leading zero",
            vpcCidr("010.0.0.0/16"),
            "network.vpc.create.cidr",
            "not an IPv4 CIDR"),
        trips(
            "AZ name instead of AZ id",
            az("us-west-2a"),
            "network.availabilityZoneId",
            "is an AZ name"),
        trips(
            "AZ id of another region",
            az("use1-az1"),
            "network.availabilityZoneId",
            "the AZ ids of us-west-2 start with usw2-"),
        trips(
            "AZ id without dash",
            az("usw2az2"),
            "network.availabilityZoneId",
            "not an AZ id such as usw2-az1"),
        trips("no subnet", withNetwork(n -> n.withSubnets()), "network.subnets", "needs a subnet"),
        trips(
            "17 subnets",
            withNetwork(
                n ->
                    n.withSubnets(
                        IntStream.range(0, 17)
                            .mapToObj(i -> SubnetRef.create("10.0." + i + ".0/24"))
                            .toList())),
            "network.subnets",
            "more than 16"),
        trips(
            "subnet with neither id nor create",
            withNetwork(n -> n.withSubnets(SubnetRef.builder().build())),
            "network.subnets[0]",
            "has neither id nor create"),
        trips(
            "subnet id malformed",
            withNetwork(n -> n.withVpc(EXISTING_VPC).withSubnets(SubnetRef.id("subnet-xyz"))),
            "network.subnets[0].id",
            "subnet- followed by 8 or 17"),
        trips(
            "existing subnet in a VPC to create",
            withNetwork(n -> n.withSubnets(SubnetRef.id("subnet-0123456789abcdef0"))),
            "network.subnets[0].id",
            "belongs to another VPC"),
        trips(
            "subnet outside the VPC",
            subnets("10.1.0.0/20"),
            "network.subnets[0].create.cidr",
            "not inside the VPC's block 10.0.0.0/16"),
        trips(
            "subnets overlapping",
            subnets("10.0.0.0/20", "10.0.8.0/24"),
            "network.subnets[1].create.cidr",
            "overlaps network.subnets[0] (10.0.0.0/20)"),
        trips(
            "subnet block /29",
            subnets("10.0.0.0/29"),
            "network.subnets[0].create.cidr",
            "/16 (65,536"),
        trips(
            "security group with neither id nor create",
            withNetwork(n -> n.withSecurityGroup(SecurityGroupRef.builder().build())),
            "network.securityGroup",
            "has neither id nor create"),
        trips(
            "security group id malformed",
            withNetwork(
                n -> n.withVpc(EXISTING_VPC).withSecurityGroup(SecurityGroupRef.id("sg-xyz"))),
            "network.securityGroup.id",
            "sg- followed by 8 or 17"),
        trips(
            "existing security group in a VPC to create",
            withNetwork(n -> n.withSecurityGroup(SecurityGroupRef.id("sg-0123456789abcdef0"))),
            "network.securityGroup.id",
            "belongs to another VPC"),
        trips(
            "security group name default (every VPC has one)",
            sgName("default"),
            "network.securityGroup.create.name",
            "InvalidGroup.Duplicate"),
        trips(
            "security group name starting with sg-",
            sgName("sg-efa"),
            "network.securityGroup.create.name",
            "keeps for security group ids"),
        trips(
            "empty security group name",
            sgName(""),
            "network.securityGroup.create.name",
            "1 to 255"),
        trips(
            "security group name of 256 characters",
            sgName("s".repeat(256)),
            "network.securityGroup.create.name",
            "1 to 255"),
        trips(
            "security group name with %",
            sgName("efa%"),
            "network.securityGroup.create.name",
            "does not take in a security group name"),
        trips(
            "bucket restricted to the VPC without an endpoint",
            withNetwork(n -> n.withS3GatewayEndpoint(false).withRestrictBucketToVpc(true)),
            "network.restrictBucketToVpc",
            "needs s3GatewayEndpoint: true"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes(
            "existing VPC (8 hex), subnet and security group",
            withNetwork(
                n ->
                    n.withVpc(VpcRef.id("vpc-0a1b2c3d"))
                        .withSubnets(SubnetRef.id("subnet-0a1b2c3d"))
                        .withSecurityGroup(SecurityGroupRef.id("sg-0a1b2c3d")))),
        passes(
            "existing VPC with a subnet to create",
            withNetwork(
                n -> n.withVpc(EXISTING_VPC).withSubnets(SubnetRef.create("172.31.128.0/20")))),
        passes("two subnets side by side", subnets("10.0.0.0/20", "10.0.16.0/20")),
        passes("subnet as large as the VPC", subnets("10.0.0.0/16")),
        passes(
            "VPC and subnet /28",
            withNetwork(
                n ->
                    n.withVpc(VpcRef.create("10.0.0.0/28"))
                        .withSubnets(SubnetRef.create("10.0.0.0/28")))),
        passes("security group name with signs", sgName("efa group (demo) #1")),
        passes("another AZ id of the region", az("usw2-az4")),
        passes(
            "AZ id of another region with that region",
            ValidSpecs.withNetwork(n -> n.withAvailabilityZoneId("use1-az6"))
                .withRegion("us-east-1")),
        passes(
            "no endpoint and no restriction",
            withNetwork(n -> n.withS3GatewayEndpoint(false).withRestrictBucketToVpc(false))));
  }

  private static HyperPodPrerequisites vpcCidr(String cidr) {
    return withNetwork(n -> n.withVpc(VpcRef.create(cidr)));
  }

  private static HyperPodPrerequisites az(String azId) {
    return withNetwork(n -> n.withAvailabilityZoneId(azId));
  }

  private static HyperPodPrerequisites subnets(String... cidrs) {
    return withNetwork(n -> n.withSubnets(Stream.of(cidrs).map(SubnetRef::create).toList()));
  }

  private static HyperPodPrerequisites sgName(String name) {
    return withNetwork(n -> n.withSecurityGroup(SecurityGroupRef.create(name)));
  }
}
