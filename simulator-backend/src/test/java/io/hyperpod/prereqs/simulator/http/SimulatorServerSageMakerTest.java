package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.simulator.internal.sagemaker.SageMakerOperations;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ClusterInstanceGroupSpecification;
import software.amazon.awssdk.services.sagemaker.model.ClusterNodeSummary;
import software.amazon.awssdk.services.sagemaker.model.ClusterStatus;
import software.amazon.awssdk.services.sagemaker.model.CreateClusterResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeClusterResponse;
import software.amazon.awssdk.services.sagemaker.model.ResourceInUseException;
import software.amazon.awssdk.services.sagemaker.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.StartSessionResponse;

/**
 * SageMaker HyperPod clusters and Session Manager sessions served to the AWS SDK for Java v2, on
 * an account prepared by {@code examples/specs/full.yaml}: the readiness oracle judges the caller
 * of the access key.
 */
class SimulatorServerSageMakerTest {
  private static final Path FULL = Path.of("..", "examples", "specs", "full.yaml");
  private static final String ACCOUNT = AwsSimulator.DEFAULT_ACCOUNT;

  AwsSimulator simulator;
  SimulatorBackend root;
  CreateClusterRequest request;
  SimulatorServer server;

  @BeforeEach
  void readyAccount() {
    simulator = AwsSimulator.create();
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(FULL);
    root = simulator.backend(spec.region());
    ApplyResult applied = spec.apply(root);
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    simulator.clock().advance(Duration.ofDays(3));
    request = spec.plan(root).createClusterRequest().orElseThrow();
    root.iam().createUser("wire-nobody", java.util.Map.of());
    server =
        SimulatorServer.builder(simulator)
            .clock(ServedClock.MANUAL)
            .accessKey(SimulatedAccessKey.of("AKIAADMIN", ACCOUNT).as(SimulatedCaller.user("full-admin")))
            .accessKey(SimulatedAccessKey.of("AKIAALICE", ACCOUNT).as(SimulatedCaller.user("alice")))
            .accessKey(SimulatedAccessKey.of("AKIANOBODY", ACCOUNT).as(SimulatedCaller.user("wire-nobody")))
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private SageMakerClient sageMaker(String keyId) {
    return SdkClients.sageMaker(server.endpoint(), SdkClients.credentials(keyId, "secret"));
  }

  private CreateClusterResponse create(SageMakerClient client, String name) {
    return client.createCluster(
        r ->
            r.clusterName(name)
                .instanceGroups(
                    request.instanceGroups().stream()
                        .map(
                            g ->
                                ClusterInstanceGroupSpecification.builder()
                                    .instanceGroupName(g.instanceGroupName())
                                    .instanceType(g.instanceType())
                                    .instanceCount(g.instanceCount())
                                    .executionRole(g.executionRole())
                                    .threadsPerCore(g.threadsPerCore())
                                    .lifeCycleConfig(
                                        l ->
                                            l.sourceS3Uri(g.lifeCycleConfig().orElseThrow().sourceS3Uri())
                                                .onCreate(g.lifeCycleConfig().orElseThrow().onCreate().orElseThrow()))
                                    .build())
                        .toList())
                .vpcConfig(
                    v ->
                        v.securityGroupIds(request.vpcConfig().orElseThrow().securityGroupIds())
                            .subnets(request.vpcConfig().orElseThrow().subnets())));
  }

  @Test
  void createCluster_readyAccountAndAdmin_createsThenInServiceWithNodes() {
    try (SageMakerClient admin = sageMaker("AKIAADMIN")) {
      String arn = create(admin, request.clusterName()).clusterArn();

      DescribeClusterResponse creating = admin.describeCluster(r -> r.clusterName(request.clusterName()));
      simulator.clock().advance(SageMakerOperations.CREATE_TIME);
      DescribeClusterResponse ready = admin.describeCluster(r -> r.clusterName(arn));
      List<ClusterNodeSummary> nodes =
          admin.listClusterNodes(r -> r.clusterName(request.clusterName())).clusterNodeSummaries();

      assertThat(arn).matches("arn:aws:sagemaker:us-west-2:" + ACCOUNT + ":cluster/[a-z0-9]{12}");
      assertThat(creating.clusterStatus()).isEqualTo(ClusterStatus.CREATING);
      assertThat(ready.clusterStatus()).isEqualTo(ClusterStatus.IN_SERVICE);
      assertThat(ready.instanceGroups())
          .extracting(g -> g.instanceGroupName() + "=" + g.currentCount())
          .containsExactlyInAnyOrder(
              request.instanceGroups().stream()
                  .map(g -> g.instanceGroupName() + "=" + g.instanceCount())
                  .toArray(String[]::new));
      assertThat(ready.vpcConfig().subnets()).isEqualTo(request.vpcConfig().orElseThrow().subnets());
      assertThat(nodes)
          .hasSize(request.instanceGroups().stream().mapToInt(g -> g.instanceCount()).sum())
          .allSatisfy(
              n -> {
                assertThat(n.instanceId()).matches("i-[0-9a-f]{17}");
                assertThat(n.instanceStatus().statusAsString()).isEqualTo("Running");
              });
      assertThat(admin.listClusters(r -> r.maxResults(5)).clusterSummaries())
          .extracting(s -> s.clusterName() + " " + s.clusterStatusAsString())
          .containsExactly(request.clusterName() + " InService");
    }
  }

  @Test
  void createCluster_callerWithoutPermissions_accessDeniedFromTheOracle() {
    try (SageMakerClient nobody = sageMaker("AKIANOBODY")) {
      assertThatExceptionOfType(SageMakerException.class)
          .isThrownBy(() -> create(nobody, request.clusterName()))
          .satisfies(
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(e.getMessage()).contains("wire-nobody");
              });
      assertThat(root.sageMaker().listClusters()).isEmpty();
    }
  }

  @Test
  void createCluster_nameTaken_resourceInUse() {
    try (SageMakerClient admin = sageMaker("AKIAADMIN")) {
      create(admin, request.clusterName());

      assertThatExceptionOfType(ResourceInUseException.class)
          .isThrownBy(() -> create(admin, request.clusterName()))
          .withMessageContaining(request.clusterName());
    }
  }

  @Test
  void describeCluster_unknownName_resourceNotFound() {
    try (SageMakerClient admin = sageMaker("AKIAADMIN")) {
      assertThatExceptionOfType(ResourceNotFoundException.class)
          .isThrownBy(() -> admin.describeCluster(r -> r.clusterName("no-such-cluster")))
          .withMessageContaining("no-such-cluster");
    }
  }

  @Test
  void deleteCluster_existing_deletingThenGone() {
    try (SageMakerClient admin = sageMaker("AKIAADMIN")) {
      String arn = create(admin, request.clusterName()).clusterArn();
      simulator.clock().advance(SageMakerOperations.CREATE_TIME);

      String deleted = admin.deleteCluster(r -> r.clusterName(request.clusterName())).clusterArn();
      ClusterStatus deleting = admin.describeCluster(r -> r.clusterName(arn)).clusterStatus();
      simulator.clock().advance(SageMakerOperations.DELETE_TIME);

      assertThat(deleted).isEqualTo(arn);
      assertThat(deleting).isEqualTo(ClusterStatus.DELETING);
      assertThat(admin.listClusters(r -> {}).clusterSummaries()).isEmpty();
    }
  }

  @Test
  void startSession_clusterUserOnInServiceNode_sessionRunsAsTheirOsUser() {
    String target;
    try (SageMakerClient admin = sageMaker("AKIAADMIN")) {
      String arn = create(admin, request.clusterName()).clusterArn();
      simulator.clock().advance(SageMakerOperations.CREATE_TIME);
      ClusterNodeSummary node =
          admin.listClusterNodes(r -> r.clusterName(arn)).clusterNodeSummaries().get(0);
      target =
          ClusterNode.sessionTarget(
              arn.substring(arn.lastIndexOf('/') + 1), node.instanceGroupName(), node.instanceId());
    }
    try (SsmClient alice =
        SdkClients.ssm(server.endpoint(), SdkClients.credentials("AKIAALICE", "secret"))) {
      StartSessionResponse session = alice.startSession(r -> r.target(target));

      assertThat(session.sessionId()).startsWith("alice-");
      assertThat(session.streamUrl()).startsWith("wss://ssmmessages.us-west-2.amazonaws.com/");
      assertThat(session.tokenValue()).isNotBlank();
      assertThat(root.sessionOsUser(session.sessionId())).contains("alice");
    }
  }

  @Test
  void startSession_unknownTarget_targetNotConnected() {
    try (SsmClient alice =
        SdkClients.ssm(server.endpoint(), SdkClients.credentials("AKIAALICE", "secret"))) {
      assertThatExceptionOfType(SsmException.class)
          .isThrownBy(() -> alice.startSession(r -> r.target("sagemaker-cluster:abcdefabcdef_g-i-0123456789abcdef0")))
          .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TargetNotConnected"));
    }
  }
}
