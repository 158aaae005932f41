package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Filters.Filterable;
import io.hyperpod.prereqs.simulator.internal.ec2.RouteTableRecord.AssociationRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.RouteTableRecord.RouteRecord;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * EC2's route tables, gateway endpoints and AWS-managed prefix lists with AWS's semantics: a
 * gateway endpoint adds a route to its service's prefix list ({@code pl-...}) to each of its route
 * tables and takes it away again; a table routes to a prefix list once (RouteAlreadyExists); a
 * client token makes creation idempotent (IdempotentParameterMismatch when the parameters differ).
 * Use inside a {@link BackendContext#call}; the HTTP front calls these too.
 */
public final class RoutingOperations {
  static final String GATEWAY = "Gateway";

  /** The endpoint policy AWS gives a gateway endpoint when the request names none. */
  static final String FULL_ACCESS_POLICY =
      "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
          + "\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private static final Filterable<RouteTableRecord> TABLE_FILTERS =
      new Filterable<>(
          Set.of(
              "route-table-id",
              "vpc-id",
              "association.main",
              "association.subnet-id",
              "association.route-table-association-id",
              "route.destination-prefix-list-id",
              "route.destination-cidr-block",
              "route.gateway-id",
              "route.nat-gateway-id",
              "owner-id"),
          t ->
              Map.of(
                  "route-table-id", List.of(t.id),
                  "vpc-id", List.of(t.vpcId),
                  "association.main", List.of(String.valueOf(t.main())),
                  "association.subnet-id", values(t.associations.stream().map(a -> a.subnetId)),
                  "association.route-table-association-id",
                      values(t.associations.stream().map(a -> a.associationId)),
                  "route.destination-prefix-list-id",
                      values(t.routes.stream().map(r -> r.destinationPrefixListId)),
                  "route.destination-cidr-block",
                      values(t.routes.stream().map(r -> r.destinationCidrBlock)),
                  "route.gateway-id", values(t.routes.stream().map(r -> r.gatewayId)),
                  "route.nat-gateway-id", values(t.routes.stream().map(r -> r.natGatewayId)),
                  "owner-id", List.of(t.ownerId)));

  private static final Filterable<EndpointRecord> ENDPOINT_FILTERS =
      new Filterable<>(
          Set.of(
              "vpc-endpoint-id",
              "vpc-id",
              "service-name",
              "vpc-endpoint-type",
              "vpc-endpoint-state"),
          e ->
              Map.of(
                  "vpc-endpoint-id", List.of(e.id),
                  "vpc-id", List.of(e.vpcId),
                  "service-name", List.of(e.serviceName),
                  "vpc-endpoint-type", List.of(e.type),
                  "vpc-endpoint-state", List.of(e.state)));

  private static final Filterable<PrefixList> PREFIX_LIST_FILTERS =
      new Filterable<>(
          Set.of("prefix-list-id", "prefix-list-name"),
          p ->
              Map.of(
                  "prefix-list-id", List.of(p.prefixListId()),
                  "prefix-list-name", List.of(p.prefixListName())));

  private final Ec2Operations ec2;
  private final Ec2Store store;

  public RoutingOperations(BackendContext context) {
    this.ec2 = new Ec2Operations(context);
    this.store = ec2.store();
  }

  // ---- prefix lists -----------------------------------------------------------------------

  /** The prefix lists of the services with gateway endpoints (S3, DynamoDB) in a region. */
  public static List<PrefixList> managedPrefixLists(String region) {
    return List.of(
        prefixList(region, "s3", List.of("3.5.0.0/19", "52.216.0.0/15")),
        prefixList(region, "dynamodb", List.of("3.218.0.0/17", "52.94.0.0/22")));
  }

  private static PrefixList prefixList(String region, String service, List<String> cidrs) {
    String name = "com.amazonaws." + region + "." + service;
    String hex = HexFormat.of().toHexDigits(name.hashCode());
    return PrefixList.builder().prefixListId("pl-" + hex).prefixListName(name).cidrs(cidrs).build();
  }

  public List<PrefixList> describePrefixLists(
      Collection<String> ids, Map<String, List<String>> filters) {
    List<PrefixList> all = managedPrefixLists(ec2.context().region());
    for (String id : ids) {
      if (all.stream().noneMatch(p -> p.prefixListId().equals(id))) {
        throw AwsError.EC2_PREFIX_LIST_NOT_FOUND.exception(
            "The prefix list ID '" + id + "' does not exist");
      }
    }
    Collection<PrefixList> scope =
        ids.isEmpty() ? all : all.stream().filter(p -> ids.contains(p.prefixListId())).toList();
    return Ec2Filters.selectPlain(scope, filters, PREFIX_LIST_FILTERS);
  }

  // ---- route tables -----------------------------------------------------------------------

  public List<RouteTableRecord> describeRouteTables(
      Collection<String> ids, Map<String, List<String>> filters) {
    return Ec2Filters.describe(ids, store.routeTables.values(), this::routeTable, filters, TABLE_FILTERS);
  }

  public RouteTableRecord routeTable(String id) {
    Ec2Inputs.id(id, "rtb-", AwsError.EC2_ROUTE_TABLE_MALFORMED);
    RouteTableRecord table = store.routeTables.get(id);
    if (table == null) {
      throw routeTableNotFound(id);
    }
    return table;
  }

  static RuntimeException routeTableNotFound(String id) {
    return AwsError.EC2_ROUTE_TABLE_NOT_FOUND.exception(
        "The routeTable ID '" + id + "' does not exist");
  }

  /** A route table of the VPC with its local route. */
  public RouteTableRecord createRouteTable(String vpcId, Map<String, String> tags) {
    VpcRecord vpc = ec2.vpc(vpcId);
    Ec2Inputs.tags(tags);
    RouteTableRecord table = new RouteTableRecord();
    table.id = ec2.newId("rtb-");
    table.vpcId = vpcId;
    table.ownerId = ec2.accountId();
    table.tags.putAll(tags);
    RouteRecord local = new RouteRecord();
    local.destinationCidrBlock = vpc.cidrBlock;
    local.gatewayId = "local";
    local.origin = "CreateRouteTable";
    table.routes.add(local);
    store.routeTables.put(table.id, table);
    return table;
  }

  /**
   * Associates a subnet of the table's VPC with the table (taking it from a table it was associated
   * with); answers the association id.
   */
  public String associateRouteTable(String routeTableId, String subnetId) {
    RouteTableRecord table = routeTable(routeTableId);
    SubnetRecord subnet = ec2.subnet(subnetId);
    if (!subnet.vpcId.equals(table.vpcId)) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "route table "
              + routeTableId
              + " and subnet "
              + subnetId
              + " belong to different"
              + " networks");
    }
    store
        .routeTables
        .values()
        .forEach(t -> t.associations.removeIf(a -> subnetId.equals(a.subnetId)));
    AssociationRecord association = new AssociationRecord();
    association.associationId = ec2.newId("rtbassoc-");
    association.subnetId = subnetId;
    table.associations.add(association);
    return association.associationId;
  }

  /**
   * A route to a block through a gateway ({@code igw-...}) or a NAT gateway ({@code nat-...}). The
   * simulator keeps no gateways: it checks the target's form only.
   */
  public void createRoute(
      String routeTableId, String destinationCidr, String gatewayId, String natGatewayId) {
    RouteTableRecord table = routeTable(routeTableId);
    Ipv4Block destination =
        Ipv4Block.parse(destinationCidr)
            .orElseThrow(
                () ->
                    AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                        "Value ("
                            + destinationCidr
                            + ") for parameter destinationCidrBlock is"
                            + " invalid"));
    if ((gatewayId == null) == (natGatewayId == null)) {
      throw AwsError.EC2_INVALID_PARAMETER_COMBINATION.exception(
          "A route names exactly one target (GatewayId or NatGatewayId)");
    }
    if (table.routes.stream()
        .anyMatch(r -> destination.toString().equals(r.destinationCidrBlock))) {
      throw AwsError.EC2_ROUTE_ALREADY_EXISTS.exception(
          "The route identified by " + destination + " already exists.");
    }
    RouteRecord route = new RouteRecord();
    route.destinationCidrBlock = destination.toString();
    route.gatewayId = gatewayId;
    route.natGatewayId = natGatewayId;
    route.origin = "CreateRoute";
    table.routes.add(route);
  }

  /**
   * A route table of its own for the subnet, in its VPC, routing {@code 0.0.0.0/0} to a NAT
   * gateway; answers the table's id.
   */
  public String routeThroughNatGateway(String subnetId, String natGatewayId) {
    String table = ownRouteTable(subnetId);
    createRoute(table, "0.0.0.0/0", null, natGatewayId);
    return table;
  }

  /**
   * A route table of its own for the subnet, in its VPC, with only the VPC's local route; answers
   * the table's id.
   */
  public String ownRouteTable(String subnetId) {
    String table = createRouteTable(ec2.subnet(subnetId).vpcId, Map.of()).id();
    associateRouteTable(table, subnetId);
    return table;
  }

  // ---- gateway endpoints ------------------------------------------------------------------

  public List<EndpointRecord> describeVpcEndpoints(
      Collection<String> ids, Map<String, List<String>> filters) {
    return Ec2Filters.describe(ids, store.endpoints.values(), this::endpoint, filters, ENDPOINT_FILTERS);
  }

  public EndpointRecord endpoint(String id) {
    Ec2Inputs.id(id, "vpce-", AwsError.EC2_ENDPOINT_MALFORMED);
    EndpointRecord endpoint = store.endpoints.get(id);
    if (endpoint == null) {
      throw endpointNotFound(id);
    }
    return endpoint;
  }

  static RuntimeException endpointNotFound(String id) {
    return AwsError.EC2_ENDPOINT_NOT_FOUND.exception(
        "The Vpc Endpoint Id '" + id + "' does not exist");
  }

  /**
   * A gateway endpoint on these route tables (type {@code Gateway}; the only type the simulator
   * has). A repeated client token answers the first endpoint when the parameters match.
   */
  public EndpointRecord createVpcEndpoint(
      String vpcId,
      String serviceName,
      String type,
      Collection<String> routeTableIds,
      String clientToken,
      String policyDocument,
      Map<String, String> tags) {
    Ec2Inputs.required("VpcId", vpcId);
    Ec2Inputs.required("ServiceName", serviceName);
    String endpointType = type == null ? GATEWAY : type;
    Set<String> tables = new LinkedHashSet<>(routeTableIds);
    if (clientToken != null) {
      if (clientToken.length() > 64) {
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "ClientToken is at most 64 characters");
      }
      EndpointRecord earlier =
          store.endpoints.values().stream()
              .filter(e -> clientToken.equals(e.clientToken))
              .findFirst()
              .orElse(null);
      if (earlier != null) {
        boolean same =
            earlier.vpcId.equals(vpcId)
                && earlier.serviceName.equals(serviceName)
                && earlier.type.equals(endpointType)
                && new LinkedHashSet<>(earlier.routeTableIds).equals(tables);
        if (!same) {
          throw AwsError.EC2_IDEMPOTENT_PARAMETER_MISMATCH.exception(
              "The client token "
                  + clientToken
                  + " was used before with other parameters"
                  + " (endpoint "
                  + earlier.id
                  + ")");
        }
        return earlier;
      }
    }
    ec2.vpc(vpcId);
    if (!endpointType.equals(GATEWAY)) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "VpcEndpointType " + endpointType + " is not simulated; use Gateway");
    }
    PrefixList prefixList = servicePrefixList(serviceName);
    List<RouteTableRecord> resolved = tables.stream().map(id -> tableInVpc(id, vpcId)).toList();
    resolved.forEach(t -> checkNoRouteTo(t, prefixList.prefixListId()));
    Ec2Inputs.tags(tags);

    EndpointRecord endpoint = new EndpointRecord();
    endpoint.id = ec2.newId("vpce-");
    endpoint.vpcId = vpcId;
    endpoint.serviceName = serviceName;
    endpoint.type = endpointType;
    endpoint.state = "available";
    endpoint.policyDocument = policyDocument == null ? FULL_ACCESS_POLICY : policyDocument;
    endpoint.clientToken = clientToken;
    endpoint.creationTimestamp = ec2.context().now();
    endpoint.ownerId = ec2.accountId();
    endpoint.tags.putAll(tags);
    store.endpoints.put(endpoint.id, endpoint);
    resolved.forEach(t -> addEndpointRoute(endpoint, t, prefixList.prefixListId()));
    return endpoint;
  }

  /** Adds and removes route tables of a gateway endpoint, with their routes. */
  public void modifyVpcEndpoint(
      String endpointId, Collection<String> addRouteTableIds, Collection<String> removeIds) {
    EndpointRecord endpoint = endpoint(endpointId);
    String prefixListId = servicePrefixList(endpoint.serviceName).prefixListId();
    List<RouteTableRecord> adding =
        addRouteTableIds.stream()
            .filter(id -> !endpoint.routeTableIds.contains(id))
            .map(id -> tableInVpc(id, endpoint.vpcId))
            .toList();
    adding.forEach(t -> checkNoRouteTo(t, prefixListId));
    List<RouteTableRecord> removing = removeIds.stream().map(this::routeTable).toList();
    adding.forEach(t -> addEndpointRoute(endpoint, t, prefixListId));
    for (RouteTableRecord t : removing) {
      t.routes.removeIf(r -> endpoint.id.equals(r.gatewayId));
      endpoint.routeTableIds.remove(t.id);
    }
  }

  /**
   * Deletes the endpoints with their routes; like AWS, answers the ids that could not be deleted
   * with their errors instead of failing.
   */
  public Map<String, CloudException> deleteVpcEndpoints(Collection<String> endpointIds) {
    Map<String, CloudException> unsuccessful = new LinkedHashMap<>();
    for (String id : endpointIds) {
      try {
        EndpointRecord endpoint = endpoint(id);
        store.routeTables.values().forEach(t -> t.routes.removeIf(r -> id.equals(r.gatewayId)));
        store.endpoints.remove(endpoint.id);
      } catch (CloudException e) {
        unsuccessful.put(id, e);
      }
    }
    return unsuccessful;
  }

  private PrefixList servicePrefixList(String serviceName) {
    return managedPrefixLists(ec2.context().region()).stream()
        .filter(p -> p.prefixListName().equals(serviceName))
        .findFirst()
        .orElseThrow(
            () ->
                AwsError.EC2_SERVICE_NAME.exception(
                    "The Vpc Endpoint Service '" + serviceName + "' does not exist"));
  }

  private RouteTableRecord tableInVpc(String id, String vpcId) {
    RouteTableRecord table = routeTable(id);
    if (!table.vpcId.equals(vpcId)) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "route table " + id + " is in " + table.vpcId + ", not in " + vpcId);
    }
    return table;
  }

  private static void checkNoRouteTo(RouteTableRecord table, String prefixListId) {
    if (table.routes.stream().anyMatch(r -> prefixListId.equals(r.destinationPrefixListId))) {
      throw AwsError.EC2_ROUTE_ALREADY_EXISTS.exception(
          "The route identified by "
              + prefixListId
              + " already exists. (route table "
              + table.id
              + ")");
    }
  }

  private static void addEndpointRoute(
      EndpointRecord endpoint, RouteTableRecord table, String prefixListId) {
    RouteRecord route = new RouteRecord();
    route.destinationPrefixListId = prefixListId;
    route.gatewayId = endpoint.id;
    route.origin = "CreateRoute";
    table.routes.add(route);
    endpoint.routeTableIds.add(table.id);
  }

  private static List<String> values(Stream<String> values) {
    return values.filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
  }
}
