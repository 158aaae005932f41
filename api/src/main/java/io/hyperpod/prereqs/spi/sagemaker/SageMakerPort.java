package io.hyperpod.prereqs.spi.sagemaker;

import java.util.List;
import java.util.Optional;

/**
 * SageMaker HyperPod clusters (Slurm). Cluster ids are 12 lowercase alphanumerics; a cluster's ARN
 * is {@code arn:aws:sagemaker:REGION:ACCOUNT:cluster/<id>}. Methods take a cluster's name or ARN
 * and fail with {@link io.hyperpod.prereqs.spi.CloudException}s carrying SageMaker's error codes:
 * {@code ValidationException} (MalformedException), {@code ResourceLimitExceeded}
 * (LimitExceededException), {@code ResourceInUse} (ConflictException), {@code ResourceNotFound}
 * (NotFoundException), {@code AccessDeniedException} (AccessDeniedException).
 */
public interface SageMakerPort {
  /**
   * CreateCluster: answers the new cluster's ARN at once; the cluster is {@code Creating} and
   * becomes {@code InService} (or {@code Failed}, with a failure message) later.
   *
   * @param request the cluster, its instance groups, VPC and lifecycle configuration
   * @return the cluster's ARN, {@code arn:aws:sagemaker:REGION:ACCOUNT:cluster/ID}
   */
  String createCluster(CreateClusterRequest request);

  /**
   * DescribeCluster; empty when there is no such cluster.
   *
   * @param clusterNameOrArn the cluster's name or ARN
   * @return the cluster's status, groups and failure message, or empty
   */
  Optional<Cluster> describeCluster(String clusterNameOrArn);

  /** {@return ListClusters, every page: the region's clusters} */
  List<Cluster> listClusters();

  /**
   * ListClusterNodes, every page; ResourceNotFound when there is no such cluster.
   *
   * @param clusterNameOrArn the cluster's name or ARN
   * @return the cluster's nodes with their instance ids, groups and status
   * @throws io.hyperpod.prereqs.spi.NotFoundException (ResourceNotFound) when there is no such
   *     cluster
   */
  List<ClusterNode> listClusterNodes(String clusterNameOrArn);

  /**
   * DeleteCluster: the cluster becomes {@code Deleting} and goes away later.
   *
   * @param clusterNameOrArn the cluster's name or ARN
   */
  void deleteCluster(String clusterNameOrArn);
}
