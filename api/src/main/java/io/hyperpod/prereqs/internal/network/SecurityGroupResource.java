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
import io.hyperpod.prereqs.spec.SecurityGroupRef;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's security group. Created: without the default outbound rule to 0.0.0.0/0 (AWS
 * advises against it on an EFA group); its rules are the stack's {@link
 * SecurityGroupRuleResource}s. Adopted by id: left as it is, and checked ({@link NetworkChecks}).
 */
final class SecurityGroupResource implements Resource<SecurityGroup> {
  static final String TYPE = "ec2_security_group";

  private final StackModel model;
  private final SecurityGroupRef ref;

  SecurityGroupResource(StackModel model) {
    this.model = model;
    this.ref = model.spec().network().orElseThrow().securityGroup();
  }

  @Override
  public ResourceAddress address() {
    return NetworkAddresses.SECURITY_GROUP;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of(NetworkAddresses.VPC);
  }

  @Override
  public Optional<SecurityGroup> observe(ObserveContext ctx) {
    return NetworkReads.clusterGroup(ctx, model);
  }

  private boolean created() {
    return ref.id().isEmpty();
  }

  private String name() {
    return ref.create().orElseThrow().name();
  }

  @Override
  public Map<String, Object> observedAttributes(SecurityGroup g) {
    return Attributes.of()
        .put("id", g.groupId())
        .put("name", g.groupName())
        .put("vpc_id", g.vpcId())
        .put("egress_to_anywhere", EfaRules.openEgress(g).isPresent())
        .put("tags", g.tags())
        .put("managed", Adoption.managed(model, g.tags()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<SecurityGroup> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    // Its rules are resources of their own; the default rule to 0.0.0.0/0 is revoked.
    return Attributes.of()
        .put("id", Unknown.orUnknown(observed.map(SecurityGroup::groupId)))
        .put("name", name())
        .put("vpc_id", observed.<Object>map(SecurityGroup::vpcId)
            .orElseGet(() -> outputs.getOrUnknown(NetworkAddresses.VPC, "id")))
        .put("egress_to_anywhere", false)
        .put("tags", observed.map(g -> Tags.merged(g.tags(), model.createTags()))
            .orElse(model.createTags()))
        .put("managed", Adoption.CREATED)
        .build();
  }

  @Override
  public Map<String, String> outputs(SecurityGroup g) {
    return Map.of("id", g.groupId());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Adoption.missing(!created(), "security group");
  }

  @Override
  public Diff diff(SecurityGroup g, Outputs outputs) {
    if (!created()) {
      return Adoption.adoptedExists();
    }
    if (!model.ownedBy(g.tags())) {
      return Diff.noop("a group of this name exists but was not created by this stack");
    }
    List<String> steps = new ArrayList<>();
    if (EfaRules.openEgress(g).isPresent()) {
      steps.add("revoke-open-egress");
    }
    if (!Tags.missing(g.tags(), model.createTags()).isEmpty()) {
      steps.add("tags");
    }
    return Adoption.steps(steps);
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<SecurityGroup> observed, Outputs outputs) {
    if (!created() && observed.isEmpty()) {
      return List.of(
          Adoption.notFound(
              "network.security-group.not-found",
              address(),
              "network.securityGroup.id",
              ref.id().get(),
              model,
              "ec2 describe-security-groups",
              "{create: {name: ...}}"));
    }
    if (created() && observed.isPresent() && !model.ownedBy(observed.get().tags())) {
      return List.of(
          Finding.error(
              "network.security-group.name-taken",
              address(),
              "the VPC "
                  + observed.get().vpcId()
                  + " has a security group named '"
                  + name()
                  + "' ("
                  + observed.get().groupId()
                  + ") that this stack did not create",
              "adopt it with network.securityGroup: {id: "
                  + observed.get().groupId()
                  + "}, or choose another name"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<SecurityGroup> observed) {
    Ec2Port ec2 = ctx.backend().ec2();
    SecurityGroup g;
    if (observed.isEmpty()) {
      g =
          ec2.createSecurityGroup(
              ctx.outputs().require(NetworkAddresses.VPC, "id"),
              name(),
              "HyperPod cluster and FSx for Lustre of stack "
                  + model.stack()
                  + ": all traffic within the group (EFA)",
              model.createTags());
    } else {
      g = observed.get();
      if (diff.has("tags")) {
        ec2.createTags(List.of(g.groupId()), Tags.missing(g.tags(), model.createTags()));
      }
    }
    Optional<IpPermission> open = EfaRules.openEgress(g);
    if (open.isPresent()) {
      ec2.revokeSecurityGroupEgress(g.groupId(), List.of(open.get()));
    }
    return outputs(g);
  }

  @Override
  public boolean destroyable(SecurityGroup g) {
    return created() && model.ownedBy(g.tags());
  }

  @Override
  public void destroy(ApplyContext ctx, SecurityGroup g) {
    ctx.backend().ec2().deleteSecurityGroup(g.groupId());
  }
}
