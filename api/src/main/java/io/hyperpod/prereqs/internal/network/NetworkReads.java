package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.IamReads;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.PrefixList;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.TagDescription;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The EC2 reads of a plan, each done once per run and shared by the network's resources and checks.
 * What the stack created is found with one DescribeTags call on the stack tag; then each kind is
 * read once, by an id filter over what the stack created and what the spec adopts (an id filter
 * answers only what exists, where naming a missing id would fail the whole call). A plan of the
 * full example costs about ten EC2 calls, whatever the number of resources.
 */
public final class NetworkReads {
  /** EC2's codes for a region the account cannot use (an opt-in region not enabled). */
  private static final Set<String> REGION_UNAVAILABLE = Set.of("OptInRequired", "AuthFailure");

  private NetworkReads() {}

  /** The region's zones, or why EC2 would not list them. */
  public record ZoneList(List<AvailabilityZone> zones, Optional<CloudException> failure) {
    /** The zone with this id. */
    public Optional<AvailabilityZone> byId(String zoneId) {
      return zones.stream().filter(z -> z.zoneId().equals(zoneId)).findFirst();
    }
  }

  public static ZoneList zones(ObserveContext ctx) {
    return ctx.cached(
        "ec2.zones",
        () -> {
          try {
            return new ZoneList(ctx.backend().ec2().describeAvailabilityZones(), Optional.empty());
          } catch (CloudException e) {
            if (REGION_UNAVAILABLE.contains(e.errorCode())) {
              return new ZoneList(List.of(), Optional.of(e));
            }
            throw e;
          }
        });
  }

  /**
   * Whether the stack may have made network resources: the spec has a network, or the execution
   * roles' VPC policy (which the stack keeps while it has a network) still exists. A spec without
   * either reads nothing of EC2 or FSx.
   */
  public static boolean mayOwnNetwork(ObserveContext ctx, StackModel model) {
    return model.spec().network().isPresent()
        || IamReads.snapshot(ctx)
            .policy(model.policyArn(model.executionVpcPolicyName()))
            .isPresent();
  }

  /** Ids of the EC2 resources carrying this stack's tag, by resource type ({@code vpc}, ...). */
  public static Map<String, List<String>> owned(ObserveContext ctx, StackModel model) {
    return ctx.cached(
        "ec2.owned",
        () -> {
          Map<String, List<String>> byType = new TreeMap<>();
          if (!mayOwnNetwork(ctx, model)) {
            return byType;
          }
          List<TagDescription> tags =
              ctx.backend()
                  .ec2()
                  .describeTags(
                      Ec2Query.filter("key", List.of(HyperPodPrerequisites.STACK_TAG))
                          .and("value", List.of(model.stack())));
          tags.forEach(
              t ->
                  byType
                      .computeIfAbsent(t.resourceType(), k -> new ArrayList<>())
                      .add(t.resourceId()));
          return byType;
        });
  }

  /** Whether the stack has created any EC2 resource. */
  public static boolean ownsAny(ObserveContext ctx, StackModel model) {
    return !owned(ctx, model).isEmpty();
  }

  public static List<Vpc> vpcs(ObserveContext ctx, StackModel model) {
    Set<String> ids = ids(ctx, model, "vpc", n -> n.vpc().id().stream().toList());
    return ctx.cached(
        "ec2.vpcs", () -> byIds(ids, q -> ctx.backend().ec2().describeVpcs(q), "vpc-id"));
  }

  /** The cluster's VPC: the adopted one, or the one the stack created with the spec's block. */
  public static Optional<Vpc> clusterVpc(ObserveContext ctx, StackModel model) {
    Optional<Network> network = model.spec().network();
    if (network.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> adopted = network.get().vpc().id();
    String cidr = network.get().vpc().create().map(c -> c.cidr()).orElse("");
    return vpcs(ctx, model).stream()
        .filter(
            v ->
                adopted
                    .map(v.vpcId()::equals)
                    .orElseGet(() -> model.ownedBy(v.tags()) && v.cidrBlock().equals(cidr)))
        .findFirst();
  }

  public static boolean vpcAttribute(ObserveContext ctx, String vpcId, VpcAttribute attribute) {
    return ctx.cached(
        "ec2.vpc-attribute." + vpcId + "." + attribute,
        () -> ctx.backend().ec2().vpcAttribute(vpcId, attribute));
  }

  public static List<Subnet> subnets(ObserveContext ctx, StackModel model) {
    Set<String> ids =
        ids(ctx, model, "subnet", n -> n.subnets().stream().flatMap(s -> s.id().stream()).toList());
    // the groups' own adopted subnets (instanceGroups[].network.subnets) are read in the same call
    model.instanceGroups().forEach(g -> g.network().ifPresent(
        own -> own.subnets().forEach(s -> s.id().ifPresent(ids::add))));
    return ctx.cached(
        "ec2.subnets", () -> byIds(ids, q -> ctx.backend().ec2().describeSubnets(q), "subnet-id"));
  }

  /**
   * A subnet of the spec: the adopted one, or the one the stack created with that block in the
   * cluster's VPC.
   */
  public static Optional<Subnet> subnet(ObserveContext ctx, StackModel model, SubnetRef ref) {
    if (ref.id().isPresent()) {
      return subnets(ctx, model).stream()
          .filter(s -> s.subnetId().equals(ref.id().get()))
          .findFirst();
    }
    Optional<String> vpcId = clusterVpc(ctx, model).map(Vpc::vpcId);
    String cidr = ref.create().orElseThrow().cidr();
    return subnets(ctx, model).stream()
        .filter(
            s ->
                model.ownedBy(s.tags())
                    && vpcId.map(s.vpcId()::equals).orElse(false)
                    && s.cidrBlock().equals(cidr))
        .findFirst();
  }

  /** A subnet by id, read when it is none of the stack's (e.g. an adopted file system's). */
  public static Optional<Subnet> anySubnet(ObserveContext ctx, StackModel model, String id) {
    Optional<Subnet> known =
        subnets(ctx, model).stream().filter(s -> s.subnetId().equals(id)).findFirst();
    if (known.isPresent()) {
      return known;
    }
    return ctx.cached(
        "ec2.subnet." + id,
        () ->
            ctx.backend().ec2().describeSubnets(Ec2Query.filter("subnet-id", List.of(id))).stream()
                .findFirst());
  }

  public static List<SecurityGroup> groups(ObserveContext ctx, StackModel model) {
    Set<String> ids =
        ids(ctx, model, "security-group", n -> java.util.stream.Stream.concat(
            n.securityGroup().id().stream(), n.additionalSecurityGroupIds().stream()).toList());
    return ctx.cached(
        "ec2.groups",
        () -> byIds(ids, q -> ctx.backend().ec2().describeSecurityGroups(q), "group-id"));
  }

  /**
   * The cluster's security group: the adopted one; or, to be created, the group of that name in the
   * cluster's VPC (the stack's own, or one someone else made there under the same name).
   */
  public static Optional<SecurityGroup> clusterGroup(ObserveContext ctx, StackModel model) {
    Optional<Network> network = model.spec().network();
    if (network.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> adopted = network.get().securityGroup().id();
    if (adopted.isPresent()) {
      return groups(ctx, model).stream().filter(g -> g.groupId().equals(adopted.get())).findFirst();
    }
    String name = network.get().securityGroup().create().orElseThrow().name();
    Optional<Vpc> vpc = clusterVpc(ctx, model);
    if (vpc.isEmpty()) {
      return Optional.empty();
    }
    Optional<SecurityGroup> own =
        groups(ctx, model).stream()
            .filter(
                g ->
                    model.ownedBy(g.tags())
                        && g.vpcId().equals(vpc.get().vpcId())
                        && g.groupName().equals(name))
            .findFirst();
    if (own.isPresent() || model.ownedBy(vpc.get().tags())) {
      return own;
    }
    return ctx.cached(
        "ec2.group-by-name",
        () ->
            ctx
                .backend()
                .ec2()
                .describeSecurityGroups(
                    Ec2Query.filter("vpc-id", List.of(vpc.get().vpcId()))
                        .and("group-name", List.of(name)))
                .stream()
                .findFirst());
  }

  public static List<RouteTable> routeTables(ObserveContext ctx, String vpcId) {
    return ctx.cached(
        "ec2.route-tables." + vpcId,
        () -> ctx.backend().ec2().describeRouteTables(Ec2Query.filter("vpc-id", List.of(vpcId))));
  }

  /** The table that routes a subnet's traffic: its own association, else the VPC's main table. */
  public static Optional<RouteTable> routeTableOf(List<RouteTable> tables, String subnetId) {
    return tables.stream()
        .filter(t -> t.associatedWith(subnetId))
        .findFirst()
        .or(() -> tables.stream().filter(RouteTable::main).findFirst());
  }

  /** The endpoints of the VPC that exist: one {@link #gone} is not listed. */
  public static List<VpcEndpoint> endpointsInVpc(ObserveContext ctx, String vpcId) {
    return ctx.cached(
        "ec2.endpoints." + vpcId,
        () -> ctx.backend().ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpcId)))
            .stream().filter(e -> !gone(e)).toList());
  }

  /**
   * Whether an endpoint counts as gone: EC2 (and moto) go on listing a deleted endpoint for a
   * while, in state {@code deleted}, and one being deleted is {@code deleting}; neither is
   * planned again (nor kept as a dependency of the VPC).
   */
  public static boolean gone(VpcEndpoint endpoint) {
    String state = endpoint.state().toLowerCase(java.util.Locale.ROOT);
    return state.equals("deleted") || state.equals("deleting");
  }

  /**
   * The stack's endpoints, read by the stack tag: the {@code vpc-endpoint-id} filter is one that
   * some AWS-compatible servers (moto) do not implement, and by-id lookups fail on a deleted id.
   */
  public static List<VpcEndpoint> ownedEndpoints(ObserveContext ctx, StackModel model) {
    Set<String> ids = ids(ctx, model, "vpc-endpoint", n -> List.of());
    return ctx.cached(
        "ec2.owned-endpoints",
        () ->
            ids.isEmpty()
                ? List.of()
                : ctx
                    .backend()
                    .ec2()
                    .describeVpcEndpoints(
                        Ec2Query.tagged(HyperPodPrerequisites.STACK_TAG, model.stack()))
                    .stream()
                    .filter(e -> ids.contains(e.vpcEndpointId()) && !gone(e))
                    .toList());
  }

  /** The id of S3's prefix list in the region ({@code pl-...}). */
  public static Optional<String> s3PrefixListId(ObserveContext ctx, String region) {
    return ctx.cached(
        "ec2.s3-prefix-list",
        () ->
            ctx
                .backend()
                .ec2()
                .describePrefixLists(
                    Ec2Query.filter("prefix-list-name", List.of(VpcEndpoint.s3ServiceName(region))))
                .stream()
                .map(PrefixList::prefixListId)
                .findFirst());
  }

  private static Set<String> ids(
      ObserveContext ctx, StackModel model, String type, Function<Network, List<String>> adopted) {
    Set<String> ids = new LinkedHashSet<>(owned(ctx, model).getOrDefault(type, List.of()));
    model.spec().network().ifPresent(n -> ids.addAll(adopted.apply(n)));
    return ids;
  }

  private static <T> List<T> byIds(
      Set<String> ids, Function<Ec2Query, List<T>> describe, String idFilter) {
    return ids.isEmpty() ? List.of() : describe.apply(Ec2Query.filter(idFilter, ids));
  }
}
