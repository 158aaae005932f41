package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * EC2 section (written ahead of the EC2 port, from aws-wire-protocols §2.3), present when the
 * spec has a network: Describe calls on {@code *} (EC2 has no resource-level permissions for
 * them); creating the VPC, subnets, security group and S3 gateway endpoint; tagging only as part
 * of those creations ({@code ec2:CreateAction}), so that nothing else can be given the stack
 * tag; and changing or deleting only what carries the stack tag.
 */
final class Ec2ToolStatements {
  static final List<String> CREATE_ACTIONS =
      List.of("CreateVpc", "CreateSubnet", "CreateSecurityGroup", "CreateVpcEndpoint",
          "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress");

  private Ec2ToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    if (model.spec().network().isEmpty()) {
      return List.of();
    }
    Network network = model.spec().network().get();
    // Every EC2 resource of the region: the actions (and the conditions) say which, and
    // CreateSubnet, CreateSecurityGroup and CreateVpcEndpoint also act on the VPC and its route
    // tables.
    List<String> networkResources =
        List.of("arn:aws:ec2:" + model.region() + ":" + model.account() + ":*");
    List<ObjectNode> out = new ArrayList<>();
    out.add(Statements.allow(
        "Ec2Describe",
        List.of("ec2:DescribeAvailabilityZones", "ec2:DescribeTags", "ec2:DescribeVpcs",
            "ec2:DescribeVpcAttribute", "ec2:DescribeSubnets",
            "ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules",
            "ec2:DescribeVpcEndpoints", "ec2:DescribeRouteTables", "ec2:DescribePrefixLists"),
        List.of("*")));
    List<String> create = new ArrayList<>();
    network.vpc().create().ifPresent(v -> create.add("ec2:CreateVpc"));
    if (network.subnets().stream().anyMatch(s -> s.create().isPresent())) {
      create.add("ec2:CreateSubnet");
    }
    network.securityGroup().create().ifPresent(g -> create.add("ec2:CreateSecurityGroup"));
    if (network.s3GatewayEndpoint()) {
      create.add("ec2:CreateVpcEndpoint");
    }
    if (!create.isEmpty()) {
      out.add(Statements.allow("Ec2Create", create, networkResources));
      out.add(Statements.when(
          Statements.allow("Ec2TagOnCreate", List.of("ec2:CreateTags"),
              networkResources),
          "StringEquals", "ec2:CreateAction", CREATE_ACTIONS));
    }
    out.add(Statements.taggedWithStack(
        Statements.allow(
            "Ec2ChangeStackTagged",
            List.of("ec2:CreateTags", "ec2:AuthorizeSecurityGroupIngress",
                "ec2:AuthorizeSecurityGroupEgress",
                "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress",
                "ec2:ModifyVpcAttribute", "ec2:ModifyVpcEndpoint", "ec2:DeleteVpcEndpoints",
                "ec2:DeleteSecurityGroup", "ec2:DeleteSubnet", "ec2:DeleteVpc"),
            networkResources),
        model.stack()));
    return out;
  }
}
