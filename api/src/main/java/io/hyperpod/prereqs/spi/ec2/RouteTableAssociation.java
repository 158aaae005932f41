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

  String routeTableId();

  Optional<String> subnetId();

  boolean main();

  static ImmutableRouteTableAssociation.Builder builder() {
    return ImmutableRouteTableAssociation.builder();
  }
}
