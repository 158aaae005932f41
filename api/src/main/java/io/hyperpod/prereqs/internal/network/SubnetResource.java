package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.internal.engine.Adoption;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Tags;
import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subnet of the cluster: created with the spec's block in the zone of the spec's AZ id (resolved
 * to this account's zone name), or adopted by id. Its route table (its own association, else the
 * VPC's main table) is where the S3 endpoint's route goes.
 */
final class SubnetResource implements Resource<SubnetResource.SubnetState> {
  static final String TYPE = "ec2_subnet";

  /** The subnet as observed, with the route table that serves it. */
  record SubnetState(Subnet subnet, Optional<String> routeTableId) {}

  private final StackModel model;
  private final SubnetRef ref;
  private final String zoneId;
  /** The spec field that names the subnet, for messages. */
  private final String field;

  /**
   * A subnet in the AZ id {@code zoneId}: one of the cluster's ({@code groupName} empty) or one of
   * an instance group's own subnets.
   */
  SubnetResource(StackModel model, SubnetRef ref, String zoneId, String groupName) {
    this.model = model;
    this.ref = ref;
    this.zoneId = zoneId;
    this.field = groupName.isEmpty()
        ? "network.subnets"
        : "instanceGroups[" + groupName + "].network.subnets";
  }

  @Override
  public ResourceAddress address() {
    return NetworkAddresses.subnet(ref);
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of(NetworkAddresses.VPC);
  }

  @Override
  public Optional<SubnetState> observe(ObserveContext ctx) {
    return NetworkReads.subnet(ctx, model, ref)
        .map(
            s ->
                new SubnetState(
                    s,
                    NetworkReads.routeTableOf(
                            NetworkReads.routeTables(ctx, s.vpcId()), s.subnetId())
                        .map(RouteTable::routeTableId)));
  }

  @Override
  public Map<String, Object> observedAttributes(SubnetState s) {
    return Attributes.of()
        .put("id", s.subnet().subnetId())
        .put("cidr", s.subnet().cidrBlock())
        .put("vpc_id", s.subnet().vpcId())
        .put("availability_zone", s.subnet().availabilityZone())
        .put("availability_zone_id", s.subnet().availabilityZoneId())
        .put("route_table_id", s.routeTableId().orElse(null))
        .put("tags", s.subnet().tags())
        .put("managed", Adoption.managed(model, s.subnet().tags()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<SubnetState> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    if (observed.isPresent() && diff.action() == io.hyperpod.prereqs.plan.ChangeAction.UPDATE) {
      Subnet s = observed.get().subnet();
      return Attributes.from(observedAttributes(observed.get()))
          .put("tags", Tags.merged(s.tags(), model.createTags()))
          .build();
    }
    // Created (or created anew in the spec's zone): in the VPC's main route table.
    return Attributes.of()
        .putUnknown("id")
        .put("cidr", ref.create().orElseThrow().cidr())
        .put("vpc_id", outputs.getOrUnknown(NetworkAddresses.VPC, "id"))
        .put("availability_zone", Unknown.orUnknown(
            NetworkReads.zones(ctx).byId(zoneId).map(AvailabilityZone::zoneName)))
        .put("availability_zone_id", zoneId)
        .put("route_table_id", outputs.getOrUnknown(NetworkAddresses.VPC, "main_route_table_id"))
        .put("tags", model.createTags())
        .put("managed", Adoption.CREATED)
        .build();
  }

  @Override
  public Map<String, String> outputs(SubnetState s) {
    Map<String, String> out = new HashMap<>();
    out.put("id", s.subnet().subnetId());
    out.put("vpc_id", s.subnet().vpcId());
    out.put("availability_zone", s.subnet().availabilityZone());
    out.put("availability_zone_id", s.subnet().availabilityZoneId());
    s.routeTableId().ifPresent(t -> out.put("route_table_id", t));
    return out;
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Adoption.missing(ref.id().isPresent(), "subnet");
  }

  @Override
  public Diff diff(SubnetState s, Outputs outputs) {
    if (ref.id().isPresent()) {
      return Adoption.adoptedExists();
    }
    if (!s.subnet().availabilityZoneId().equals(zoneId)) {
      return Diff.replace(
          "the subnet is in "
              + s.subnet().availabilityZoneId()
              + " and the spec wants "
              + zoneId
              + ": a subnet cannot move");
    }
    return Adoption.steps(
        Tags.missing(s.subnet().tags(), model.createTags()).isEmpty()
            ? List.of()
            : List.of("tags"));
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<SubnetState> observed, Outputs outputs) {
    if (ref.id().isPresent() && observed.isEmpty()) {
      return List.of(
          Adoption.notFound(
              "network.subnet.not-found",
              address(),
              "subnet of " + field,
              ref.id().get(),
              model,
              "ec2 describe-subnets",
              "{create: {cidr: ...}}"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<SubnetState> observed) {
    Ec2Port ec2 = ctx.backend().ec2();
    if (observed.isPresent() && diff.has("tags")) {
      Subnet s = observed.get().subnet();
      ec2.createTags(List.of(s.subnetId()), Tags.missing(s.tags(), model.createTags()));
      return outputs(observed.get());
    }
    observed.ifPresent(o -> ec2.deleteSubnet(o.subnet().subnetId()));
    String zoneName =
        NetworkReads.zones(ctx.observed())
            .byId(zoneId)
            .map(AvailabilityZone::zoneName)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no zone of " + model.region() + " has the id " + zoneId));
    Subnet created =
        ec2.createSubnet(
            ctx.outputs().require(NetworkAddresses.VPC, "id"),
            ref.create().orElseThrow().cidr(),
            zoneName,
            model.createTags());
    return outputs(
        new SubnetState(created, ctx.outputs().get(NetworkAddresses.VPC, "main_route_table_id")));
  }

  @Override
  public boolean destroyable(SubnetState s) {
    return ref.id().isEmpty() && model.ownedBy(s.subnet().tags());
  }

  @Override
  public void destroy(ApplyContext ctx, SubnetState s) {
    ctx.backend().ec2().deleteSubnet(s.subnet().subnetId());
  }
}
