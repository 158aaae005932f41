package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Views;
import io.hyperpod.prereqs.simulator.internal.ec2.RuleRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.SecurityGroupOperations;
import io.hyperpod.prereqs.simulator.internal.ec2.SecurityGroupRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** EC2's security groups and their rules on the wire. */
final class Ec2SecurityGroupActions {
  private Ec2SecurityGroupActions() {}

  static void register(Ec2QueryService ec2) {
    ec2.action("DescribeSecurityGroups", Ec2SecurityGroupActions::describeSecurityGroups);
    ec2.action("GetSecurityGroupsForVpc", Ec2SecurityGroupActions::securityGroupsForVpc);
    ec2.action(
        "DescribeSecurityGroupRules",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "securityGroupRuleSet",
                ops(c)
                    .describeSecurityGroupRules(
                        p.flatList("SecurityGroupRuleId"), Ec2Params.filters(p)),
                RuleRecord::id,
                r -> Ec2Xml.rule(x, Ec2Views.rule(r), c.accountId(), c.region())));
    ec2.action(
        "CreateSecurityGroup",
        (p, c, x) -> {
          SecurityGroupRecord group =
              ops(c)
                  .createSecurityGroup(
                      p.get("VpcId"),
                      p.get("GroupName"),
                      p.get("GroupDescription"),
                      Ec2Params.tagSpecifications(p));
          Ec2QueryService.success(x);
          x.element("groupId", group.id());
          if (!group.tags().isEmpty()) { // AWS answers an untagged group without a tagSet
            Ec2Xml.tagSet(x, group.tags());
          }
          x.element(
              "securityGroupArn",
              "arn:aws:ec2:" + c.region() + ":" + c.accountId() + ":security-group/" + group.id());
        });
    for (boolean egress : new boolean[] {false, true}) {
      String direction = egress ? "Egress" : "Ingress";
      ec2.action(
          "AuthorizeSecurityGroup" + direction,
          (p, c, x) -> {
            List<RuleRecord> rules =
                ops(c)
                    .authorize(
                        groupId(p, c),
                        egress,
                        Ec2Params.ipPermissions(p),
                        Ec2Params.tagSpecifications(p));
            Ec2QueryService.success(x);
            x.start("securityGroupRuleSet");
            rules.forEach(r -> Ec2Xml.rule(x, Ec2Views.rule(r), c.accountId(), c.region()));
            x.end();
          });
      ec2.action(
          "RevokeSecurityGroup" + direction,
          (p, c, x) -> {
            SecurityGroupOperations ops = ops(c);
            List<String> ruleIds = p.flatList("SecurityGroupRuleId");
            if (ruleIds.isEmpty()) {
              ops.revoke(groupId(p, c), egress, Ec2Params.ipPermissions(p));
            } else {
              ops.revokeRules(groupId(p, c), egress, ruleIds);
            }
            Ec2QueryService.success(x);
          });
    }
    ec2.action(
        "DeleteSecurityGroup",
        (p, c, x) -> {
          String id = groupId(p, c);
          ops(c).deleteSecurityGroup(id);
          Ec2QueryService.success(x);
          x.element("groupId", id);
        });
  }

  /** By {@code GroupId.N}, {@code GroupName.N} (each must exist) and filters. */
  private static void describeSecurityGroups(QueryParams p, BackendContext c, Xml x) {
    SecurityGroupOperations ops = ops(c);
    Map<String, List<String>> filters = Ec2Params.filters(p);
    List<String> ids = new java.util.ArrayList<>(p.flatList("GroupId"));
    for (String name : p.flatList("GroupName")) {
      ids.add(byName(ops, name).id());
    }
    Ec2Params.describe(
        x,
        p,
        "securityGroupInfo",
        ops.describeSecurityGroups(ids, filters),
        SecurityGroupRecord::id,
        g -> Ec2Xml.securityGroup(x, "item", Ec2Views.securityGroup(g)));
  }

  /**
   * GetSecurityGroupsForVpc: the groups that may be attached to the VPC's network interfaces (its
   * own), with filters and pages; the VPC must exist.
   */
  private static void securityGroupsForVpc(QueryParams p, BackendContext c, Xml x) {
    String vpcId = p.required("VpcId");
    new io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations(c).vpc(vpcId);
    Map<String, List<String>> filters = new LinkedHashMap<>(Ec2Params.filters(p));
    filters.put("vpc-id", List.of(vpcId));
    List<SecurityGroupRecord> groups =
        ops(c).describeSecurityGroups(List.of(), filters).stream()
            .sorted(
                java.util.Comparator.comparing(
                    (SecurityGroupRecord g) ->
                        !Ec2Views.securityGroup(g).groupName().equals("default")))
            .toList();
    // the VPC's default group first, as AWS lists them; pages keep that order
    Ec2Params.describe(
        x,
        p,
        "securityGroupForVpcSet",
        groups,
        g -> String.format("%08d", groups.indexOf(g)),
        g -> {
          var group = Ec2Views.securityGroup(g);
          x.start("item")
              .element("description", group.description())
              .element("groupName", group.groupName())
              .element("ownerId", group.ownerId())
              .element("groupId", group.groupId())
              .element("primaryVpcId", group.vpcId());
          Ec2Xml.tagSet(x, group.tags());
          x.end();
        });
  }

  /** {@code GroupId}, or {@code GroupName} of a group in the default VPC. */
  private static String groupId(QueryParams p, BackendContext c) {
    String id = p.get("GroupId");
    if (id != null) {
      return id;
    }
    String name = p.get("GroupName");
    if (name == null) {
      throw AwsError.EC2_MISSING_PARAMETER.exception(
          "The request must contain the parameter GroupId (or GroupName for the default VPC)");
    }
    return byName(ops(c), name).id();
  }

  private static SecurityGroupRecord byName(SecurityGroupOperations ops, String name) {
    Map<String, List<String>> filter = new LinkedHashMap<>();
    filter.put("group-name", List.of(name));
    return ops.describeSecurityGroups(List.of(), filter).stream()
        .findFirst()
        .orElseThrow(
            () ->
                AwsError.EC2_GROUP_NOT_FOUND.exception(
                    "The security group '" + name + "' does not exist"));
  }

  private static SecurityGroupOperations ops(BackendContext context) {
    return new SecurityGroupOperations(context);
  }
}
