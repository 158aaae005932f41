package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route of a route table: a destination (IPv4 block or prefix list) and a target ({@code local},
 * an internet gateway {@code igw-...} or gateway endpoint {@code vpce-...} as the gateway, or a NAT
 * gateway).
 */
@Value.Immutable
@ValueStyle
public interface Route {
  /**
   * {@return the destination IPv4 block, e.g. {@code 10.0.0.0/16}; empty for a prefix-list route}
   */
  Optional<String> destinationCidrBlock();

  /**
   * {@return the destination prefix list; an S3 gateway endpoint's routes go to S3's ({@code
   * pl-...})}
   */
  Optional<String> destinationPrefixListId();

  /**
   * {@code local}, {@code igw-...}, {@code vpce-...}, ...
   *
   * @return the gateway's id, or empty for a route to another kind of target
   */
  Optional<String> gatewayId();

  /** {@return {@code nat-...}} */
  Optional<String> natGatewayId();

  /** {@return {@code active} or {@code blackhole}} */
  @Value.Default
  default String state() {
    return "active";
  }

  /**
   * {@return {@code CreateRouteTable}, {@code CreateRoute} or {@code EnableVgwRoutePropagation}}
   */
  @Value.Default
  default String origin() {
    return "CreateRoute";
  }

  /** {@return a new builder with no field set} */
  static ImmutableRoute.Builder builder() {
    return ImmutableRoute.builder();
  }
}
