package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmConfig;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.ssm.SsmSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The AMI-based and extension lifecycle modes and API-driven Slurm configuration end to end on
 * the simulator: the request carries SlurmConfig and the Orchestrator (and LifeCycleConfig only
 * where the mode has scripts), verify passes, CreateCluster goes InService, and each broken
 * requirement is refused with SageMaker's error naming its requirement id.
 */
class LifecycleModesTest {
  static final Path AMI = Path.of("..", "examples", "specs", "ami.yaml");
  static final Path EXTENSION = Path.of("..", "examples", "specs", "extension.yaml");

  @Test
  void amiSpec_applied_requestHasSlurmConfigAndNoLifecycleAndGoesInService() {
    ReadyAccount ami = new ReadyAccount(AMI, "ami-admin");

    assertThat(ami.request.instanceGroups()).allSatisfy(g -> {
      assertThat(g.lifeCycleConfig()).isEmpty();
      assertThat(g.slurmConfig()).isPresent();
    });
    assertThat(ami.request.instanceGroups()).extracting(g -> g.slurmConfig().orElseThrow().nodeType())
        .containsExactly("Controller", "Login", "Compute");
    assertThat(ami.request.instanceGroups().get(2).slurmConfig().orElseThrow().partitionNames())
        .containsExactly("gpu");
    assertThat(ami.request.orchestrator().orElseThrow().slurm().slurmConfigStrategy()).contains("Managed");
    assertThat(ami.root.s3().listBuckets()).isEmpty();
    ReadinessReport report = ami.verify();
    assertThat(report.failures()).as(report.toText()).isEmpty();
    assertThat(report.requirements()).extracting(RequirementResult::id)
        .contains("slurm.config", "slurm.controller", "slurm.login", "slurm.partitions", "admin.manage-clusters")
        .doesNotContain("lifecycle.on-create", "lifecycle.role-can-read");

    String arn = ami.admin().sageMaker().createCluster(ami.request);
    ami.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = ami.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse("")).isEqualTo(ClusterStatus.IN_SERVICE);
    assertThat(cluster.instanceGroups().get(0).slurmConfig()).isPresent();

    assertThat(ami.spec.planDestroy(ami.root).apply().succeeded()).isTrue();
  }

  @Test
  void extensionSpec_applied_usersExtensionCreatesTheUsersAndSessionsRunAsThem() {
    ReadyAccount ext = new ReadyAccount(EXTENSION, "extension-admin");

    CreateClusterRequest.LifeCycleConfig lifecycle =
        ext.request.instanceGroups().get(0).lifeCycleConfig().orElseThrow();
    assertThat(lifecycle.onInitComplete()).contains("on_init_complete.sh");
    assertThat(lifecycle.onCreate()).isEmpty();
    String bucket = ext.spec.lifecycleScripts().orElseThrow().bucket();
    assertThat(ext.root.s3().listObjects(bucket, "hyperpod/lifecycle/"))
        .extracting(o -> o.key())
        .containsExactlyInAnyOrder("hyperpod/lifecycle/on_init_complete.sh", "hyperpod/lifecycle/shared_users.yaml");
    String users = new String(ext.root.s3().getObject(bucket, "hyperpod/lifecycle/shared_users.yaml")
        .orElseThrow(), StandardCharsets.UTF_8);
    assertThat(users).contains("\"name\" : \"carol\"").contains("\"ml-team\"").contains("/home/carol");
    ReadinessReport report = ext.verify();
    assertThat(report.failures()).as(report.toText()).isEmpty();
    assertThat(report.requirements()).extracting(RequirementResult::id)
        .contains("lifecycle.on-init-complete", "lifecycle.shared-users", "user.start-session");

    String arn = ext.admin().sageMaker().createCluster(ext.request);
    ext.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = ext.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse("")).isEqualTo(ClusterStatus.IN_SERVICE);
    ClusterNode node = ext.root.sageMaker().listClusterNodes(arn).get(0);
    String target = ClusterNode.sessionTarget(cluster.clusterId(), node.instanceGroupName(), node.instanceId());
    for (String user : List.of("carol", "dave")) {
      var backend = ext.root.as(SimulatedCaller.user(user));
      SsmSession session = backend.ssm().startSession(target);
      assertThat(backend.sessionOsUser(session.sessionId())).contains(user);
    }
  }

  @Test
  void createCluster_twoControllerGroups_refusedNamingSlurmController() {
    ReadyAccount ami = new ReadyAccount(AMI, "ami-admin");

    assertRefused(ami, groups(ami.request, g -> g.instanceGroupName().equals("login")
        ? g.withSlurmConfig(ImmutableSlurmConfig.builder().nodeType("Controller").build()) : g),
        "slurm.controller");
  }

  @Test
  void createCluster_computeGroupWithoutPartition_refusedNamingSlurmPartitions() {
    ReadyAccount ami = new ReadyAccount(AMI, "ami-admin");

    assertRefused(ami, groups(ami.request, g -> g.instanceGroupName().equals("gpu-workers")
        ? g.withSlurmConfig(ImmutableSlurmConfig.builder().nodeType("Compute").build()) : g),
        "slurm.partitions");
  }

  @Test
  void createCluster_groupWithoutSlurmConfigInAmiMode_refusedNamingSlurmConfig() {
    ReadyAccount ami = new ReadyAccount(AMI, "ami-admin");

    assertRefused(ami, groups(ami.request, g -> g.instanceGroupName().equals("login")
        ? g.withSlurmConfig(java.util.Optional.empty()) : g), "slurm.config");
  }

  @Test
  void createCluster_onCreateWithOnInitComplete_refusedNamingTheEntryScript() {
    ReadyAccount ext = new ReadyAccount(EXTENSION, "extension-admin");

    assertRefused(ext, groups(ext.request, g -> g.withLifeCycleConfig(
        ImmutableLifeCycleConfig.copyOf(g.lifeCycleConfig().orElseThrow()).withOnCreate("on_create.sh"))),
        "lifecycle.entry-script");
  }

  @Test
  void createClusterAndVerify_usersFileMissing_failLifecycleScriptsNamingOnInitComplete() {
    ReadyAccount ext = new ReadyAccount(EXTENSION, "extension-admin");
    String bucket = ext.spec.lifecycleScripts().orElseThrow().bucket();
    ext.root.s3().deleteObject(bucket, "hyperpod/lifecycle/on_init_complete.sh");

    String arn = ext.admin().sageMaker().createCluster(ext.request);
    ext.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster c = ext.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(c.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(c.failureMessage().orElseThrow()).contains("lifecycle.on-init-complete");
    assertThat(ext.verify().failures()).extracting(RequirementResult::id).contains("lifecycle.on-init-complete");
  }

  private static void assertRefused(ReadyAccount on, CreateClusterRequest request, String requirement) {
    assertThatThrownBy(() -> on.admin().sageMaker().createCluster(request))
        .isInstanceOfSatisfying(CloudException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining(requirement);
  }

  private static CreateClusterRequest groups(CreateClusterRequest request,
      UnaryOperator<ImmutableInstanceGroupSpec> change) {
    return ImmutableCreateClusterRequest.copyOf(request).withInstanceGroups(
        request.instanceGroups().stream()
            .map(g -> (CreateClusterRequest.InstanceGroupSpec) change.apply(ImmutableInstanceGroupSpec.copyOf(g)))
            .toList());
  }
}
