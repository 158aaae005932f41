package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.UnknownId;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import io.hyperpod.prereqs.internal.engine.Adoption;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.LeftoverResource;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.network.SecurityGroupRuleResource.Kind;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cluster's network (the spec's {@code network}): the VPC, its subnets in one AZ id, the
 * security group fit for EFA with its rules, and the S3 gateway endpoint; its checks; and the
 * CreateCluster request's {@code VpcConfig}. What an earlier run created and the spec no longer
 * names is deleted, subnets and groups before their VPC.
 */
public final class NetworkComponent implements StackComponent {
  @Override
  public List<Resource<?>> resources(StackModel model) {
    Optional<Network> network = model.spec().network();
    if (network.isEmpty()) {
      return List.of();
    }
    List<Resource<?>> out = new ArrayList<>();
    out.add(new VpcResource(model));
    Set<ResourceAddress> seen = new java.util.HashSet<>();
    for (PlacedSubnet p : placedSubnets(model)) {
      if (seen.add(NetworkAddresses.subnet(p.ref()))) {
        out.add(new SubnetResource(model, p.ref(), p.zoneId(), p.groupName()));
      }
    }
    out.add(new SecurityGroupResource(model));
    if (network.get().securityGroup().create().isPresent()) {
      for (Kind kind : Kind.values()) {
        out.add(new SecurityGroupRuleResource(model, kind));
      }
    }
    if (network.get().s3GatewayEndpoint()) {
      out.add(new GatewayEndpointResource(model));
    }
    return out;
  }

  @Override
  public List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    if (!NetworkReads.ownsAny(ctx, model)) {
      return List.of();
    }
    Map<String, ResourceAddress> wantedIds = wantedIds(model, ctx);
    List<Resource<?>> out = new ArrayList<>();
    // The VPC policy goes after the VPC: while it exists, later plans look for what is left.
    List<ResourceAddress> beforePolicy = List.of(IamComponent.executionVpcPolicyAddress(model));
    for (Vpc v : NetworkReads.vpcs(ctx, model)) {
      if (model.ownedBy(v.tags()) && !wantedIds.containsKey(v.vpcId())) {
        out.add(
            LeftoverResource.of(
                leftover("ec2_vpc", v.vpcId()),
                beforePolicy,
                v,
                attributes(v.vpcId(), v.cidrBlock()),
                (c, x) -> c.backend().ec2().deleteVpc(x.vpcId())));
      }
    }
    for (Subnet s : NetworkReads.subnets(ctx, model)) {
      if (model.ownedBy(s.tags()) && !wantedIds.containsKey(s.subnetId())) {
        out.add(
            LeftoverResource.of(
                leftover(SubnetResource.TYPE, s.subnetId()),
                List.of(addressOf(wantedIds, s.vpcId())),
                s,
                attributes(s.subnetId(), s.cidrBlock()),
                (c, x) -> c.backend().ec2().deleteSubnet(x.subnetId())));
      }
    }
    for (SecurityGroup g : NetworkReads.groups(ctx, model)) {
      if (model.ownedBy(g.tags()) && !wantedIds.containsKey(g.groupId())) {
        out.add(
            LeftoverResource.of(
                leftover(SecurityGroupResource.TYPE, g.groupId()),
                List.of(addressOf(wantedIds, g.vpcId())),
                g,
                attributes(g.groupId(), g.groupName()),
                (c, x) -> c.backend().ec2().deleteSecurityGroup(x.groupId())));
      }
    }
    for (VpcEndpoint e : NetworkReads.ownedEndpoints(ctx, model)) {
      if (model.ownedBy(e.tags()) && !wantedIds.containsKey(e.vpcEndpointId())) {
        out.add(
            LeftoverResource.of(
                leftover("ec2_vpc_endpoint", e.vpcEndpointId()),
                List.of(addressOf(wantedIds, e.vpcId())),
                e,
                attributes(e.vpcEndpointId(), e.serviceName()),
                (c, x) -> c.backend().ec2().deleteVpcEndpoint(x.vpcEndpointId())));
      }
    }
    return out;
  }

  /**
   * The address of a VPC, subnet or security group by its id: the spec's resource when the id is
   * one the spec wants, otherwise the leftover's ({@code ec2_subnet.subnet-...}).
   */
  public static ResourceAddress addressOf(StackModel model, ObserveContext ctx, String id) {
    return addressOf(wantedIds(model, ctx), id);
  }

  private static ResourceAddress addressOf(Map<String, ResourceAddress> wanted, String id) {
    ResourceAddress a = wanted.get(id);
    if (a != null) {
      return a;
    }
    String type =
        id.startsWith("vpc-")
            ? "ec2_vpc"
            : id.startsWith("subnet-")
                ? SubnetResource.TYPE
                : id.startsWith("sg-") ? SecurityGroupResource.TYPE : "ec2_resource";
    return leftover(type, id);
  }

  /** The ids of what the spec wants and exists, with their addresses. */
  private static Map<String, ResourceAddress> wantedIds(StackModel model, ObserveContext ctx) {
    Map<String, ResourceAddress> ids = new HashMap<>();
    Optional<Network> network = model.spec().network();
    if (network.isEmpty()) {
      return ids;
    }
    NetworkReads.clusterVpc(ctx, model).ifPresent(v -> ids.put(v.vpcId(), NetworkAddresses.VPC));
    for (PlacedSubnet p : placedSubnets(model)) {
      NetworkReads.subnet(ctx, model, p.ref())
          .ifPresent(s -> ids.put(s.subnetId(), NetworkAddresses.subnet(p.ref())));
    }
    NetworkReads.clusterGroup(ctx, model)
        .ifPresent(g -> ids.put(g.groupId(), NetworkAddresses.SECURITY_GROUP));
    if (network.get().s3GatewayEndpoint()) {
      new GatewayEndpointResource(model)
          .observe(ctx)
          .ifPresent(e -> ids.put(e.vpcEndpointId(), NetworkAddresses.S3_ENDPOINT));
    }
    return ids;
  }

  private static ResourceAddress leftover(String type, String id) {
    return ResourceAddress.of(type, id);
  }

  private static Map<String, Object> attributes(String id, String what) {
    return Attributes.of().put("id", id).put("what", what).put("managed", Adoption.CREATED).build();
  }

  /** The zones and S3's prefix list, which the checks of a spec with a network always read. */
  @Override
  public List<Runnable> prefetches(StackModel model, ObserveContext ctx) {
    if (model.spec().network().isEmpty()) {
      return List.of();
    }
    return List.of(() -> NetworkReads.zones(ctx),
        () -> NetworkReads.s3PrefixListId(ctx, model.region()));
  }

  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    return model.spec().network().isPresent()
        ? NetworkChecks.check(model, ctx, observations)
        : List.of();
  }

  /**
   * A subnet the spec names, with the AZ id it belongs in and the instance group whose own subnet
   * it is ({@code ""}: one of the cluster's {@code network.subnets}).
   */
  record PlacedSubnet(SubnetRef ref, String zoneId, String groupName) {}

  /** The cluster's subnets, then each group's own ({@code instanceGroups[].network.subnets}). */
  static List<PlacedSubnet> placedSubnets(StackModel model) {
    List<PlacedSubnet> out = new ArrayList<>();
    model.spec().network().ifPresent(n -> {
      n.subnets().forEach(s -> out.add(new PlacedSubnet(s, n.availabilityZoneId(), "")));
      for (InstanceGroup g : model.instanceGroups()) {
        g.network().ifPresent(own -> own.subnets().forEach(
            s -> out.add(new PlacedSubnet(s, own.availabilityZoneId(), g.name()))));
      }
    });
    return out;
  }

  @Override
  public void describeInstanceGroup(StackModel model, Outputs outputs, InstanceGroup group,
      int index, ImmutableInstanceGroupSpec.Builder spec, Consumer<UnknownId> unknown) {
    Optional<Network> network = model.spec().network();
    if (network.isEmpty() || group.network().isEmpty()) {
      return;
    }
    String at = "InstanceGroups[" + index + "].OverrideVpcConfig.";
    ImmutableVpcConfig.Builder vpc = ImmutableVpcConfig.builder();
    Optional<String> main = network.get().securityGroup().id()
        .or(() -> outputs.get(NetworkAddresses.SECURITY_GROUP, "id"));
    main.ifPresentOrElse(vpc::addSecurityGroupIds, () -> unknown.accept(
        UnknownId.of(at + "SecurityGroupIds[0]", NetworkAddresses.SECURITY_GROUP.toString())));
    vpc.addAllSecurityGroupIds(network.get().additionalSecurityGroupIds());
    List<SubnetRef> subnets = group.network().get().subnets();
    for (int i = 0; i < subnets.size(); i++) {
      SubnetRef s = subnets.get(i);
      String field = at + "Subnets[" + i + "]";
      s.id().or(() -> outputs.get(NetworkAddresses.subnet(s), "id")).ifPresentOrElse(
          vpc::addSubnets,
          () -> unknown.accept(UnknownId.of(field, NetworkAddresses.subnet(s).toString())));
    }
    spec.overrideVpcConfig(vpc.build());
  }

  @Override
  public void describeCluster(
      StackModel model, Outputs outputs, ImmutableCreateClusterRequest.Builder request) {
    model.spec().network().ifPresent(n -> {
      ImmutableVpcConfig.Builder vpc = ImmutableVpcConfig.builder();
      Optional<String> group = n.securityGroup().id()
          .or(() -> outputs.get(NetworkAddresses.SECURITY_GROUP, "id"));
      group.ifPresentOrElse(vpc::addSecurityGroupIds, () -> request.addUnknownIds(
          UnknownId.of("VpcConfig.SecurityGroupIds[0]", NetworkAddresses.SECURITY_GROUP.toString())));
      vpc.addAllSecurityGroupIds(n.additionalSecurityGroupIds());
      for (int i = 0; i < n.subnets().size(); i++) {
        SubnetRef s = n.subnets().get(i);
        Optional<String> id = s.id().or(() -> outputs.get(NetworkAddresses.subnet(s), "id"));
        String field = "VpcConfig.Subnets[" + i + "]";
        id.ifPresentOrElse(vpc::addSubnets, () -> request.addUnknownIds(
            UnknownId.of(field, NetworkAddresses.subnet(s).toString())));
      }
      request.vpcConfig(vpc.build());
    });
  }
}
