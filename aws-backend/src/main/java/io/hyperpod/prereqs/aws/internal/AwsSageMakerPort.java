package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

/**
 * {@link SageMakerPort} on the SDK's SageMaker client. Its operations are not written yet (each throws {@link
 * UnsupportedOperationException}); the client is
 * made on the first call that needs it, so a run that never uses SageMaker makes none.
 */
public final class AwsSageMakerPort implements SageMakerPort {
  private final Supplier<SageMakerClient> client;

  public AwsSageMakerPort(Supplier<SageMakerClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The SageMaker client, made on first use. */
  SageMakerClient client() {
    return client.get();
  }

  @Override
  public String createCluster(io.hyperpod.prereqs.apply.CreateClusterRequest request) {
    throw notYet("CreateCluster");
  }

  @Override
  public java.util.Optional<io.hyperpod.prereqs.spi.sagemaker.Cluster> describeCluster(String name) {
    throw notYet("DescribeCluster");
  }

  @Override
  public java.util.List<io.hyperpod.prereqs.spi.sagemaker.Cluster> listClusters() {
    throw notYet("ListClusters");
  }

  @Override
  public java.util.List<io.hyperpod.prereqs.spi.sagemaker.ClusterNode> listClusterNodes(String name) {
    throw notYet("ListClusterNodes");
  }

  @Override
  public void deleteCluster(String name) {
    throw notYet("DeleteCluster");
  }

  private static UnsupportedOperationException notYet(String operation) {
    return new UnsupportedOperationException(
        "SageMaker " + operation + " is not implemented yet in the aws backend");
  }
}
