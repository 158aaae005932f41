package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.internal.engine.Adoption;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.ClientTokens;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Tags;
import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The S3 gateway endpoint ({@code com.amazonaws.REGION.s3}) of the cluster's VPC, on the route
 * tables of the cluster's subnets and of every group's own subnets ({@code
 * instanceGroups[].network.subnets}): the nodes have no internet, and read the lifecycle scripts
 * through it. An S3 gateway endpoint of the VPC that the stack did not create is used as it is (the
 * checks say when it misses a subnet's route table).
 */
final class GatewayEndpointResource implements Resource<VpcEndpoint> {
  private final StackModel model;
  private final List<SubnetRef> subnets;

  GatewayEndpointResource(StackModel model) {
    this.model = model;
    this.subnets = NetworkComponent.placedSubnets(model).stream()
        .map(NetworkComponent.PlacedSubnet::ref).distinct().toList();
  }

  @Override
  public ResourceAddress address() {
    return NetworkAddresses.S3_ENDPOINT;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    List<ResourceAddress> deps = new ArrayList<>();
    deps.add(NetworkAddresses.VPC);
    subnets.forEach(s -> deps.add(NetworkAddresses.subnet(s)));
    return deps;
  }

  private String serviceName() {
    return VpcEndpoint.s3ServiceName(model.region());
  }

  @Override
  public Optional<VpcEndpoint> observe(ObserveContext ctx) {
    return NetworkReads.clusterVpc(ctx, model)
        .flatMap(
            vpc ->
                NetworkReads.endpointsInVpc(ctx, vpc.vpcId()).stream()
                    .filter(
                        e ->
                            e.serviceName().equals(serviceName())
                                && e.vpcEndpointType().equalsIgnoreCase("Gateway"))
                    .min(
                        Comparator.comparing((VpcEndpoint e) -> !model.ownedBy(e.tags()))
                            .thenComparing(VpcEndpoint::creationTimestamp)));
  }

  /** The route tables of the placed subnets, or empty while one is not known yet. */
  private Optional<TreeSet<String>> wantedTables(Outputs outputs) {
    TreeSet<String> tables = new TreeSet<>();
    for (SubnetRef s : subnets) {
      Optional<String> t =
          outputs
              .get(NetworkAddresses.subnet(s), "route_table_id")
              .or(
                  () ->
                      s.create().isPresent()
                          ? outputs.get(NetworkAddresses.VPC, "main_route_table_id")
                          : Optional.empty());
      if (t.isEmpty()) {
        return Optional.empty();
      }
      tables.add(t.get());
    }
    return Optional.of(tables);
  }

  @Override
  public Map<String, Object> observedAttributes(VpcEndpoint e) {
    return Attributes.of()
        .put("id", e.vpcEndpointId())
        .put("service_name", e.serviceName())
        .put("vpc_id", e.vpcId())
        .put("route_table_ids", new TreeSet<>(e.routeTableIds()))
        .put("tags", e.tags())
        .put("managed", Adoption.managed(model, e.tags()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<VpcEndpoint> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Optional<TreeSet<String>> wanted = wantedTables(outputs);
    Object tables = observed.isEmpty() ? Unknown.orUnknown(wanted)
        : wanted.map(t -> (Object) union(observed.get().routeTableIds(), t))
            .orElse(Unknown.VALUE);
    return Attributes.of()
        .put("id", Unknown.orUnknown(observed.map(VpcEndpoint::vpcEndpointId)))
        .put("service_name", serviceName())
        .put("vpc_id", observed.<Object>map(VpcEndpoint::vpcId)
            .orElseGet(() -> outputs.getOrUnknown(NetworkAddresses.VPC, "id")))
        .put("route_table_ids", tables)
        .put("tags", observed.map(e -> Tags.merged(e.tags(), model.createTags()))
            .orElse(model.createTags()))
        .put("managed", Adoption.CREATED)
        .build();
  }

  private static TreeSet<String> union(List<String> have, TreeSet<String> want) {
    TreeSet<String> out = new TreeSet<>(have);
    out.addAll(want);
    return out;
  }

  @Override
  public Map<String, String> outputs(VpcEndpoint e) {
    return Map.of("id", e.vpcEndpointId());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the VPC has no S3 gateway endpoint");
  }

  @Override
  public Diff diff(VpcEndpoint e, Outputs outputs) {
    if (!model.ownedBy(e.tags())) {
      return Diff.noop(
          "the VPC's S3 gateway endpoint exists (not created by this stack):" + " used as it is");
    }
    List<String> steps = new ArrayList<>();
    if (wantedTables(outputs).map(t -> !e.routeTableIds().containsAll(t)).orElse(true)) {
      steps.add("route-tables");
    }
    if (!Tags.missing(e.tags(), model.createTags()).isEmpty()) {
      steps.add("tags");
    }
    return Adoption.steps(steps);
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<VpcEndpoint> observed) {
    Ec2Port ec2 = ctx.backend().ec2();
    TreeSet<String> tables =
        wantedTables(ctx.outputs())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the route tables of the cluster's subnets are not known"));
    if (observed.isEmpty()) {
      String vpcId = ctx.outputs().require(NetworkAddresses.VPC, "id");
      String token = ClientTokens.of(model, address(), vpcId, String.join(",", tables));
      return outputs(
          ec2.createGatewayEndpoint(vpcId, serviceName(), tables, token, model.createTags()));
    }
    VpcEndpoint e = observed.get();
    if (diff.has("route-tables")) {
      List<String> add = tables.stream().filter(t -> !e.routeTableIds().contains(t)).toList();
      ec2.modifyGatewayEndpointRouteTables(e.vpcEndpointId(), add, List.of());
    }
    if (diff.has("tags")) {
      ec2.createTags(List.of(e.vpcEndpointId()), Tags.missing(e.tags(), model.createTags()));
    }
    return outputs(e);
  }

  @Override
  public boolean destroyable(VpcEndpoint e) {
    return model.ownedBy(e.tags());
  }

  @Override
  public void destroy(ApplyContext ctx, VpcEndpoint e) {
    ctx.backend().ec2().deleteVpcEndpoint(e.vpcEndpointId());
  }
}
