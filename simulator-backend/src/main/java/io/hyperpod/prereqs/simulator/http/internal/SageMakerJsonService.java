package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.sagemaker.SageMakerOperations;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * SageMaker HyperPod on the wire (JSON 1.1, {@code SageMaker}): CreateCluster (judged by the
 * simulator's readiness oracle for the caller of the access key), DescribeCluster, ListClusters,
 * ListClusterNodes and DeleteCluster, with SageMaker's field names, statuses and errors and
 * {@code MaxResults}/{@code NextToken} paging.
 */
public final class SageMakerJsonService extends JsonProtocol {
  private static final int DEFAULT_MAX_RESULTS = 10;
  private static final int MAX_MAX_RESULTS = 100;

  private final AwsSimulator simulator;

  /** @param simulator whose account root the readiness oracle reads the account as */
  public SageMakerJsonService(AwsSimulator simulator) {
    super("sagemaker", "SageMaker");
    this.simulator = simulator;
    operation(
        "CreateCluster",
        (in, c, out) ->
            out.put(
                "ClusterArn",
                new SageMakerOperations(c).createCluster(root(c), ClusterRequests.read(in))));
    operation("DescribeCluster", (in, c, out) -> describe(out, require(c, clusterName(in))));
    operation(
        "ListClusters",
        (in, c, out) -> {
          String contains = text(in, "NameContains");
          List<Cluster> clusters =
              new SageMakerOperations(c)
                  .listClusters().stream()
                      .filter(k -> contains == null || k.clusterName().contains(contains))
                      .toList();
          page(in, out, "ClusterSummaries", clusters, Cluster::clusterName, SageMakerJsonService::summary);
        });
    operation(
        "ListClusterNodes",
        (in, c, out) -> {
          String contains = text(in, "InstanceGroupNameContains");
          List<ClusterNode> nodes =
              new SageMakerOperations(c)
                  .listClusterNodes(clusterName(in)).stream()
                      .filter(n -> contains == null || n.instanceGroupName().contains(contains))
                      .toList();
          page(in, out, "ClusterNodeSummaries", nodes, ClusterNode::instanceId, SageMakerJsonService::node);
        });
    operation(
        "DeleteCluster",
        (in, c, out) -> {
          Cluster cluster = require(c, clusterName(in));
          new SageMakerOperations(c).deleteCluster(cluster.clusterArn());
          out.put("ClusterArn", cluster.clusterArn());
        });
  }

  private io.hyperpod.prereqs.spi.CloudBackend root(BackendContext context) {
    return simulator.backend(context.accountId(), context.region());
  }

  private static String clusterName(JsonNode in) {
    String name = text(in, "ClusterName");
    if (name == null || name.isEmpty()) {
      throw AwsError.SAGEMAKER_VALIDATION.exception(
          "1 validation error detected: Value null at 'clusterName' failed to satisfy constraint:"
              + " Member must not be null",
          "pass ClusterName, the cluster's name or ARN");
    }
    return name;
  }

  private static Cluster require(BackendContext context, String nameOrArn) {
    return new SageMakerOperations(context)
        .describeCluster(nameOrArn)
        .orElseThrow(
            () ->
                AwsError.SAGEMAKER_RESOURCE_NOT_FOUND.exception(
                    "Cluster " + nameOrArn + " not found",
                    "no such cluster in "
                        + context.region()
                        + " of account "
                        + context.accountId()
                        + "; check the name or ARN with ListClusters"));
  }

  private static <T> void page(
      JsonNode in,
      ObjectNode out,
      String name,
      List<T> all,
      Function<T, String> key,
      BiConsumer<ObjectNode, T> item) {
    Integer max = integer(in, "MaxResults");
    if (max != null && (max < 1 || max > MAX_MAX_RESULTS)) {
      throw AwsError.SAGEMAKER_VALIDATION.exception(
          "1 validation error detected: Value '" + max + "' at 'maxResults' failed to satisfy"
              + " constraint: Member must have value between 1 and " + MAX_MAX_RESULTS);
    }
    String token = text(in, "NextToken");
    MarkerPage<T> page =
        MarkerPage.of(all, key, token, max, DEFAULT_MAX_RESULTS, () -> badToken(token));
    ArrayNode items = out.putArray(name);
    page.items().forEach(value -> item.accept(items.addObject(), value));
    if (page.truncated()) {
      out.put("NextToken", page.nextMarker());
    }
  }

  private static CloudException badToken(String token) {
    return AwsError.SAGEMAKER_VALIDATION.exception(
        "Invalid pagination token",
        "NextToken '" + token + "' was not handed out by this listing; pass the NextToken of the"
            + " previous response, or none for the first page");
  }

  private static void summary(ObjectNode out, Cluster c) {
    out.put("ClusterArn", c.clusterArn())
        .put("ClusterName", c.clusterName())
        .put("CreationTime", epochSeconds(c.creationTime()))
        .put("ClusterStatus", c.clusterStatusAsString());
  }

  private static void describe(ObjectNode out, Cluster c) {
    summary(out, c);
    c.failureMessage().ifPresent(m -> out.put("FailureMessage", m));
    ArrayNode groups = out.putArray("InstanceGroups");
    for (CreateClusterRequest.InstanceGroupSpec g : c.instanceGroups()) {
      ObjectNode group = groups.addObject();
      group
          .put(
              "CurrentCount",
              c.clusterStatus() == ClusterStatus.IN_SERVICE ? g.instanceCount() : 0)
          .put("TargetCount", g.instanceCount())
          .put("InstanceGroupName", g.instanceGroupName())
          .put("InstanceType", g.instanceType())
          .put("ExecutionRole", g.executionRole())
          .put("ThreadsPerCore", g.threadsPerCore());
      g.lifeCycleConfig().ifPresent(
          l -> group.set("LifeCycleConfig", io.hyperpod.prereqs.internal.json.Json.mapper().valueToTree(l)));
      g.slurmConfig().ifPresent(
          sc -> group.set("SlurmConfig", io.hyperpod.prereqs.internal.json.Json.mapper().valueToTree(sc)));
      if (!g.instanceStorageConfigs().isEmpty()) {
        group.set("InstanceStorageConfigs",
            io.hyperpod.prereqs.internal.json.Json.mapper().valueToTree(g.instanceStorageConfigs()));
      }
    }
    c.vpcConfig()
        .ifPresent(
            v -> {
              ObjectNode vpc = out.putObject("VpcConfig");
              v.securityGroupIds().forEach(vpc.putArray("SecurityGroupIds")::add);
              v.subnets().forEach(vpc.putArray("Subnets")::add);
            });
  }

  private static void node(ObjectNode out, ClusterNode n) {
    out.put("InstanceGroupName", n.instanceGroupName())
        .put("InstanceId", n.instanceId())
        .put("InstanceType", n.instanceType())
        .put("LaunchTime", epochSeconds(n.launchTime()));
    out.putObject("InstanceStatus").put("Status", n.instanceStatus());
  }
}
