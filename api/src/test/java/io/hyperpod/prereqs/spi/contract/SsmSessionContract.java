package io.hyperpod.prereqs.spi.contract;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.ssm.SsmSession;
import org.junit.jupiter.api.Test;

/**
 * SSM StartSession on HyperPod nodes ({@code sagemaker-cluster:<cluster-id>_<group>-<instance-id>}):
 * a node that is not connected, and a node of an InService cluster. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class SsmSessionContract extends ClusterContractGroup {
  protected SsmSessionContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void startSession_unknownTarget_failsWithTargetNotConnected() {
    assumeNo(KnownDeviation.SSM_START_SESSION_NOT_IMPLEMENTED);

    assertCloudError(
        () -> backend().ssm().startSession(
            ClusterNode.sessionTarget("a1b2c3d4e5f6", GROUP, "i-0123456789abcdef0")),
        NotFoundException.class,
        "TargetNotConnected",
        400);
  }

  @Test
  void startSession_nodeOfAnInServiceCluster_opensASession() {
    assumeNo(KnownDeviation.SSM_START_SESSION_NOT_IMPLEMENTED);
    CreateClusterRequest request = readyRequest();
    createCluster(request);
    assumeThat(letClustersSettle()).as("the backend's time can be moved").isTrue();
    Cluster cluster = backend().sageMaker().describeCluster(request.clusterName()).orElseThrow();
    assertThat(cluster.clusterStatus()).isEqualTo(ClusterStatus.IN_SERVICE);
    ClusterNode node = backend().sageMaker().listClusterNodes(request.clusterName()).get(0);

    SsmSession session =
        backend()
            .ssm()
            .startSession(
                ClusterNode.sessionTarget(
                    cluster.clusterId(), node.instanceGroupName(), node.instanceId()));

    assertThat(session.sessionId()).isNotBlank();
    assertThat(session.streamUrl()).startsWith("wss://").contains(session.sessionId());
    assertThat(session.tokenValue()).isNotBlank();
    assertThat(session.toString()).doesNotContain(session.tokenValue());
  }
}
