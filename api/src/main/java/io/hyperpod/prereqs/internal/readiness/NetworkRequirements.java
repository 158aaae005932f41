package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.network.EfaRules;
import io.hyperpod.prereqs.internal.network.S3Routes;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a request's VpcConfig needs: its subnets and security groups exist in one VPC, the subnets
 * in one AZ id, EFA's self rules on every group when an instance type uses EFA, and a route to S3
 * from every subnet (the nodes have no internet).
 */
public final class NetworkRequirements {
  public static final String SUBNETS_EXIST = "network.subnets-exist";
  public static final String GROUPS_EXIST = "network.security-groups-exist";
  public static final String ONE_VPC = "network.one-vpc";
  public static final String ONE_AZ = "network.one-az";
  public static final String EFA_RULES = "network.efa-self-rules";
  public static final String S3_REACHABLE = "network.s3-reachable";
  public static final String GROUP_COUNT = "network.security-group-count";

  private NetworkRequirements() {}

  static boolean efa(String instanceType) {
    return io.hyperpod.prereqs.catalog.HyperPodCatalog.efa(instanceType);
  }

  static void check(
      AccountView view, CreateClusterRequest request, NetworkFacts net, Results out) {
    if (!net.customVpc()) {
      return;
    }
    CreateClusterRequest.VpcConfig config = net.config().orElseThrow();
    int groupCount = config.securityGroupIds().size();
    out.check(groupCount >= 1 && groupCount <= 5, GROUP_COUNT, "VpcConfig.SecurityGroupIds",
        "VpcConfig has 1 to 5 security groups", groupCount + " group(s)",
        groupCount == 0 ? "give the cluster its EFA security group" : "give the cluster at most 5 security groups",
        Consequence.VALIDATION);
    Set<String> foundSubnets = net.subnets().stream().map(Subnet::subnetId).collect(Collectors.toSet());
    List<String> missingSubnets = config.subnets().stream().filter(s -> !foundSubnets.contains(s)).toList();
    out.check(missingSubnets.isEmpty(), SUBNETS_EXIST, String.join(",", config.subnets()),
        "the subnets exist in " + view.region(),
        missingSubnets.isEmpty() ? "found " + foundSubnets : "not found: " + missingSubnets,
        "use subnet ids of " + view.region() + " in VpcConfig.Subnets", Consequence.VALIDATION);
    Set<String> foundGroups = net.groups().stream().map(SecurityGroup::groupId).collect(Collectors.toSet());
    List<String> missingGroups =
        config.securityGroupIds().stream().filter(g -> !foundGroups.contains(g)).toList();
    out.check(missingGroups.isEmpty(), GROUPS_EXIST, String.join(",", config.securityGroupIds()),
        "the security groups exist in " + view.region(),
        missingGroups.isEmpty() ? "found " + foundGroups : "not found: " + missingGroups,
        "use security group ids of " + view.region() + " in VpcConfig.SecurityGroupIds",
        Consequence.VALIDATION);
    if (!missingSubnets.isEmpty() || !missingGroups.isEmpty()) {
      return;
    }
    Set<String> vpcs = new TreeSet<>();
    net.subnets().forEach(s -> vpcs.add(s.vpcId()));
    net.groups().forEach(g -> vpcs.add(g.vpcId()));
    out.check(vpcs.size() == 1, ONE_VPC, "VpcConfig", "the subnets and security groups share one VPC",
        net.subnets().stream().map(s -> s.subnetId() + " in " + s.vpcId()).collect(Collectors.joining(", "))
            + "; " + net.groups().stream().map(g -> g.groupId() + " in " + g.vpcId()).collect(Collectors.joining(", ")),
        "use subnets and security groups of one VPC", Consequence.VALIDATION);
    Set<String> zones = net.subnets().stream().map(Subnet::availabilityZoneId).collect(Collectors.toCollection(TreeSet::new));
    out.check(zones.size() == 1, ONE_AZ, String.join(",", config.subnets()),
        "the subnets share one availability zone id",
        net.subnets().stream().map(s -> s.subnetId() + " in " + s.availabilityZoneId()).collect(Collectors.joining(", ")),
        "use subnets of one AZ id (EFA traffic cannot cross zones; FSx lives in one)",
        Consequence.VALIDATION);
    List<String> efaTypes = request.instanceGroups().stream().map(g -> g.instanceType())
        .filter(NetworkRequirements::efa).distinct().toList();
    if (!efaTypes.isEmpty()) {
      for (SecurityGroup g : net.groups()) {
        boolean in = EfaRules.selfIngress(g);
        boolean eg = EfaRules.selfEgress(g);
        out.check(in && eg, EFA_RULES, g.groupId(),
            "the security group lets all traffic in from and out to itself (EFA, " + String.join(", ", efaTypes) + ")",
            "inbound all from itself: " + (in ? "yes" : "no") + "; outbound all to itself: " + (eg ? "yes" : "no"),
            "add " + (in ? "" : "an inbound rule all traffic from " + g.groupId() + (eg ? "" : " and "))
                + (eg ? "" : "an outbound rule all traffic to " + g.groupId()),
            Consequence.LIFECYCLE_FAILURE);
      }
    }
    for (Subnet s : net.subnets()) {
      Optional<RouteTable> t = net.routeTables().getOrDefault(s.subnetId(), Optional.empty());
      boolean ok = t.map(rt -> S3Routes.reachesS3(rt, net.s3PrefixListId())).orElse(false);
      out.check(ok, S3_REACHABLE, s.subnetId(),
          "the subnet reaches S3 (gateway endpoint or NAT): the nodes fetch the lifecycle scripts",
          t.map(rt -> "route table " + rt.routeTableId() + (ok ? " routes S3" : " has no route to S3's prefix list "
              + net.s3PrefixListId().orElse("(none)") + " through a vpce- nor 0.0.0.0/0 to a NAT gateway"))
              .orElse("no route table"),
          "add an S3 gateway endpoint (com.amazonaws." + view.region() + ".s3) to route table "
              + t.map(RouteTable::routeTableId).orElse("of " + s.subnetId()),
          Consequence.LIFECYCLE_FAILURE);
    }
  }
}
