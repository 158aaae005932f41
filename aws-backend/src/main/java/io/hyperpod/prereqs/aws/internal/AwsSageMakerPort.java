package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ClusterInstanceGroupDetails;
import software.amazon.awssdk.services.sagemaker.model.ClusterLifeCycleConfig;
import software.amazon.awssdk.services.sagemaker.model.ClusterNodeSummary;
import software.amazon.awssdk.services.sagemaker.model.ClusterSummary;
import software.amazon.awssdk.services.sagemaker.model.DescribeClusterResponse;

/**
 * {@link SageMakerPort} on the SDK's SageMaker client. The lists read every page through the SDK's
 * paginators (each page is one call); {@link #listClusters()} then describes each listed cluster,
 * because a summary lacks the instance groups. A cluster that does not exist ({@code
 * ResourceNotFound}) is an empty result for DescribeCluster and an error otherwise. The client is
 * made on the first call that needs it, so a run that never uses SageMaker makes none.
 */
public final class AwsSageMakerPort implements SageMakerPort {
  private static final String RESOURCE_NOT_FOUND = "ResourceNotFound";

  private final Supplier<SageMakerClient> client;

  public AwsSageMakerPort(Supplier<SageMakerClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  @Override
  public String createCluster(CreateClusterRequest request) {
    return AwsErrors.call(
        AwsCall.sagemaker("CreateCluster", cluster(request.clusterName())),
        () -> sageMaker().createCluster(SageMakerRequests.toSdk(request)).clusterArn());
  }

  @Override
  public Optional<Cluster> describeCluster(String clusterNameOrArn) {
    return AwsErrors.absentOn(RESOURCE_NOT_FOUND, () -> describe(clusterNameOrArn));
  }

  @Override
  public List<Cluster> listClusters() {
    List<ClusterSummary> summaries =
        AwsErrors.call(
            AwsCall.sagemaker("ListClusters", "the clusters of the region"),
            () -> {
              List<ClusterSummary> all = new ArrayList<>();
              sageMaker().listClustersPaginator(r -> {}).clusterSummaries().forEach(all::add);
              return all;
            });
    List<Cluster> clusters = new ArrayList<>();
    for (ClusterSummary summary : summaries) {
      // a cluster deleted between the list and its description is no longer there
      describeCluster(summary.clusterArn()).ifPresent(clusters::add);
    }
    return clusters;
  }

  @Override
  public List<ClusterNode> listClusterNodes(String clusterNameOrArn) {
    return AwsErrors.call(
        AwsCall.sagemaker("ListClusterNodes", "the nodes of " + cluster(clusterNameOrArn)),
        () -> {
          List<ClusterNode> nodes = new ArrayList<>();
          sageMaker()
              .listClusterNodesPaginator(r -> r.clusterName(clusterNameOrArn))
              .clusterNodeSummaries()
              .forEach(n -> nodes.add(node(n)));
          return nodes;
        });
  }

  @Override
  public void deleteCluster(String clusterNameOrArn) {
    AwsErrors.run(
        AwsCall.sagemaker("DeleteCluster", cluster(clusterNameOrArn)),
        () -> sageMaker().deleteCluster(r -> r.clusterName(clusterNameOrArn)));
  }

  private Cluster describe(String clusterNameOrArn) {
    return AwsErrors.call(
        AwsCall.sagemaker("DescribeCluster", cluster(clusterNameOrArn)),
        () -> cluster(sageMaker().describeCluster(r -> r.clusterName(clusterNameOrArn))));
  }

  private SageMakerClient sageMaker() {
    return client.get();
  }

  private static Cluster cluster(DescribeClusterResponse d) {
    var cluster =
        Cluster.builder()
            .clusterName(d.clusterName())
            .clusterArn(d.clusterArn())
            .clusterStatusAsString(text(d.clusterStatusAsString()))
            .failureMessage(
                Optional.ofNullable(d.failureMessage()).filter(message -> !message.isBlank()))
            .creationTime(d.creationTime() == null ? Instant.EPOCH : d.creationTime());
    if (d.hasInstanceGroups()) {
      d.instanceGroups().forEach(g -> cluster.addInstanceGroups(group(g)));
    }
    if (d.vpcConfig() != null) {
      cluster.vpcConfig(
          ImmutableVpcConfig.builder()
              .securityGroupIds(d.vpcConfig().securityGroupIds())
              .subnets(d.vpcConfig().subnets())
              .build());
    }
    return cluster.build();
  }

  /**
   * An instance group as DescribeCluster tells it; its count is the target count (what the cluster
   * was asked for), the current count while SageMaker has not said one. A group without
   * ThreadsPerCore has 1.
   */
  private static CreateClusterRequest.InstanceGroupSpec group(ClusterInstanceGroupDetails g) {
    Integer count = g.targetCount() != null ? g.targetCount() : g.currentCount();
    ClusterLifeCycleConfig lifecycle = g.lifeCycleConfig();
    return ImmutableInstanceGroupSpec.builder()
        .instanceGroupName(g.instanceGroupName())
        .instanceType(text(g.instanceTypeAsString()))
        .instanceCount(count == null ? 0 : count)
        .executionRole(text(g.executionRole()))
        .lifeCycleConfig(Optional.ofNullable(lifecycle).map(l ->
            ImmutableLifeCycleConfig.builder()
                .sourceS3Uri(text(l.sourceS3Uri()))
                .onCreate(Optional.ofNullable(l.onCreate()))
                .build()))
        .threadsPerCore(g.threadsPerCore() == null ? 1 : g.threadsPerCore())
        .instanceStorageConfigs(!g.hasInstanceStorageConfigs() ? List.of()
            : g.instanceStorageConfigs().stream()
                .filter(c -> c.ebsVolumeConfig() != null)
                .map(c -> io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig.ebs(
                    CreateClusterRequest.EbsVolumeConfig.builder()
                        .volumeSizeInGB(Optional.ofNullable(c.ebsVolumeConfig().volumeSizeInGB()))
                        .volumeKmsKeyId(Optional.ofNullable(c.ebsVolumeConfig().volumeKmsKeyId()))
                        .rootVolume(Optional.ofNullable(c.ebsVolumeConfig().rootVolume()))
                        .build()))
                .toList())
        .build();
  }

  private static ClusterNode node(ClusterNodeSummary n) {
    return ClusterNode.builder()
        .instanceGroupName(n.instanceGroupName())
        .instanceId(n.instanceId())
        .instanceType(text(n.instanceTypeAsString()))
        .instanceStatus(n.instanceStatus() == null ? "" : text(n.instanceStatus().statusAsString()))
        .launchTime(n.launchTime() == null ? Instant.EPOCH : n.launchTime())
        .build();
  }

  /** A field SageMaker left out, as the empty string. */
  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String cluster(String clusterNameOrArn) {
    return "cluster '" + clusterNameOrArn + "'";
  }
}
