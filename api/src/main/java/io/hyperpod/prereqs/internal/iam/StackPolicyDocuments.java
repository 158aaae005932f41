package io.hyperpod.prereqs.internal.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The IAM documents the stack writes, as the seed document and the HyperPod docs give them
 * (facts §1.3, §2.1-§2.4), in one place.
 */
public final class StackPolicyDocuments {
  public static final String SAGEMAKER_SERVICE = "sagemaker.amazonaws.com";
  public static final String INSTANCE_ROLE_POLICY = "AmazonSageMakerClusterInstanceRolePolicy";
  public static final String FULL_ACCESS_POLICY = "AmazonSageMakerFullAccess";

  /**
   * What the current HyperPod docs' Slurm cluster-admin policy allows on the account's clusters
   * (besides CreateCluster and ListClusters on {@code *}); the readiness check {@code
   * admin.manage-clusters} asks for the same list.
   */
  public static final List<String> CLUSTER_ADMIN_ACTIONS =
      List.of(
          "sagemaker:DeleteCluster",
          "sagemaker:DescribeCluster",
          "sagemaker:DescribeClusterNode",
          "sagemaker:ListClusterNodes",
          "sagemaker:UpdateCluster",
          "sagemaker:UpdateClusterSoftware",
          "sagemaker:BatchDeleteClusterNodes");

  private StackPolicyDocuments() {}

  /** The execution role's trust policy: SageMaker may assume it. */
  public static String executionRoleTrust() {
    ObjectNode statement =
        statement(null, List.of("sts:AssumeRole"), null)
            .set("Principal", Json.object().put("Service", SAGEMAKER_SERVICE));
    return document(List.of(statement));
  }

  /**
   * The cluster admin's policy: the seed's minimal statements plus what CreateCluster really
   * needs ({@code sagemaker:AddTags}, and {@code iam:PassRole} of the stack's execution roles to
   * SageMaker only).
   */
  public static String clusterAdmin(StackModel model) {
    String clusters = model.clusterArnPattern();
    ObjectNode create =
        statement(
            "CreateAndListClusters",
            List.of("sagemaker:CreateCluster", "sagemaker:ListClusters"),
            List.of("*"));
    ObjectNode manage =
        statement(
            "ManageClusters",
            java.util.stream.Stream.concat(
                    CLUSTER_ADMIN_ACTIONS.stream(), java.util.stream.Stream.of("sagemaker:AddTags"))
                .toList(),
            List.of(clusters));
    ObjectNode passRole =
        statement(
            "PassExecutionRolesToSageMaker",
            List.of("iam:PassRole"),
            model.executionRoleNames().stream().map(model::roleArn).toList());
    passRole.set(
        "Condition",
        Json.object()
            .set("StringEquals", Json.object().put("iam:PassedToService", SAGEMAKER_SERVICE)));
    return document(List.of(create, manage, passRole));
  }

  /**
   * The EC2 actions an execution role needs on {@code *} with a custom VPC (facts §2.4); the
   * readiness checks ask for the same list.
   */
  public static final List<String> VPC_NETWORK_INTERFACE_ACTIONS =
      List.of(
          "ec2:CreateNetworkInterface",
          "ec2:CreateNetworkInterfacePermission",
          "ec2:DeleteNetworkInterface",
          "ec2:DeleteNetworkInterfacePermission",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DescribeVpcs",
          "ec2:DescribeDhcpOptions",
          "ec2:DescribeSubnets",
          "ec2:DescribeSecurityGroups",
          "ec2:DetachNetworkInterface");

  /**
   * The execution roles' extra policy with a custom VPC (facts §2.4): the network-interface actions
   * HyperPod needs to put the nodes into the VPC, {@code ec2:DetachNetworkInterface} for
   * auto-resume, {@code ec2:CreateTags} on network interfaces only, and, with FSx,
   * {@code fsx:DescribeFileSystems}.
   */
  public static String executionVpc(StackModel model) {
    List<ObjectNode> statements = new ArrayList<>();
    statements.add(
        statement(
            "ClusterNetworkInterfacesInVpc",
            VPC_NETWORK_INTERFACE_ACTIONS,
            List.of("*")));
    statements.add(
        statement(
            "TagClusterNetworkInterfaces",
            List.of("ec2:CreateTags"),
            List.of("arn:aws:ec2:*:*:network-interface/*")));
    if ((model.spec().fsx().isPresent() || model.spec().openZfs().isPresent())) {
      statements.add(
          statement("DescribeFileSystems", List.of("fsx:DescribeFileSystems"), List.of("*")));
    }
    return document(statements);
  }

  /** The cluster user's policy: open and end SSM sessions on the nodes. */
  public static String clusterUser() {
    return document(
        List.of(
            statement(
                "StartAndEndSessions",
                List.of("ssm:StartSession", "ssm:TerminateSession"),
                List.of("*"))));
  }

  /** A policy document of these statements. */
  public static String document(List<ObjectNode> statements) {
    ObjectNode doc = Json.object().put("Version", "2012-10-17");
    ArrayNode list = doc.putArray("Statement");
    statements.forEach(list::add);
    return Json.write(doc);
  }

  /** An Allow statement; {@code resources} null leaves Resource out (trust policies). */
  public static ObjectNode statement(
      String sid, Collection<String> actions, Collection<String> resources) {
    ObjectNode s = Json.object();
    if (sid != null) {
      s.put("Sid", sid);
    }
    s.put("Effect", "Allow");
    s.set("Action", strings(actions));
    if (resources != null) {
      s.set("Resource", strings(resources));
    }
    return s;
  }

  /** A condition block {@code {Operator: {key: value}}}. */
  public static ObjectNode condition(String operator, Map<String, String> keyValues) {
    ObjectNode op = Json.object();
    keyValues.forEach(op::put);
    return (ObjectNode) Json.object().set(operator, op);
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = Json.array();
    values.forEach(a::add);
    return a;
  }
}
