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
import io.hyperpod.prereqs.spec.VpcRef;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's VPC: created with the spec's block, DNS support and DNS host names on (FSx is
 * mounted by DNS name), or adopted by id. Its main route table serves the subnets the stack
 * creates.
 */
final class VpcResource implements Resource<VpcResource.VpcState> {
  /** The VPC as observed, with its DNS attributes and main route table. */
  record VpcState(
      Vpc vpc, boolean dnsSupport, boolean dnsHostnames, Optional<String> mainRouteTableId) {}

  private final StackModel model;
  private final VpcRef ref;

  VpcResource(StackModel model) {
    this.model = model;
    this.ref = model.spec().network().orElseThrow().vpc();
  }

  @Override
  public ResourceAddress address() {
    return NetworkAddresses.VPC;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of();
  }

  @Override
  public Optional<VpcState> observe(ObserveContext ctx) {
    return NetworkReads.clusterVpc(ctx, model)
        .map(
            v ->
                new VpcState(
                    v,
                    NetworkReads.vpcAttribute(ctx, v.vpcId(), VpcAttribute.ENABLE_DNS_SUPPORT),
                    NetworkReads.vpcAttribute(ctx, v.vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES),
                    NetworkReads.routeTables(ctx, v.vpcId()).stream()
                        .filter(RouteTable::main)
                        .map(RouteTable::routeTableId)
                        .findFirst()));
  }

  @Override
  public Map<String, Object> observedAttributes(VpcState s) {
    return Attributes.of()
        .put("id", s.vpc().vpcId())
        .put("cidr", s.vpc().cidrBlock())
        .put("dns_support", s.dnsSupport())
        .put("dns_hostnames", s.dnsHostnames())
        .put("tags", s.vpc().tags())
        .put("managed", Adoption.managed(model, s.vpc().tags()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<VpcState> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of()
        .put("id", Unknown.orUnknown(observed.map(s -> s.vpc().vpcId())))
        .put("cidr", observed.map(s -> s.vpc().cidrBlock())
            .orElse(ref.create().orElseThrow().cidr()))
        .put("dns_support", true)
        .put("dns_hostnames", true)
        .put("tags", observed.map(s -> Tags.merged(s.vpc().tags(), model.createTags()))
            .orElse(model.createTags()))
        .put("managed", Adoption.CREATED)
        .build();
  }

  @Override
  public Map<String, String> outputs(VpcState s) {
    Map<String, String> out = new HashMap<>();
    out.put("id", s.vpc().vpcId());
    out.put("cidr", s.vpc().cidrBlock());
    s.mainRouteTableId().ifPresent(t -> out.put("main_route_table_id", t));
    return out;
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Adoption.missing(ref.id().isPresent(), "VPC");
  }

  @Override
  public Diff diff(VpcState s, Outputs outputs) {
    if (ref.id().isPresent()) {
      return Adoption.adoptedExists();
    }
    List<String> steps = new ArrayList<>();
    if (!s.dnsSupport() || !s.dnsHostnames()) {
      steps.add("dns");
    }
    if (!Tags.missing(s.vpc().tags(), model.createTags()).isEmpty()) {
      steps.add("tags");
    }
    return Adoption.steps(steps);
  }

  @Override
  public List<Finding> findings(ObserveContext ctx, Optional<VpcState> observed, Outputs outputs) {
    if (ref.id().isPresent() && observed.isEmpty()) {
      return List.of(
          Adoption.notFound(
              "network.vpc.not-found",
              address(),
              "network.vpc.id",
              ref.id().get(),
              model,
              "ec2 describe-vpcs",
              "network.vpc: {create: {cidr: 10.0.0.0/16}}"));
    }
    boolean noDns = observed.map(s -> !s.dnsSupport()).orElse(false);
    if (ref.id().isPresent() && noDns && model.spec().fsx().isPresent()) {
      return List.of(
          Finding.error(
              "network.vpc.dns",
              address(),
              "VPC "
                  + ref.id().get()
                  + " has DNS support off: the nodes could not resolve the FSx"
                  + " file system's DNS name and mounting /fsx would fail",
              "turn it on: aws ec2 modify-vpc-attribute --vpc-id "
                  + ref.id().get()
                  + " --enable-dns-support"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<VpcState> observed) {
    Ec2Port ec2 = ctx.backend().ec2();
    Vpc vpc;
    boolean support;
    boolean hostnames;
    if (observed.isEmpty()) {
      vpc = ec2.createVpc(ref.create().orElseThrow().cidr(), model.createTags());
      // A VPC is made with DNS resolution on and DNS hostnames off (both in AWS's CreateVpc
      // documentation): nothing to ask.
      support = true;
      hostnames = false;
    } else {
      vpc = observed.get().vpc();
      support = observed.get().dnsSupport();
      hostnames = observed.get().dnsHostnames();
      if (diff.has("tags")) {
        ec2.createTags(List.of(vpc.vpcId()), Tags.missing(vpc.tags(), model.createTags()));
      }
    }
    if (!support) {
      ec2.modifyVpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_SUPPORT, true);
    }
    if (!hostnames) {
      ec2.modifyVpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES, true);
    }
    Optional<String> main =
        ec2
            .describeRouteTables(
                Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                    .and("association.main", List.of("true")))
            .stream()
            .map(RouteTable::routeTableId)
            .findFirst();
    return outputs(new VpcState(vpc, true, true, main));
  }

  @Override
  public boolean destroyable(VpcState s) {
    return ref.id().isEmpty() && model.ownedBy(s.vpc().tags());
  }

  @Override
  public void destroy(ApplyContext ctx, VpcState s) {
    ctx.backend().ec2().deleteVpc(s.vpc().vpcId());
  }
}
