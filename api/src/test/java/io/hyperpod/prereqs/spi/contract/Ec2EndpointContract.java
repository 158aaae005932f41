package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EC2 gateway endpoints, route tables and prefix lists: an S3 gateway endpoint routes its tables to
 * S3's prefix list, a client token makes creation idempotent, a table routes to S3 once. Part of
 * {@link CloudBackendContractTest}.
 */
public abstract class Ec2EndpointContract extends NetworkContractGroup {
  protected Ec2EndpointContract(CloudBackendContractTest suite) {
    super(suite);
  }

  private String s3() {
    return VpcEndpoint.s3ServiceName(backend().account().region());
  }

  private String s3PrefixList() {
    return ec2()
        .describePrefixLists(Ec2Query.filter("prefix-list-name", List.of(s3())))
        .get(0)
        .prefixListId();
  }

  private VpcEndpoint newEndpoint(Vpc vpc, List<String> tables, String token) {
    VpcEndpoint e = ec2().createGatewayEndpoint(vpc.vpcId(), s3(), tables, token, Map.of());
    afterTest(() -> ec2().deleteVpcEndpoint(e.vpcEndpointId()));
    return e;
  }

  @Test
  void describePrefixLists_s3_hasAnId() {
    List<PrefixList> lists =
        ec2().describePrefixLists(Ec2Query.filter("prefix-list-name", List.of(s3())));

    assertThat(lists)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.prefixListId()).startsWith("pl-");
              assertThat(p.prefixListName()).isEqualTo(s3());
            });
  }

  @Test
  void createGatewayEndpoint_s3_routesTheTableToS3sPrefixList() {
    Vpc vpc = newVpc("10.50.0.0/16");
    RouteTable main = mainRouteTable(vpc);

    VpcEndpoint e = newEndpoint(vpc, List.of(main.routeTableId()), unique("token"));

    assertThat(e.vpcEndpointId()).matches("vpce-[0-9a-f]{8,17}");
    assertThat(e.vpcEndpointType()).isEqualTo("Gateway");
    assertThat(e.routeTableIds()).containsExactly(main.routeTableId());
    assertThat(mainRouteTable(vpc).routes())
        .anySatisfy(
            r -> {
              assertThat(r.destinationPrefixListId()).hasValue(s3PrefixList());
              assertThat(r.gatewayId()).hasValue(e.vpcEndpointId());
            });
    assertThat(ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))))
        .extracting(VpcEndpoint::vpcEndpointId)
        .containsExactly(e.vpcEndpointId());
  }

  @Test
  void createGatewayEndpoint_sameTokenSameParameters_answersTheFirstEndpoint() {
    assumeNo(KnownDeviation.EC2_ENDPOINT_CLIENT_TOKEN_IGNORED);
    Vpc vpc = newVpc("10.51.0.0/16");
    List<String> tables = List.of(mainRouteTable(vpc).routeTableId());
    String token = unique("token");
    VpcEndpoint first = newEndpoint(vpc, tables, token);

    VpcEndpoint again = ec2().createGatewayEndpoint(vpc.vpcId(), s3(), tables, token, Map.of());

    assertThat(again.vpcEndpointId()).isEqualTo(first.vpcEndpointId());
    assertThat(ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))))
        .hasSize(1);
  }

  @Test
  void createGatewayEndpoint_sameTokenOtherParameters_failsWithIdempotentParameterMismatch() {
    assumeNo(KnownDeviation.EC2_ENDPOINT_CLIENT_TOKEN_IGNORED);
    Vpc vpc = newVpc("10.52.0.0/16");
    String token = unique("token");
    newEndpoint(vpc, List.of(mainRouteTable(vpc).routeTableId()), token);

    assertCloudError(
        () -> ec2().createGatewayEndpoint(vpc.vpcId(), s3(), List.of(), token, Map.of()),
        ConflictException.class,
        "IdempotentParameterMismatch",
        400);
  }

  @Test
  void createGatewayEndpoint_tableRoutesToS3Already_failsWithRouteAlreadyExists() {
    assumeNo(KnownDeviation.EC2_ENDPOINT_CONFLICTS_NOT_ENFORCED);
    Vpc vpc = newVpc("10.53.0.0/16");
    List<String> tables = List.of(mainRouteTable(vpc).routeTableId());
    newEndpoint(vpc, tables, unique("token"));

    assertCloudError(
        () -> ec2().createGatewayEndpoint(vpc.vpcId(), s3(), tables, unique("token"), Map.of()),
        AlreadyExistsException.class,
        "RouteAlreadyExists",
        400);
  }

  @Test
  void modifyGatewayEndpointRouteTables_addTable_routesItToS3() {
    assumeNo(KnownDeviation.EC2_MODIFY_ENDPOINT_ROUTES_NOT_MADE);
    Vpc vpc = newVpc("10.54.0.0/16");
    VpcEndpoint e = newEndpoint(vpc, List.of(), unique("token"));
    String main = mainRouteTable(vpc).routeTableId();

    ec2().modifyGatewayEndpointRouteTables(e.vpcEndpointId(), List.of(main), List.of());

    assertThat(
            ec2()
                .describeVpcEndpoints(Ec2Query.ids(List.of(e.vpcEndpointId())))
                .get(0)
                .routeTableIds())
        .containsExactly(main);
    assertThat(mainRouteTable(vpc).routes())
        .anySatisfy(r -> assertThat(r.gatewayId()).hasValue(e.vpcEndpointId()));
  }

  @Test
  void deleteVpcEndpoint_existing_takesItsRoutesAway() {
    Vpc vpc = newVpc("10.55.0.0/16");
    VpcEndpoint e =
        ec2()
            .createGatewayEndpoint(
                vpc.vpcId(),
                s3(),
                List.of(mainRouteTable(vpc).routeTableId()),
                unique("token"),
                Map.of());

    ec2().deleteVpcEndpoint(e.vpcEndpointId());

    assertThat(mainRouteTable(vpc).routes())
        .noneSatisfy(r -> assertThat(r.gatewayId()).hasValue(e.vpcEndpointId()));
    assumeNo(KnownDeviation.EC2_ENDPOINT_ID_FILTER_NOT_IMPLEMENTED);
    assertThat(
            ec2()
                .describeVpcEndpoints(
                    Ec2Query.filter("vpc-endpoint-id", List.of(e.vpcEndpointId()))))
        .isEmpty();
  }

  @Test
  void deleteVpc_withEndpoint_failsWithDependencyViolation() {
    assumeNo(KnownDeviation.EC2_ENDPOINT_CONFLICTS_NOT_ENFORCED);
    Vpc vpc = newVpc("10.56.0.0/16");
    newEndpoint(vpc, List.of(mainRouteTable(vpc).routeTableId()), unique("token"));

    assertCloudError(
        () -> ec2().deleteVpc(vpc.vpcId()),
        DependencyViolationException.class,
        "DependencyViolation",
        400);
  }

  @Test
  void deleteVpcEndpoint_unknown_failsWithInvalidVpcEndpointIdNotFound() {
    assumeNo(KnownDeviation.EC2_ENDPOINT_ID_FILTER_NOT_IMPLEMENTED);
    assertCloudError(
        () -> ec2().deleteVpcEndpoint("vpce-0123456789abcdef0"),
        NotFoundException.class,
        "InvalidVpcEndpointId.NotFound",
        400);
  }
}
