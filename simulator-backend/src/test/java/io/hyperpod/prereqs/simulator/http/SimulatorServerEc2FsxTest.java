package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DeleteVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.FileSystem;
import software.amazon.awssdk.services.fsx.model.FileSystemLifecycle;
import software.amazon.awssdk.services.fsx.model.FileSystemNotFoundException;
import software.amazon.awssdk.services.fsx.model.FileSystemType;
import software.amazon.awssdk.services.fsx.model.LustreDeploymentType;

/** EC2 (its query dialect) and FSx (JSON 1.1) served to the AWS SDK for Java v2. */
class SimulatorServerEc2FsxTest {
  static AwsSimulator simulator;
  static SimulatorServer server;
  static Ec2Client ec2;
  static FSxClient fsx;

  @BeforeAll
  static void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).clock(ServedClock.MANUAL).start();
    ec2 = SdkClients.ec2(server.endpoint());
    fsx = SdkClients.fsx(server.endpoint());
  }

  @AfterAll
  static void stop() {
    ec2.close();
    fsx.close();
    server.stop();
  }

  static String vpc(String cidr, String name) {
    return ec2.createVpc(
            r -> r.cidrBlock(cidr).tagSpecifications(tags(ResourceType.VPC, "Name", name)))
        .vpc()
        .vpcId();
  }

  static TagSpecification tags(ResourceType type, String key, String value) {
    return TagSpecification.builder()
        .resourceType(type)
        .tags(Tag.builder().key(key).value(value).build())
        .build();
  }

  static Filter filter(String name, String... values) {
    return Filter.builder().name(name).values(values).build();
  }

  @Test
  void describeAvailabilityZones_usWest2_namesZonesWithTheirIds() {
    List<AvailabilityZone> zones = ec2.describeAvailabilityZones().availabilityZones();

    assertThat(zones).isNotEmpty();
    assertThat(zones).allSatisfy(z -> assertThat(z.zoneId()).startsWith("usw2-az"));
    assertThat(zones).extracting(AvailabilityZone::regionName).containsOnly("us-west-2");
  }

  @Test
  void createVpc_thenDescribeByTag_findsItBesideTheDefaultVpc() {
    String id = vpc("10.1.0.0/16", "wire-vpc");

    assertThat(ec2.describeVpcs(r -> r.filters(filter("tag:Name", "wire-vpc"))).vpcs())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.vpcId()).isEqualTo(id).matches("vpc-[0-9a-f]{17}");
              assertThat(v.cidrBlock()).isEqualTo("10.1.0.0/16");
              assertThat(v.isDefault()).isFalse();
            });
    assertThat(ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs()).hasSize(1);
    assertThat(
            ec2.describeVpcAttribute(r -> r.vpcId(id).attribute("enableDnsSupport"))
                .enableDnsSupport()
                .value())
        .isTrue();
  }

  @Test
  void describeVpcs_unknownId_failsWithInvalidVpcIdNotFound400() {
    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(() -> ec2.describeVpcs(r -> r.vpcIds("vpc-0123456789abcdef0")))
        .satisfies(
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidVpcID.NotFound");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).isNotBlank();
            });
  }

  @Test
  void createSubnet_overlapping_failsWithInvalidSubnetConflict_andPagesWalkAllSubnets() {
    String vpcId = vpc("10.2.0.0/16", "wire-subnets");
    String zone = ec2.describeAvailabilityZones().availabilityZones().get(0).zoneId();
    for (int i = 0; i < 3; i++) {
      String cidr = "10.2." + (i * 16) + ".0/20";
      ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock(cidr).availabilityZoneId(zone));
    }

    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(
            () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.2.0.0/24")))
        .satisfies(
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSubnet.Conflict"));
    List<Subnet> paged =
        ec2.describeSubnetsPaginator(r -> r.maxResults(5)).subnets().stream()
            .collect(Collectors.toList());
    assertThat(paged.size()).isGreaterThan(5);
    assertThat(paged).extracting(Subnet::subnetId).doesNotHaveDuplicates();
    assertThat(paged)
        .filteredOn(s -> s.vpcId().equals(vpcId))
        .extracting(Subnet::availabilityZoneId)
        .containsOnly(zone);
  }

  @Test
  void securityGroup_selfReferencingRules_areDescribedAndDuplicatesRefused() {
    String groupId =
        ec2.createSecurityGroup(r -> r.groupName("wire-efa").description("EFA in the default VPC"))
            .groupId();
    IpPermission self =
        IpPermission.builder()
            .ipProtocol("-1")
            .userIdGroupPairs(p -> p.groupId(groupId))
            .build();

    ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(self));
    ec2.authorizeSecurityGroupEgress(r -> r.groupId(groupId).ipPermissions(self));

    SecurityGroup group =
        ec2.describeSecurityGroups(r -> r.groupIds(groupId)).securityGroups().get(0);
    assertThat(group.ipPermissions())
        .singleElement()
        .satisfies(p -> assertThat(p.userIdGroupPairs().get(0).groupId()).isEqualTo(groupId));
    assertThat(group.ipPermissionsEgress())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.ipProtocol()).isEqualTo("-1");
              assertThat(p.userIdGroupPairs()).extracting(g -> g.groupId()).containsExactly(groupId);
              assertThat(p.ipRanges()).extracting(r -> r.cidrIp()).containsExactly("0.0.0.0/0");
            });
    assertThat(
            ec2.describeSecurityGroupRules(r -> r.filters(filter("group-id", groupId)))
                .securityGroupRules())
        .hasSize(3);
    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(() -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId)
            .ipPermissions(self)))
        .satisfies(
            e ->
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("InvalidPermission.Duplicate"));
    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(
            () ->
                ec2.createSecurityGroup(r -> r.groupName("wire-efa").description("again")))
        .satisfies(
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidGroup.Duplicate"));
  }

  @Test
  void gatewayEndpoint_onTheMainRouteTable_addsThePrefixListRoute() {
    String vpcId =
        ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0).vpcId();
    String service = "com.amazonaws.us-west-2.s3";
    RouteTable main =
        ec2.describeRouteTables(
                r -> r.filters(filter("vpc-id", vpcId), filter("association.main", "true")))
            .routeTables()
            .get(0);

    VpcEndpoint endpoint =
        ec2.createVpcEndpoint(
                r ->
                    r.vpcId(vpcId)
                        .serviceName(service)
                        .vpcEndpointType("Gateway")
                        .routeTableIds(main.routeTableId()))
            .vpcEndpoint();

    String prefixList =
        ec2.describePrefixLists(r -> r.filters(filter("prefix-list-name", service)))
            .prefixLists()
            .get(0)
            .prefixListId();
    assertThat(endpoint.routeTableIds()).containsExactly(main.routeTableId());
    assertThat(
            ec2.describeRouteTables(r -> r.routeTableIds(main.routeTableId()))
                .routeTables()
                .get(0)
                .routes())
        .anySatisfy(
            route -> {
              assertThat(route.destinationPrefixListId()).isEqualTo(prefixList);
              assertThat(route.gatewayId()).isEqualTo(endpoint.vpcEndpointId());
            });
    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(
            () ->
                ec2.createVpcEndpoint(
                    r ->
                        r.vpcId(vpcId)
                            .serviceName(service)
                            .routeTableIds(main.routeTableId())))
        .satisfies(
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RouteAlreadyExists"));
  }

  @Test
  void deleteVpcEndpoints_unknownId_isReportedInsideA200() {
    DeleteVpcEndpointsResponse response =
        ec2.deleteVpcEndpoints(r -> r.vpcEndpointIds("vpce-0123456789abcdef0"));

    assertThat(response.unsuccessful())
        .singleElement()
        .satisfies(
            u -> assertThat(u.error().code()).isEqualTo("InvalidVpcEndpointId.NotFound"));
  }

  @Test
  void dryRun_answersDryRunOperation412() {
    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(() -> ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16").dryRun(true)))
        .satisfies(
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DryRunOperation");
              assertThat(e.statusCode()).isEqualTo(412);
            });
  }

  @Test
  void lustreFileSystem_createDescribeDelete_followsTheSimulatedClock() {
    String vpcId = vpc("10.5.0.0/16", "wire-fsx");
    String subnetId =
        ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.5.0.0/20")).subnet().subnetId();
    String groupId =
        ec2.createSecurityGroup(r -> r.vpcId(vpcId).groupName("wire-lustre").description("FSx"))
            .groupId();
    ec2.authorizeSecurityGroupIngress(
        r ->
            r.groupId(groupId)
                .ipPermissions(
                    IpPermission.builder()
                        .ipProtocol("-1")
                        .userIdGroupPairs(p -> p.groupId(groupId))
                        .build()));

    FileSystem created =
        fsx.createFileSystem(
                r ->
                    r.fileSystemType(FileSystemType.LUSTRE)
                        .storageCapacity(1200)
                        .subnetIds(subnetId)
                        .securityGroupIds(groupId)
                        .lustreConfiguration(
                            l ->
                                l.deploymentType(LustreDeploymentType.PERSISTENT_2)
                                    .perUnitStorageThroughput(250))
                        .tags(t -> t.key("stack").value("wire")))
            .fileSystem();
    simulator.clock().advance(Duration.ofMinutes(10));

    FileSystem described =
        fsx.describeFileSystems(r -> r.fileSystemIds(created.fileSystemId()))
            .fileSystems()
            .get(0);
    assertThat(created.lifecycle()).isEqualTo(FileSystemLifecycle.CREATING);
    assertThat(described.lifecycle()).isEqualTo(FileSystemLifecycle.AVAILABLE);
    assertThat(described.vpcId()).isEqualTo(vpcId);
    assertThat(described.lustreConfiguration().mountName()).isNotBlank();
    assertThat(fsx.listTagsForResource(r -> r.resourceARN(described.resourceARN())).tags())
        .extracting(t -> t.key() + "=" + t.value())
        .containsExactly("stack=wire");
    assertThatExceptionOfType(Ec2Exception.class)
        .isThrownBy(() -> ec2.deleteSubnet(r -> r.subnetId(subnetId)))
        .satisfies(
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DependencyViolation"));
    assertThat(
            fsx.deleteFileSystem(r -> r.fileSystemId(created.fileSystemId())).lifecycle())
        .isEqualTo(FileSystemLifecycle.DELETING);
    assertThatExceptionOfType(FileSystemNotFoundException.class)
        .isThrownBy(() -> fsx.describeFileSystems(r -> r.fileSystemIds("fs-0123456789abcdef0")));
  }
}
