package io.hyperpod.prereqs.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.ssm.SsmSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full example spec applied on the simulator: verify passes, the simulated CreateCluster with
 * the spec's request succeeds and goes InService, and each cluster user's session runs as its OS
 * user.
 */
class ReadinessHappyPathTest {
  final ReadyAccount account = new ReadyAccount();

  @Test
  void verify_appliedFullSpec_isReady() {
    ReadinessReport report = account.verify();

    assertThat(report.failures()).as(report.toText()).isEmpty();
    assertThat(report.ready()).isTrue();
    assertThat(report.requirements())
        .extracting(RequirementResult::id)
        .contains("admin.create-cluster", "admin.pass-role", "role.trust", "lifecycle.role-can-read",
            "network.s3-reachable", "fsx.placement", "quotas.cluster-usage", "user.start-session")
        .doesNotContain("caller.create-cluster");
  }

  @Test
  void createCluster_appliedFullSpecAsAdmin_goesInServiceAndSessionsRunAsTheirOsUsers() {
    String arn = account.admin().sageMaker().createCluster(account.request);

    assertThat(arn).matches("arn:aws:sagemaker:us-west-2:\\d{12}:cluster/[a-z0-9]{12}");
    assertThat(account.root.sageMaker().describeCluster(arn).orElseThrow().clusterStatus())
        .isEqualTo(Cluster.CREATING);
    account.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = account.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse("")).isEqualTo(Cluster.IN_SERVICE);
    List<ClusterNode> nodes = account.root.sageMaker().listClusterNodes(arn);
    assertThat(nodes).hasSize(4).allSatisfy(n -> assertThat(n.instanceId()).matches("i-[0-9a-f]{17}"));
    ClusterNode node = nodes.get(0);
    String target = ClusterNode.sessionTarget(cluster.clusterId(), node.instanceGroupName(), node.instanceId());
    for (String user : List.of("alice", "bob")) {
      var backend = account.root.as(SimulatedCaller.user(user));
      SsmSession session = backend.ssm().startSession(target);
      assertThat(backend.sessionOsUser(session.sessionId())).contains(user);
    }
  }
}
