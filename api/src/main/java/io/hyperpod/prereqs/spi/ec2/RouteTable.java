package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A route table of a VPC: its routes and which subnets (or the whole VPC, as main) it serves. */
@Value.Immutable
@ValueStyle
public interface RouteTable {
  /** {@return the route table's id, {@code rtb-} and 17 hex digits} */
  String routeTableId();

  /** {@return the id of the route table's VPC, {@code vpc-...}} */
  String vpcId();

  /** {@return the table's routes, the local one included} */
  List<Route> routes();

  /** {@return the table's associations: the main one and one per explicitly associated subnet} */
  List<RouteTableAssociation> associations();

  /** {@return the route table's tags} */
  Map<String, String> tags();

  /** {@return whether it is the VPC's main route table} */
  default boolean main() {
    return associations().stream().anyMatch(RouteTableAssociation::main);
  }

  /**
   * Whether the subnet is explicitly associated with it.
   *
   * @param subnetId the subnet's id, {@code subnet-...}
   * @return whether an association names the subnet
   */
  default boolean associatedWith(String subnetId) {
    return associations().stream().anyMatch(a -> a.subnetId().map(subnetId::equals).orElse(false));
  }

  /** {@return a new builder with no field set} */
  static ImmutableRouteTable.Builder builder() {
    return ImmutableRouteTable.builder();
  }
}
