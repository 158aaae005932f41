package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of the security group the stack created: all traffic in from the group itself, all
 * traffic out to it (EFA, and FSx for Lustre between the nodes and the file servers), and HTTPS out
 * to S3's prefix list (through the gateway endpoint or a NAT gateway), since the group has no rule
 * to 0.0.0.0/0.
 */
final class SecurityGroupRuleResource implements Resource<SecurityGroupRule> {
  static final String TYPE = "ec2_security_group_rule";
  private static final int HTTPS = 443;

  /** The stack's rules. */
  enum Kind {
    INGRESS_SELF("ingress-self", false),
    EGRESS_SELF("egress-self", true),
    EGRESS_S3("egress-s3", true);

    private final String label;
    private final boolean egress;

    Kind(String label, boolean egress) {
      this.label = label;
      this.egress = egress;
    }

    String label() {
      return label;
    }
  }

  private final StackModel model;
  private final Kind kind;

  SecurityGroupRuleResource(StackModel model, Kind kind) {
    this.model = model;
    this.kind = kind;
  }

  @Override
  public ResourceAddress address() {
    return NetworkAddresses.rule(kind);
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of(NetworkAddresses.SECURITY_GROUP);
  }

  /** The traffic of the rule, for a group and S3's prefix list in the region. */
  private Optional<IpPermission> permission(String groupId, Optional<String> prefixList) {
    switch (kind) {
      case EGRESS_S3:
        return prefixList.map(pl -> IpPermission.tcpWithPrefixList(HTTPS, HTTPS, pl));
      default:
        return Optional.of(IpPermission.allWithGroup(groupId));
    }
  }

  @Override
  public Optional<SecurityGroupRule> observe(ObserveContext ctx) {
    Optional<SecurityGroup> group =
        NetworkReads.clusterGroup(ctx, model).filter(g -> model.ownedBy(g.tags()));
    if (group.isEmpty()) {
      return Optional.empty();
    }
    Optional<IpPermission> wanted =
        permission(group.get().groupId(), NetworkReads.s3PrefixListId(ctx, model.region()));
    return group.get().rules().stream()
        .filter(
            r -> r.isEgress() == kind.egress && wanted.map(r.permission()::equals).orElse(false))
        .findFirst();
  }

  @Override
  public Map<String, Object> observedAttributes(SecurityGroupRule r) {
    return Attributes.of()
        .put("id", r.ruleId())
        .put("direction", r.isEgress() ? "egress" : "ingress")
        .put("rule", EfaRules.describe(r.permission()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<SecurityGroupRule> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Optional<String> group = outputs.get(NetworkAddresses.SECURITY_GROUP, "id");
    Optional<IpPermission> permission = group.flatMap(
        g -> permission(g, NetworkReads.s3PrefixListId(ctx, model.region())));
    return Attributes.of()
        .putUnknown("id")
        .put("direction", kind.egress ? "egress" : "ingress")
        .put("rule", Unknown.orUnknown(permission.map(EfaRules::describe)))
        .build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the security group lacks the rule");
  }

  @Override
  public Diff diff(SecurityGroupRule r, Outputs outputs) {
    return Diff.noop("the rule exists");
  }

  @Override
  public Map<String, String> apply(
      ApplyContext ctx, Diff diff, Optional<SecurityGroupRule> observed) {
    String groupId = ctx.outputs().require(NetworkAddresses.SECURITY_GROUP, "id");
    IpPermission p =
        permission(groupId, NetworkReads.s3PrefixListId(ctx.observed(), model.region()))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "EC2 lists no prefix list for " + model.region() + "'s S3"));
    Ec2Port ec2 = ctx.backend().ec2();
    List<SecurityGroupRule> rules =
        kind.egress
            ? ec2.authorizeSecurityGroupEgress(groupId, List.of(p), model.createTags())
            : ec2.authorizeSecurityGroupIngress(groupId, List.of(p), model.createTags());
    return Map.of("id", rules.get(0).ruleId());
  }

  @Override
  public Map<String, String> outputs(SecurityGroupRule r) {
    return Map.of("id", r.ruleId());
  }

  @Override
  public boolean destroyable(SecurityGroupRule r) {
    return true;
  }

  @Override
  public void destroy(ApplyContext ctx, SecurityGroupRule r) {
    if (r.isEgress()) {
      ctx.backend().ec2().revokeSecurityGroupEgress(r.groupId(), List.of(r.permission()));
    } else {
      ctx.backend().ec2().revokeSecurityGroupIngress(r.groupId(), List.of(r.permission()));
    }
  }
}
