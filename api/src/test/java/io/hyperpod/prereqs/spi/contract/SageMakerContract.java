package io.hyperpod.prereqs.spi.contract;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SageMaker HyperPod clusters: CreateCluster on an account that has what a cluster needs, the
 * cluster's ARN, states and nodes, and SageMaker's errors. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class SageMakerContract extends ClusterContractGroup {
  protected SageMakerContract(CloudBackendContractTest suite) {
    super(suite);
  }

  private SageMakerPort sageMaker() {
    return backend().sageMaker();
  }

  @Test
  void createCluster_readyAccount_isCreatingWithAnArnOfTwelveLowercaseCharacters() {
    CreateClusterRequest request = readyRequest();

    String arn = createCluster(request);

    if (!deviates(KnownDeviation.SAGEMAKER_CLUSTER_ARN_HAS_NAME)) {
      assertThat(arn).matches("arn:aws:sagemaker:[a-z0-9-]+:" + accountId() + ":cluster/[a-z0-9]{12}");
    }
    Cluster c = sageMaker().describeCluster(request.clusterName()).orElseThrow();
    assertThat(c.clusterArn()).isEqualTo(arn);
    assertThat(c.clusterName()).isEqualTo(request.clusterName());
    assertThat(c.clusterStatus())
        .isEqualTo(
            deviates(KnownDeviation.SAGEMAKER_CLUSTER_STATES_INSTANT)
                ? ClusterStatus.IN_SERVICE
                : ClusterStatus.CREATING);
    assertThat(c.failureMessage()).isEmpty();
    assertThat(c.instanceGroups()).isEqualTo(request.instanceGroups());
    assertThat(c.vpcConfig()).isEmpty();
    assertThat(sageMaker().describeCluster(arn).orElseThrow().clusterName())
        .isEqualTo(request.clusterName());
  }

  @Test
  void describeCluster_afterCreationTime_isInServiceWithRunningNodes() {
    CreateClusterRequest request = readyRequest();
    createCluster(request);

    assumeThat(letClustersSettle()).as("the backend's time can be moved").isTrue();

    assertThat(sageMaker().describeCluster(request.clusterName()).orElseThrow().clusterStatus())
        .isEqualTo(ClusterStatus.IN_SERVICE);
    assertThat(sageMaker().listClusterNodes(request.clusterName()))
        .extracting(ClusterNode::instanceStatus)
        .containsExactly("Running");
  }

  @Test
  void listClusters_afterCreate_holdsTheClusterWithItsGroups() {
    CreateClusterRequest request = readyRequest();
    String arn = createCluster(request);

    List<Cluster> clusters = sageMaker().listClusters();

    assertThat(clusters).extracting(Cluster::clusterArn).contains(arn);
    Cluster listed =
        clusters.stream().filter(c -> c.clusterArn().equals(arn)).findFirst().orElseThrow();
    assertThat(listed.instanceGroups()).isEqualTo(request.instanceGroups());
  }

  @Test
  void listClusterNodes_createdCluster_oneNodePerInstance() {
    CreateClusterRequest request = readyRequest();
    createCluster(request);

    List<ClusterNode> nodes = sageMaker().listClusterNodes(request.clusterName());

    assertThat(nodes).hasSize(1);
    ClusterNode node = nodes.get(0);
    assertThat(node.instanceGroupName()).isEqualTo(GROUP);
    assertThat(node.instanceType()).isEqualTo(INSTANCE_TYPE);
    if (!deviates(KnownDeviation.SAGEMAKER_NODE_IDS_NOT_EC2)) {
      assertThat(node.instanceId()).matches("i-[0-9a-f]{17}");
    }
  }

  @Test
  void createCluster_nameTaken_failsWithResourceInUse() {
    CreateClusterRequest request = readyRequest();
    createCluster(request);

    assertCloudError(
        () -> sageMaker().createCluster(request), ConflictException.class, "ResourceInUse", 400);
  }

  @Test
  void deleteCluster_existing_isDeletingThenGone() {
    CreateClusterRequest request = readyRequest();
    String arn = createCluster(request);

    sageMaker().deleteCluster(request.clusterName());

    assertThat(sageMaker().listClusters())
        .filteredOn(c -> c.clusterArn().equals(arn))
        .allSatisfy(c -> assertThat(c.clusterStatus()).isEqualTo(ClusterStatus.DELETING));
    if (letClustersSettle()) {
      assertThat(sageMaker().listClusters()).extracting(Cluster::clusterArn).doesNotContain(arn);
    }
  }

  @Test
  void describeCluster_missing_isEmpty() {
    assumeNo(KnownDeviation.SAGEMAKER_MISSING_CLUSTER_IS_VALIDATION_EXCEPTION);

    assertThat(sageMaker().describeCluster(unique("cluster"))).isEmpty();
  }

  @Test
  void listClusterNodes_missing_failsWithResourceNotFound() {
    assumeNo(KnownDeviation.SAGEMAKER_MISSING_CLUSTER_IS_VALIDATION_EXCEPTION);

    assertCloudError(
        () -> sageMaker().listClusterNodes(unique("cluster")),
        NotFoundException.class,
        "ResourceNotFound",
        400);
  }

  @Test
  void deleteCluster_missing_failsWithResourceNotFound() {
    assumeNo(KnownDeviation.SAGEMAKER_MISSING_CLUSTER_IS_VALIDATION_EXCEPTION);

    assertCloudError(
        () -> sageMaker().deleteCluster(unique("cluster")),
        NotFoundException.class,
        "ResourceNotFound",
        400);
  }
}
