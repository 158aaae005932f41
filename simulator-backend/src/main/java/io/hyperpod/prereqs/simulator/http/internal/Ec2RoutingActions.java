package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Views;
import io.hyperpod.prereqs.simulator.internal.ec2.EndpointRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.RouteTableRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.RoutingOperations;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import java.util.Map;

/** EC2's route tables, gateway endpoints and managed prefix lists on the wire. */
final class Ec2RoutingActions {
  private Ec2RoutingActions() {}

  static void register(Ec2QueryService ec2) {
    ec2.action(
        "DescribeRouteTables",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "routeTableSet",
                ops(c).describeRouteTables(p.flatList("RouteTableId"), Ec2Params.filters(p)),
                RouteTableRecord::id,
                t -> Ec2Xml.routeTable(x, "item", Ec2Views.routeTable(t), c.accountId())));
    ec2.action(
        "CreateRouteTable",
        (p, c, x) ->
            Ec2Xml.routeTable(
                x,
                "routeTable",
                Ec2Views.routeTable(
                    ops(c).createRouteTable(p.get("VpcId"), Ec2Params.tagSpecifications(p))),
                c.accountId()));
    ec2.action(
        "AssociateRouteTable",
        (p, c, x) ->
            x.element(
                    "associationId",
                    ops(c).associateRouteTable(p.required("RouteTableId"), p.required("SubnetId")))
                .start("associationState")
                .element("state", "associated")
                .end());
    ec2.action(
        "CreateRoute",
        (p, c, x) -> {
          ops(c)
              .createRoute(
                  p.required("RouteTableId"),
                  p.required("DestinationCidrBlock"),
                  p.get("GatewayId"),
                  p.get("NatGatewayId"));
          Ec2QueryService.success(x);
        });
    ec2.action(
        "DescribeVpcEndpoints",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "vpcEndpointSet",
                ops(c).describeVpcEndpoints(p.flatList("VpcEndpointId"), Ec2Params.filters(p)),
                EndpointRecord::id,
                e -> Ec2Xml.endpoint(x, "item", Ec2Views.endpoint(e), c.accountId())));
    ec2.action(
        "CreateVpcEndpoint",
        (p, c, x) -> {
          EndpointRecord endpoint =
              ops(c)
                  .createVpcEndpoint(
                      p.get("VpcId"),
                      p.get("ServiceName"),
                      p.get("VpcEndpointType"),
                      p.flatList("RouteTableId"),
                      p.get("ClientToken"),
                      p.get("PolicyDocument"),
                      Ec2Params.tagSpecifications(p));
          Ec2Xml.endpoint(x, "vpcEndpoint", Ec2Views.endpoint(endpoint), c.accountId());
          x.element("clientToken", p.get("ClientToken"));
        });
    ec2.action(
        "ModifyVpcEndpoint",
        (p, c, x) -> {
          ops(c)
              .modifyVpcEndpoint(
                  p.required("VpcEndpointId"),
                  p.flatList("AddRouteTableId"),
                  p.flatList("RemoveRouteTableId"));
          Ec2QueryService.success(x);
        });
    ec2.action(
        "DeleteVpcEndpoints",
        (p, c, x) -> {
          Map<String, CloudException> failed =
              ops(c).deleteVpcEndpoints(p.flatList("VpcEndpointId"));
          x.start("unsuccessful");
          failed.forEach(
              (id, e) ->
                  x.start("item")
                      .start("error")
                      .element("code", e.errorCode())
                      .element("message", e.getMessage())
                      .end()
                      .element("resourceId", id)
                      .end());
          x.end();
        });
    ec2.action(
        "DescribePrefixLists",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "prefixListSet",
                ops(c).describePrefixLists(p.flatList("PrefixListId"), Ec2Params.filters(p)),
                PrefixList::prefixListId,
                l -> {
                  x.start("item")
                      .element("prefixListId", l.prefixListId())
                      .element("prefixListName", l.prefixListName());
                  Ec2Xml.strings(x, "cidrSet", l.cidrs());
                  x.end();
                }));
  }

  private static RoutingOperations ops(BackendContext context) {
    return new RoutingOperations(context);
  }
}
