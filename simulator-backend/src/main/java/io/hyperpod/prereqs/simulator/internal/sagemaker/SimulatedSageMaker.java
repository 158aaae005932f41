package io.hyperpod.prereqs.simulator.internal.sagemaker;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The simulator's SageMaker, on the {@link SageMakerStore} of the backend's account and region.
 * CreateCluster first asks the {@link ReadinessOracle} (whose reads of the account are recorded
 * as calls of the account's root), then creates the cluster.
 */
public final class SimulatedSageMaker implements SageMakerPort {
  private static final String SAGEMAKER = "sagemaker";
  private final BackendContext context;
  private final Supplier<CloudBackend> root;

  /**
   * @param root the same account and region as its root: what the oracle reads the account with
   */
  public SimulatedSageMaker(BackendContext context, Supplier<CloudBackend> root) {
    this.context = context;
    this.root = root;
  }

  @Override
  public String createCluster(CreateClusterRequest request) {
    ReadinessOracle.Verdict verdict;
    try {
      verdict = ReadinessOracle.judge(root.get(), context.caller(), request);
    } catch (io.hyperpod.prereqs.spi.CloudException e) {
      // the refusal is CreateCluster's answer: record it as such
      return call("CreateCluster", ops -> {
        throw e;
      });
    }
    return call(
        "CreateCluster",
        ops -> ops.createCluster(request, verdict.lifecycleFailure(), verdict.osUsers()));
  }

  @Override
  public Optional<Cluster> describeCluster(String clusterNameOrArn) {
    return call("DescribeCluster", ops -> ops.describeCluster(clusterNameOrArn));
  }

  @Override
  public List<Cluster> listClusters() {
    return call("ListClusters", SageMakerOperations::listClusters);
  }

  @Override
  public List<ClusterNode> listClusterNodes(String clusterNameOrArn) {
    return call("ListClusterNodes", ops -> ops.listClusterNodes(clusterNameOrArn));
  }

  @Override
  public void deleteCluster(String clusterNameOrArn) {
    context.run(SAGEMAKER, "DeleteCluster", () -> new SageMakerOperations(context).deleteCluster(clusterNameOrArn));
  }

  private <T> T call(String operation, Function<SageMakerOperations, T> action) {
    return context.call(SAGEMAKER, operation, () -> action.apply(new SageMakerOperations(context)));
  }
}
