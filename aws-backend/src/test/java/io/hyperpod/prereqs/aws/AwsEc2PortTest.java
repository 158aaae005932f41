package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.action;
import static io.hyperpod.prereqs.aws.AwsWire.ec2Error;
import static io.hyperpod.prereqs.aws.AwsWire.ec2Result;
import static io.hyperpod.prereqs.aws.AwsWire.inTurn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsEc2PortTest {
  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private Ec2Port ec2;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    ec2 = backend.ec2();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private static String vpcItem(String id, String cidr) {
    return "<item><vpcId>"
        + id
        + "</vpcId><ownerId>123456789012</ownerId><state>available</state><cidrBlock>"
        + cidr
        + "</cidrBlock><isDefault>false</isDefault><tagSet><item><key>stack</key>"
        + "<value>demo</value></item></tagSet></item>";
  }

  @Test
  void describeVpcs_idsAndFilters_sendsIdListAndFilterValueLists() {
    wm.stubFor(
        action("DescribeVpcs")
            .willReturn(ec2Result("DescribeVpcs", "<vpcSet>" + vpcItem("vpc-1", "10.0.0.0/16") + "</vpcSet>")));

    List<Vpc> vpcs =
        ec2.describeVpcs(
            Ec2Query.ids(List.of("vpc-1", "vpc-2"))
                .and("tag:stack", List.of("demo"))
                .and("cidr", List.of("10.0.0.0/16", "10.1.0.0/16")));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("Authorization", containing("/us-west-2/ec2/aws4_request"))
            .withFormParam("Action", equalTo("DescribeVpcs"))
            .withFormParam("Version", equalTo("2016-11-15"))
            .withFormParam("VpcId.1", equalTo("vpc-1"))
            .withFormParam("VpcId.2", equalTo("vpc-2"))
            .withFormParam("Filter.1.Name", equalTo("tag:stack"))
            .withFormParam("Filter.1.Value.1", equalTo("demo"))
            .withFormParam("Filter.2.Name", equalTo("cidr"))
            .withFormParam("Filter.2.Value.1", equalTo("10.0.0.0/16"))
            .withFormParam("Filter.2.Value.2", equalTo("10.1.0.0/16")));
    assertThat(vpcs)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.vpcId()).isEqualTo("vpc-1");
              assertThat(v.cidrBlock()).isEqualTo("10.0.0.0/16");
              assertThat(v.state()).isEqualTo("available");
              assertThat(v.isDefault()).isFalse();
              assertThat(v.ownerId()).isEqualTo("123456789012");
              assertThat(v.tags()).containsEntry("stack", "demo");
            });
  }

  @Test
  void describeVpcs_emptyQuery_sendsNoIdsAndNoFilters() {
    wm.stubFor(action("DescribeVpcs").willReturn(ec2Result("DescribeVpcs", "<vpcSet/>")));

    assertThat(ec2.describeVpcs(Ec2Query.all())).isEmpty();

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("DescribeVpcs"))
            .withFormParam("VpcId.1", absent())
            .withFormParam("Filter.1.Name", absent()));
  }

  @Test
  void describeSubnets_twoPages_followsTheNextTokenAndCountsEachPage() {
    String subnet =
        "<item><subnetId>%s</subnetId><vpcId>vpc-1</vpcId><cidrBlock>10.0.%d.0/24</cidrBlock>"
            + "<availabilityZone>us-west-2b</availabilityZone><availabilityZoneId>usw2-az2"
            + "</availabilityZoneId><availableIpAddressCount>251</availableIpAddressCount>"
            + "<state>available</state><defaultForAz>false</defaultForAz>"
            + "<mapPublicIpOnLaunch>false</mapPublicIpOnLaunch></item>";
    wm.stubFor(
        action("DescribeSubnets")
            .withFormParam("NextToken", absent())
            .willReturn(
                ec2Result(
                    "DescribeSubnets",
                    "<subnetSet>"
                        + String.format(subnet, "subnet-1", 1)
                        + "</subnetSet><nextToken>page-2</nextToken>")));
    wm.stubFor(
        action("DescribeSubnets")
            .withFormParam("NextToken", equalTo("page-2"))
            .willReturn(
                ec2Result(
                    "DescribeSubnets",
                    "<subnetSet>" + String.format(subnet, "subnet-2", 2) + "</subnetSet>")));

    List<Subnet> subnets = ec2.describeSubnets(Ec2Query.filter("vpc-id", List.of("vpc-1")));

    assertThat(subnets).extracting(Subnet::subnetId).containsExactly("subnet-1", "subnet-2");
    assertThat(subnets.get(0).availabilityZoneId()).isEqualTo("usw2-az2");
    assertThat(subnets.get(0).availableIpAddressCount()).isEqualTo(251);
    assertThat(backend.callCounts().calls()).containsEntry("ec2:DescribeSubnets", 2L);
  }

  @Test
  void describeSecurityGroups_readsTheGroupsThenTheirRulesInOneCall() {
    wm.stubFor(
        action("DescribeSecurityGroups")
            .willReturn(
                ec2Result(
                    "DescribeSecurityGroups",
                    "<securityGroupInfo><item><ownerId>123456789012</ownerId><groupId>sg-1"
                        + "</groupId><groupName>efa</groupName><groupDescription>EFA"
                        + "</groupDescription><vpcId>vpc-1</vpcId></item><item><ownerId>"
                        + "123456789012</ownerId><groupId>sg-2</groupId><groupName>other"
                        + "</groupName><groupDescription>x</groupDescription><vpcId>vpc-1"
                        + "</vpcId></item></securityGroupInfo>")));
    wm.stubFor(
        action("DescribeSecurityGroupRules")
            .willReturn(
                ec2Result(
                    "DescribeSecurityGroupRules",
                    "<securityGroupRuleSet><item><securityGroupRuleId>sgr-1</securityGroupRuleId>"
                        + "<groupId>sg-1</groupId><isEgress>false</isEgress><ipProtocol>-1"
                        + "</ipProtocol><fromPort>-1</fromPort><toPort>-1</toPort>"
                        + "<referencedGroupInfo><groupId>sg-1</groupId></referencedGroupInfo>"
                        + "<tagSet><item><key>rule</key><value>self</value></item></tagSet>"
                        + "</item><item><securityGroupRuleId>sgr-2</securityGroupRuleId>"
                        + "<groupId>sg-2</groupId><isEgress>true</isEgress><ipProtocol>tcp"
                        + "</ipProtocol><fromPort>443</fromPort><toPort>443</toPort>"
                        + "<prefixListId>pl-68a54001</prefixListId></item>"
                        + "</securityGroupRuleSet>")));

    List<SecurityGroup> groups = ec2.describeSecurityGroups(Ec2Query.filter("vpc-id", List.of("vpc-1")));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("DescribeSecurityGroupRules"))
            .withFormParam("Filter.1.Name", equalTo("group-id"))
            .withFormParam("Filter.1.Value.1", equalTo("sg-1"))
            .withFormParam("Filter.1.Value.2", equalTo("sg-2")));
    assertThat(groups).extracting(SecurityGroup::groupId).containsExactly("sg-1", "sg-2");
    assertThat(groups.get(0).ingress())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ruleId()).isEqualTo("sgr-1");
              assertThat(r.permission()).isEqualTo(IpPermission.allWithGroup("sg-1"));
              assertThat(r.tags()).containsEntry("rule", "self");
            });
    assertThat(groups.get(1).egress())
        .extracting(SecurityGroupRule::permission)
        .containsExactly(IpPermission.tcpWithPrefixList(443, 443, "pl-68a54001"));
    assertThat(backend.callCounts().calls())
        .containsEntry("ec2:DescribeSecurityGroups", 1L)
        .containsEntry("ec2:DescribeSecurityGroupRules", 1L);
  }

  @Test
  void authorizeSecurityGroupIngress_sendsPermissionsAndRuleTags_returnsTheNewRules() {
    wm.stubFor(
        action("AuthorizeSecurityGroupIngress")
            .willReturn(
                ec2Result(
                    "AuthorizeSecurityGroupIngress",
                    "<return>true</return><securityGroupRuleSet><item><securityGroupRuleId>sgr-9"
                        + "</securityGroupRuleId><groupId>sg-1</groupId><isEgress>false"
                        + "</isEgress><ipProtocol>-1</ipProtocol><referencedGroupInfo><groupId>"
                        + "sg-1</groupId></referencedGroupInfo></item></securityGroupRuleSet>")));

    List<SecurityGroupRule> rules =
        ec2.authorizeSecurityGroupIngress(
            "sg-1", List.of(IpPermission.allWithGroup("sg-1")), Map.of("rule", "self"));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("GroupId", equalTo("sg-1"))
            .withFormParam("IpPermissions.1.IpProtocol", equalTo("-1"))
            .withFormParam("IpPermissions.1.Groups.1.GroupId", equalTo("sg-1"))
            .withFormParam("TagSpecification.1.ResourceType", equalTo("security-group-rule"))
            .withFormParam("TagSpecification.1.Tag.1.Key", equalTo("rule"))
            .withFormParam("TagSpecification.1.Tag.1.Value", equalTo("self")));
    assertThat(rules).extracting(SecurityGroupRule::ruleId).containsExactly("sgr-9");
  }

  @Test
  void createGatewayEndpoint_sendsTypeTablesAndClientToken() {
    wm.stubFor(
        action("CreateVpcEndpoint")
            .willReturn(
                ec2Result(
                    "CreateVpcEndpoint",
                    "<vpcEndpoint><vpcEndpointId>vpce-1</vpcEndpointId><vpcEndpointType>Gateway"
                        + "</vpcEndpointType><vpcId>vpc-1</vpcId><serviceName>"
                        + "com.amazonaws.us-west-2.s3</serviceName><state>available</state>"
                        + "<routeTableIdSet><item>rtb-1</item></routeTableIdSet>"
                        + "<creationTimestamp>2024-05-01T10:00:00.000Z</creationTimestamp>"
                        + "</vpcEndpoint><clientToken>token-1</clientToken>")));

    VpcEndpoint e =
        ec2.createGatewayEndpoint(
            "vpc-1", "com.amazonaws.us-west-2.s3", List.of("rtb-1"), "token-1", Map.of());

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withFormParam("Action", equalTo("CreateVpcEndpoint"))
            .withFormParam("VpcEndpointType", equalTo("Gateway"))
            .withFormParam("RouteTableId.1", equalTo("rtb-1"))
            .withFormParam("ClientToken", equalTo("token-1"))
            .withFormParam("TagSpecification.1.ResourceType", absent()));
    assertThat(e.vpcEndpointId()).isEqualTo("vpce-1");
    assertThat(e.routeTableIds()).containsExactly("rtb-1");
    assertThat(e.state()).isEqualTo("available");
  }

  @Test
  void describeRouteTables_parsesRoutesAndMainAssociation() {
    wm.stubFor(
        action("DescribeRouteTables")
            .willReturn(
                ec2Result(
                    "DescribeRouteTables",
                    "<routeTableSet><item><routeTableId>rtb-1</routeTableId><vpcId>vpc-1</vpcId>"
                        + "<routeSet><item><destinationCidrBlock>10.0.0.0/16"
                        + "</destinationCidrBlock><gatewayId>local</gatewayId><state>active"
                        + "</state><origin>CreateRouteTable</origin></item><item>"
                        + "<destinationPrefixListId>pl-1</destinationPrefixListId><gatewayId>"
                        + "vpce-1</gatewayId><state>active</state><origin>CreateRoute</origin>"
                        + "</item></routeSet><associationSet><item><routeTableAssociationId>"
                        + "rtbassoc-1</routeTableAssociationId><routeTableId>rtb-1"
                        + "</routeTableId><main>true</main></item></associationSet>"
                        + "</item></routeTableSet>")));

    List<RouteTable> tables =
        ec2.describeRouteTables(
            Ec2Query.filter("vpc-id", List.of("vpc-1")).and("association.main", List.of("true")));

    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.main()).isTrue();
      assertThat(t.routes()).hasSize(2);
      assertThat(t.routes().get(1).destinationPrefixListId()).hasValue("pl-1");
      assertThat(t.routes().get(1).gatewayId()).hasValue("vpce-1");
      assertThat(t.routes().get(0).origin()).isEqualTo("CreateRouteTable");
    });
  }

  @Test
  void deleteVpcEndpoint_unsuccessfulItem_failsWithItsCode() {
    wm.stubFor(
        action("DeleteVpcEndpoints")
            .willReturn(
                ec2Result(
                    "DeleteVpcEndpoints",
                    "<unsuccessful><item><error><code>InvalidVpcEndpointId.NotFound</code>"
                        + "<message>The VpcEndpoint Id 'vpce-9' does not exist</message></error>"
                        + "<resourceId>vpce-9</resourceId></item></unsuccessful>")));

    assertThatThrownBy(() -> ec2.deleteVpcEndpoint("vpce-9"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("InvalidVpcEndpointId.NotFound");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.getMessage()).contains("vpce-9");
            });
  }

  @Test
  void describeVpcs_throttledThenAnswered_succeedsAfterTheRetry() {
    inTurn(
        wm,
        () -> action("DescribeVpcs"),
        ec2Error(503, "RequestLimitExceeded", "Request limit exceeded."),
        ec2Result("DescribeVpcs", "<vpcSet>" + vpcItem("vpc-1", "10.0.0.0/16") + "</vpcSet>"));

    assertThat(ec2.describeVpcs(Ec2Query.all())).extracting(Vpc::vpcId).containsExactly("vpc-1");
    assertThat(backend.callCounts().calls()).containsEntry("ec2:DescribeVpcs", 1L);
    assertThat(backend.callCounts().attempts()).containsEntry("ec2:DescribeVpcs", 2L);
  }

  @Test
  void createVpc_answerLostOnTheWire_isSentOnce_andFailsForTheEngineToReadBack() {
    wm.stubFor(action("CreateVpc").willReturn(
        com.github.tomakehurst.wiremock.client.WireMock.aResponse()
            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> ec2.createVpc("10.0.0.0/16", Map.of("stack", "demo")))
        .isInstanceOfSatisfying(CloudException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ClientError"));
    wm.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateVpc")));
    assertThat(backend.callCounts().attempts()).containsEntry("ec2:CreateVpc", 1L);
  }

  @Test
  void createSubnet_answered500_isSentOnce() {
    wm.stubFor(action("CreateSubnet").willReturn(
        ec2Error(500, "InternalError", "An internal error has occurred")));

    assertThatThrownBy(() -> ec2.createSubnet("vpc-1", "10.0.0.0/17", "us-west-2a",
        Map.of("stack", "demo"))).isInstanceOf(CloudException.class);
    assertThat(backend.callCounts().attempts()).containsEntry("ec2:CreateSubnet", 1L);
  }

  @Test
  void describeVpcs_answerLostOnTheWire_isRetried() {
    inTurn(
        wm,
        () -> action("DescribeVpcs"),
        com.github.tomakehurst.wiremock.client.WireMock.aResponse()
            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER),
        ec2Result("DescribeVpcs", "<vpcSet>" + vpcItem("vpc-1", "10.0.0.0/16") + "</vpcSet>"));

    assertThat(ec2.describeVpcs(Ec2Query.all())).extracting(Vpc::vpcId).containsExactly("vpc-1");
    assertThat(backend.callCounts().attempts()).containsEntry("ec2:DescribeVpcs", 2L);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("InvalidVpcID.NotFound", NotFoundException.class),
        Arguments.of("InvalidSubnetID.NotFound", NotFoundException.class),
        Arguments.of("InvalidGroup.NotFound", NotFoundException.class),
        Arguments.of("InvalidGroup.Duplicate", AlreadyExistsException.class),
        Arguments.of("InvalidPermission.Duplicate", AlreadyExistsException.class),
        Arguments.of("InvalidPermission.NotFound", NotFoundException.class),
        Arguments.of("DependencyViolation", DependencyViolationException.class),
        Arguments.of("InvalidParameterValue", MalformedException.class),
        Arguments.of("InvalidSubnet.Conflict", ConflictException.class),
        Arguments.of("VpcLimitExceeded", LimitExceededException.class),
        Arguments.of("UnauthorizedOperation", AccessDeniedException.class),
        Arguments.of("OptInRequired", AccessDeniedException.class),
        Arguments.of("InvalidVpcEndpointId.NotFound", NotFoundException.class));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void deleteVpc_ec2Error_becomesItsSpiException(
      String code, Class<? extends CloudException> type) {
    wm.stubFor(action("DeleteVpc").willReturn(ec2Error(400, code, "refused")));

    assertThatThrownBy(() -> ec2.deleteVpc("vpc-1"))
        .isInstanceOfSatisfying(
            type,
            e -> {
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).hasValue("req-" + code);
              assertThat(e.getMessage()).contains("EC2 DeleteVpc for VPC vpc-1");
            });
  }

  @Test
  void deleteVpc_throttledEveryTime_failsWithThrottledAfterTheAttempts() {
    wm.stubFor(action("DeleteVpc").willReturn(ec2Error(503, "RequestLimitExceeded", "slow down")));

    assertThatThrownBy(() -> ec2.deleteVpc("vpc-1")).isInstanceOf(ThrottledException.class);
    assertThat(backend.callCounts().attempts()).containsEntry("ec2:DeleteVpc", 3L);
  }
}
