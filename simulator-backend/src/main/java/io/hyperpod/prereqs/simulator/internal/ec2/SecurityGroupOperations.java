package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Filters.Filterable;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * EC2's security groups with AWS's semantics: a new group's one outbound rule (all traffic to
 * 0.0.0.0/0), names unique per VPC (InvalidGroup.Duplicate), rules with ids ({@code sgr-...}),
 * duplicate and missing rules (InvalidPermission.Duplicate, InvalidPermission.NotFound), and
 * deletion refused while the group is in use (DependencyViolation) or is a VPC's default
 * (CannotDelete). Use inside a {@link BackendContext#call}; the HTTP front calls these too.
 */
public final class SecurityGroupOperations {
  /** Rules per direction of a group (AWS's default quota). */
  static final int MAX_RULES = 60;

  private static final Filterable<SecurityGroupRecord> GROUP_FILTERS =
      new Filterable<>(
          Set.of("group-id", "group-name", "vpc-id", "description", "owner-id"),
          g ->
              Map.of(
                  "group-id", List.of(g.id),
                  "group-name", List.of(g.groupName),
                  "vpc-id", List.of(g.vpcId),
                  "description", List.of(g.description),
                  "owner-id", List.of(g.ownerId)));

  private static final Filterable<RuleRecord> RULE_FILTERS =
      new Filterable<>(
          Set.of("group-id", "security-group-rule-id"),
          r -> Map.of("group-id", List.of(r.groupId), "security-group-rule-id", List.of(r.id)));

  private final Ec2Operations ec2;
  private final Ec2Store store;

  public SecurityGroupOperations(BackendContext context) {
    this.ec2 = new Ec2Operations(context);
    this.store = ec2.store();
  }

  public List<SecurityGroupRecord> describeSecurityGroups(
      Collection<String> ids, Map<String, List<String>> filters) {
    return Ec2Filters.describe(ids, store.securityGroups.values(), this::group, filters, GROUP_FILTERS);
  }

  /**
   * Rules of every group, by rule id or filter ({@code group-id}, {@code security-group-rule-id}).
   */
  public List<RuleRecord> describeSecurityGroupRules(
      Collection<String> ruleIds, Map<String, List<String>> filters) {
    List<RuleRecord> all =
        store.securityGroups.values().stream().flatMap(g -> g.rules.stream()).toList();
    for (String id : ruleIds) {
      if (all.stream().noneMatch(r -> r.id.equals(id))) {
        throw AwsError.EC2_RULE_NOT_FOUND.exception(
            "The security group rule ID '" + id + "' does not exist");
      }
    }
    Collection<RuleRecord> scope =
        ruleIds.isEmpty() ? all : all.stream().filter(r -> ruleIds.contains(r.id)).toList();
    return Ec2Filters.select(scope, filters, RULE_FILTERS);
  }

  /** The group; InvalidGroupId.Malformed or InvalidGroup.NotFound. */
  public SecurityGroupRecord group(String id) {
    Ec2Inputs.id(id, "sg-", AwsError.EC2_GROUP_ID_MALFORMED);
    return store.securityGroup(id).orElseThrow(() -> groupNotFound(id));
  }

  static RuntimeException groupNotFound(String id) {
    return AwsError.EC2_GROUP_NOT_FOUND.exception("The security group '" + id + "' does not exist");
  }

  /** A group in the VPC (the default VPC when {@code vpcId} is null). */
  public SecurityGroupRecord createSecurityGroup(
      String vpcId, String groupName, String description, Map<String, String> tags) {
    Ec2Inputs.required("GroupName", groupName);
    Ec2Inputs.required("GroupDescription", description);
    if (groupName.length() > 255 || groupName.toLowerCase(Locale.ROOT).startsWith("sg-")) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "Value ("
              + groupName
              + ") for parameter GroupName is invalid: 1 to 255 characters,"
              + " not starting with sg-");
    }
    if (description.length() > 255) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "Value for parameter GroupDescription is invalid: at most 255 characters");
    }
    VpcRecord vpc =
        vpcId == null
            ? store.vpcs.values().stream()
                .filter(v -> v.isDefault)
                .findFirst()
                .orElseThrow(
                    () ->
                        AwsError.EC2_MISSING_PARAMETER.exception(
                            "No default VPC for this user; name a VpcId"))
            : ec2.vpc(vpcId);
    Ec2Inputs.tags(tags);
    boolean taken =
        store.securityGroups.values().stream()
            .anyMatch(g -> g.vpcId.equals(vpc.id) && g.groupName.equals(groupName));
    if (taken) {
      throw AwsError.EC2_GROUP_DUPLICATE.exception(
          "The security group '" + groupName + "' already exists for VPC '" + vpc.id + "'");
    }
    SecurityGroupRecord group = new SecurityGroupRecord();
    group.id = ec2.newId("sg-");
    group.groupName = groupName;
    group.description = description;
    group.vpcId = vpc.id;
    group.ownerId = ec2.accountId();
    group.tags.putAll(tags);
    store.securityGroups.put(group.id, group);
    addRule(ec2, group, true, "-1", null, null, r -> r.cidrIpv4 = "0.0.0.0/0");
    return group;
  }

  /** Adds every permission as a rule (tagged), or none: InvalidPermission.Duplicate. */
  public List<RuleRecord> authorize(
      String groupId, boolean egress, List<IpPermission> permissions, Map<String, String> tags) {
    SecurityGroupRecord group = group(groupId);
    if (permissions.isEmpty()) {
      throw AwsError.EC2_MISSING_PARAMETER.exception(
          "The request must contain the parameter IpPermissions");
    }
    Ec2Inputs.tags(tags);
    List<RuleRecord> wanted = new ArrayList<>();
    for (IpPermission p : permissions) {
      RuleRecord r = rule(group, egress, p);
      boolean duplicate =
          group.rules.stream().anyMatch(r::sameTraffic) || wanted.stream().anyMatch(r::sameTraffic);
      if (duplicate) {
        throw AwsError.EC2_PERMISSION_DUPLICATE.exception(
            "the specified rule \"peer: "
                + peer(r)
                + ", "
                + traffic(r)
                + ", ALLOW\" already"
                + " exists");
      }
      wanted.add(r);
    }
    long inDirection = group.rules.stream().filter(r -> r.egress == egress).count();
    if (inDirection + wanted.size() > MAX_RULES) {
      throw AwsError.EC2_RULES_LIMIT_EXCEEDED.exception(
          "The maximum number of rules per security group has been reached ("
              + MAX_RULES
              + " per direction).");
    }
    for (RuleRecord r : wanted) {
      r.id = ec2.newId("sgr-");
      r.tags.putAll(tags);
      group.rules.add(r);
    }
    return wanted;
  }

  /** Removes the rules with this traffic; all must exist (InvalidPermission.NotFound). */
  public void revoke(String groupId, boolean egress, List<IpPermission> permissions) {
    SecurityGroupRecord group = group(groupId);
    List<RuleRecord> gone = new ArrayList<>();
    for (IpPermission p : permissions) {
      RuleRecord wanted = rule(group, egress, p);
      RuleRecord existing =
          group.rules.stream()
              .filter(wanted::sameTraffic)
              .findFirst()
              .orElseThrow(
                  () ->
                      AwsError.EC2_PERMISSION_NOT_FOUND.exception(
                          "The specified rule does not exist in this security group. ("
                              + (egress ? "egress " : "ingress ")
                              + peer(wanted)
                              + ", "
                              + traffic(wanted)
                              + " in "
                              + groupId
                              + ")"));
      gone.add(existing);
    }
    group.rules.removeAll(gone);
  }

  /** Removes rules by id; InvalidSecurityGroupRuleId.NotFound for one the group lacks. */
  public void revokeRules(String groupId, boolean egress, Collection<String> ruleIds) {
    SecurityGroupRecord group = group(groupId);
    List<RuleRecord> gone = new ArrayList<>();
    for (String id : ruleIds) {
      gone.add(
          group.rules.stream()
              .filter(r -> r.id.equals(id) && r.egress == egress)
              .findFirst()
              .orElseThrow(
                  () ->
                      AwsError.EC2_RULE_NOT_FOUND.exception(
                          "The security group rule ID '" + id + "' does not exist in " + groupId)));
    }
    group.rules.removeAll(gone);
  }

  /**
   * CannotDelete for a default group; DependencyViolation while interfaces use it or another
   * group's rule refers to it.
   */
  public void deleteSecurityGroup(String groupId) {
    SecurityGroupRecord group = group(groupId);
    if (group.isDefault) {
      throw AwsError.EC2_CANNOT_DELETE.exception(
          "the specified group: \""
              + groupId
              + "\" name: \"default\" cannot be deleted by a"
              + " user");
    }
    boolean used =
        store.networkInterfaces.values().stream().anyMatch(n -> n.groupIds.contains(groupId));
    boolean referenced =
        store.securityGroups.values().stream()
            .filter(g -> !g.id.equals(groupId))
            .flatMap(g -> g.rules.stream())
            .anyMatch(r -> groupId.equals(r.referencedGroupId));
    if (used || referenced) {
      throw AwsError.EC2_DEPENDENCY_VIOLATION.exception(
          "resource "
              + groupId
              + " has a dependent object ("
              + (used ? "network interfaces use it" : "another group's rule refers to it")
              + ")");
    }
    store.securityGroups.remove(groupId);
  }

  /**
   * Whether one of the groups lets TCP traffic to {@code port} in from a member of the groups or
   * from every address of the subnet (what FSx checks of a file system's groups).
   */
  public boolean admitsTcpFromPeersOrSubnet(
      Collection<String> groupIds, String subnetId, int port) {
    Ipv4Block subnet = Ipv4Block.of(ec2.subnet(subnetId).cidrBlock);
    return groupIds.stream()
        .map(this::group)
        .flatMap(g -> g.rules.stream())
        .filter(r -> !r.egress)
        .filter(
            r ->
                r.protocol.equals("-1")
                    || (r.protocol.equals("tcp") && r.fromPort <= port && port <= r.toPort))
        .anyMatch(
            r ->
                (r.referencedGroupId != null && groupIds.contains(r.referencedGroupId))
                    || (r.cidrIpv4 != null && Ipv4Block.of(r.cidrIpv4).contains(subnet)));
  }

  /** Adds a rule without checks (new groups' default rules). */
  static void addRule(
      Ec2Operations ec2,
      SecurityGroupRecord group,
      boolean egress,
      String protocol,
      Integer from,
      Integer to,
      Consumer<RuleRecord> peer) {
    RuleRecord r = new RuleRecord();
    r.id = ec2.newId("sgr-");
    r.groupId = group.id;
    r.egress = egress;
    r.protocol = protocol;
    r.fromPort = from;
    r.toPort = to;
    peer.accept(r);
    group.rules.add(r);
  }

  /** The rule a permission asks for, checked: protocol, ports and an existing peer. */
  private RuleRecord rule(SecurityGroupRecord group, boolean egress, IpPermission p) {
    RuleRecord r = new RuleRecord();
    r.groupId = group.id;
    r.egress = egress;
    r.protocol = protocol(p.protocol());
    if (r.protocol.equals("tcp") || r.protocol.equals("udp")) {
      int from = p.fromPort().orElseThrow(() -> portsMissing(r.protocol));
      int to = p.toPort().orElseThrow(() -> portsMissing(r.protocol));
      if (from < 0 || to > 65535 || from > to) {
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "Invalid port range "
                + from
                + "-"
                + to
                + " for "
                + r.protocol
                + " (0-65535, from <="
                + " to)");
      }
      r.fromPort = from;
      r.toPort = to;
    } else if (!r.protocol.equals("-1")) {
      r.fromPort = p.fromPort().orElse(-1);
      r.toPort = p.toPort().orElse(-1);
    }
    r.cidrIpv4 = p.cidrIpv4().map(this::cidr).orElse(null);
    r.cidrIpv6 = p.cidrIpv6().orElse(null);
    r.referencedGroupId = p.referencedGroupId().map(id -> group(id).id).orElse(null);
    r.prefixListId = p.prefixListId().map(this::prefixList).orElse(null);
    return r;
  }

  private String cidr(String text) {
    return Ipv4Block.parse(text)
        .map(Ipv4Block::toString)
        .orElseThrow(
            () ->
                AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                    "CIDR block " + text + " is malformed"));
  }

  private String prefixList(String id) {
    boolean known =
        RoutingOperations.managedPrefixLists(ec2.context().region()).stream()
            .anyMatch(p -> p.prefixListId().equals(id));
    if (!known) {
      throw AwsError.EC2_PREFIX_LIST_NOT_FOUND.exception(
          "The prefix list ID '" + id + "' does not exist");
    }
    return id;
  }

  private static String protocol(String protocol) {
    switch (protocol.toLowerCase(Locale.ROOT)) {
      case "-1":
        return "-1";
      case "tcp":
      case "6":
        return "tcp";
      case "udp":
      case "17":
        return "udp";
      case "icmp":
      case "1":
        return "icmp";
      case "icmpv6":
      case "58":
        return "icmpv6";
      default:
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "Invalid value '" + protocol + "' for IP protocol. Unknown protocol.");
    }
  }

  private static RuntimeException portsMissing(String protocol) {
    return AwsError.EC2_PERMISSION_MALFORMED.exception(
        "Invalid security group rule: " + protocol + " needs FromPort and ToPort");
  }

  private static String peer(RuleRecord r) {
    return r.cidrIpv4 != null
        ? r.cidrIpv4
        : r.cidrIpv6 != null
            ? r.cidrIpv6
            : r.referencedGroupId != null ? r.referencedGroupId : r.prefixListId;
  }

  private static String traffic(RuleRecord r) {
    return r.protocol.equals("-1")
        ? "ALL"
        : r.protocol.toUpperCase(Locale.ROOT) + " " + r.fromPort + "-" + r.toPort;
  }
}
