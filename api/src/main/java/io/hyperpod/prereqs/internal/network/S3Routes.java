package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.spi.ec2.Route;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import java.util.Optional;

/**
 * Whether a route table takes a private subnet's traffic to S3: a route to S3's prefix list through
 * a gateway endpoint, or a default route (0.0.0.0/0) to a NAT gateway. An internet gateway does not
 * count: HyperPod's interfaces in the VPC have no public addresses.
 */
public final class S3Routes {
  private S3Routes() {}

  public static boolean reachesS3(RouteTable table, Optional<String> s3PrefixListId) {
    return table.routes().stream().anyMatch(r -> toEndpoint(r, s3PrefixListId) || toNat(r));
  }

  private static boolean toEndpoint(Route r, Optional<String> s3PrefixListId) {
    return s3PrefixListId.isPresent()
        && r.destinationPrefixListId().equals(s3PrefixListId)
        && r.gatewayId().map(g -> g.startsWith("vpce-")).orElse(false)
        && r.state().equals("active");
  }

  private static boolean toNat(Route r) {
    return r.destinationCidrBlock().map("0.0.0.0/0"::equals).orElse(false)
        && r.natGatewayId().isPresent()
        && r.state().equals("active");
  }
}
