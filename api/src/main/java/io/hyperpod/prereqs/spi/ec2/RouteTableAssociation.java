package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route table's association: with a subnet, or the main association that serves every subnet of
 * the VPC without one of its own.
 */
@Value.Immutable
@ValueStyle
public interface RouteTableAssociation {
  /** {@return {@code rtbassoc-...}} */
  String associationId();

  /** {@return the route table's id, {@code rtb-...}} */
  String routeTableId();

  /** {@return the associated subnet's id; empty for the main association} */
  Optional<String> subnetId();

  /** {@return whether it is the VPC's main association} */
  boolean main();

  /** {@return a new builder with no field set} */
  static ImmutableRouteTableAssociation.Builder builder() {
    return ImmutableRouteTableAssociation.builder();
  }
}
