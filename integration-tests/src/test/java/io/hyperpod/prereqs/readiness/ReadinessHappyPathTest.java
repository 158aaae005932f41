package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
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
    assertThat(report.requirements()).filteredOn(r -> r.id().equals("lifecycle.role-can-read"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.evidence())
            .contains("IAM SimulatePrincipalPolicy (identity policies): s3:ListBucket allowed, s3:GetObject allowed (agrees)"));
  }

  @Test
  void createCluster_appliedFullSpecAsAdmin_goesInServiceAndSessionsRunAsTheirOsUsers() {
    String arn = account.admin().sageMaker().createCluster(account.request);

    assertThat(arn).matches("arn:aws:sagemaker:us-west-2:\\d{12}:cluster/[a-z0-9]{12}");
    assertThat(account.root.sageMaker().describeCluster(arn).orElseThrow().clusterStatus())
        .isEqualTo(ClusterStatus.CREATING);
    account.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = account.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse("")).isEqualTo(ClusterStatus.IN_SERVICE);
    List<ClusterNode> nodes = account.root.sageMaker().listClusterNodes(arn);
    assertThat(nodes).hasSize(4).allSatisfy(n -> assertThat(n.instanceId()).matches("i-[0-9a-f]{17}"));
    assertSessionsRunAsOsUsers(account, cluster, nodes.get(0));
  }

  @Test
  void createCluster_appliedQuickstartAsAdmin_goesInServiceAndSessionsRunAsTheirOsUsers() {
    ReadyAccount quickstart = new ReadyAccount(ReadyAccount.QUICKSTART, "quickstart-admin");
    assertThat(quickstart.request.vpcConfig()).isEmpty();
    ReadinessReport report = quickstart.verify();
    assertThat(report.failures()).as(report.toText()).isEmpty();

    String arn = quickstart.admin().sageMaker().createCluster(quickstart.request);
    quickstart.simulator.clock().advance(Duration.ofMinutes(30));

    Cluster cluster = quickstart.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse("")).isEqualTo(ClusterStatus.IN_SERVICE);
    List<ClusterNode> nodes = quickstart.root.sageMaker().listClusterNodes(arn);
    assertThat(nodes).hasSize(3);
    assertSessionsRunAsOsUsers(quickstart, cluster, nodes.get(nodes.size() - 1));
  }

  @Test
  void verify_listClustersFails_quotaCheckSaysOtherClustersNotCounted() {
    account.simulator.inject(io.hyperpod.prereqs.simulator.FaultRule.failing(
        "sagemaker", "ListClusters", "UnknownOperationException", 400));

    ReadinessReport report = account.verify();

    assertThat(report.requirements()).filteredOn(r -> r.id().equals("quotas.cluster-usage")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.evidence()).contains("other clusters not counted: ListClusters failed: UnknownOperationException"));
  }

  private static void assertSessionsRunAsOsUsers(ReadyAccount on, Cluster cluster, ClusterNode node) {
    String target = ClusterNode.sessionTarget(cluster.clusterId(), node.instanceGroupName(), node.instanceId());
    for (String user : List.of("alice", "bob")) {
      var backend = on.root.as(SimulatedCaller.user(user));
      SsmSession session = backend.ssm().startSession(target);
      assertThat(backend.sessionOsUser(session.sessionId())).contains(user);
    }
  }
}
