package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A route table of a VPC: its routes and which subnets (or the whole VPC, as main) it serves. */
@Value.Immutable
@ValueStyle
public interface RouteTable {
  String routeTableId();

  String vpcId();

  List<Route> routes();

  List<RouteTableAssociation> associations();

  Map<String, String> tags();

  /** {@return whether it is the VPC's main route table} */
  default boolean main() {
    return associations().stream().anyMatch(RouteTableAssociation::main);
  }

  /** Whether the subnet is explicitly associated with it. */
  default boolean associatedWith(String subnetId) {
    return associations().stream().anyMatch(a -> a.subnetId().map(subnetId::equals).orElse(false));
  }

  static ImmutableRouteTable.Builder builder() {
    return ImmutableRouteTable.builder();
  }
}
