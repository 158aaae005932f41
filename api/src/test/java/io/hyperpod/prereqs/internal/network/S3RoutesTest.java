package io.hyperpod.prereqs.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.ec2.Route;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which route tables take a private subnet's traffic to S3. */
class S3RoutesTest {
  private static final Optional<String> S3 = Optional.of("pl-68a54001");
  private static final Route LOCAL =
      Route.builder()
          .destinationCidrBlock("10.0.0.0/16")
          .gatewayId("local")
          .origin("CreateRouteTable")
          .build();

  private static RouteTable table(Route... routes) {
    return RouteTable.builder()
        .routeTableId("rtb-0123456789abcdef0")
        .vpcId("vpc-1")
        .addRoutes(LOCAL)
        .addRoutes(routes)
        .build();
  }

  @Test
  void reachesS3_localRouteOnly_isFalse() {
    assertThat(S3Routes.reachesS3(table(), S3)).isFalse();
  }

  @Test
  void reachesS3_routeToS3sPrefixListThroughAnEndpoint_isTrue() {
    Route endpoint =
        Route.builder()
            .destinationPrefixListId("pl-68a54001")
            .gatewayId("vpce-0123456789abcdef0")
            .build();

    assertThat(S3Routes.reachesS3(table(endpoint), S3)).isTrue();
  }

  @Test
  void reachesS3_endpointRouteOfAnotherService_isFalse() {
    Route dynamo =
        Route.builder()
            .destinationPrefixListId("pl-00a54069")
            .gatewayId("vpce-0123456789abcdef0")
            .build();

    assertThat(S3Routes.reachesS3(table(dynamo), S3)).isFalse();
  }

  @Test
  void reachesS3_defaultRouteToANatGateway_isTrue() {
    Route nat =
        Route.builder()
            .destinationCidrBlock("0.0.0.0/0")
            .natGatewayId("nat-0123456789abcdef0")
            .build();

    assertThat(S3Routes.reachesS3(table(nat), S3)).isTrue();
  }

  @Test
  void reachesS3_defaultRouteToAnInternetGateway_isFalse() {
    Route igw =
        Route.builder()
            .destinationCidrBlock("0.0.0.0/0")
            .gatewayId("igw-0123456789abcdef0")
            .build();

    assertThat(S3Routes.reachesS3(table(igw), S3)).isFalse();
  }

  @Test
  void reachesS3_natRouteInBlackhole_isFalse() {
    Route nat =
        Route.builder()
            .destinationCidrBlock("0.0.0.0/0")
            .natGatewayId("nat-0123456789abcdef0")
            .state("blackhole")
            .build();

    assertThat(S3Routes.reachesS3(table(nat), S3)).isFalse();
  }

  @Test
  void lustrePorts_areTcp988And1018To1023() {
    assertThat(EfaRules.LUSTRE_PORTS).isEqualTo(List.of(988, 1018, 1019, 1020, 1021, 1022, 1023));
  }
}
