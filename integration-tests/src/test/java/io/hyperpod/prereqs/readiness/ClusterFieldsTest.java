package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster fields CreateCluster checks first (NodeRecovery, NodeProvisioningMode, ClusterRole,
 * ThreadsPerCore, deep health checks, training plans): carried into the request, named by verify,
 * refused by the simulator's CreateCluster with the requirement id.
 */
class ClusterFieldsTest {
  static final String TRUST_HYPERPOD = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Service": "hyperpod.sagemaker.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
      """;

  @TempDir Path dir;

  private ReadyAccount account() throws IOException {
    String text = Files.readString(LifecycleModesTest.AMI)
        .replace("  slurmConfigStrategy: Managed   # Managed | Overwrite | Merge\n",
            "  slurmConfigStrategy: Managed\n  nodeRecovery: Automatic\n"
                + "  nodeProvisioningMode: Continuous\n  clusterRole: ami-autoscaling\n")
        .replace("    slurm: {nodeType: Compute, partitions: [gpu]}\n",
            "    slurm: {nodeType: Compute, partitions: [gpu]}\n    threadsPerCore: 2\n"
                + "    onStartDeepHealthChecks: [InstanceStress, InstanceConnectivity]\n");
    assertThat(text).contains("clusterRole").contains("threadsPerCore");
    Path spec = dir.resolve("ami.yaml");
    Files.writeString(spec, text);
    return new ReadyAccount(spec, "ami-admin");
  }

  @Test
  void request_carriesTheClusterFields_andVerifyNamesAMissingClusterRole() throws IOException {
    ReadyAccount ami = account();

    CreateClusterRequest r = ami.request;
    assertThat(r.nodeRecovery()).contains("Automatic");
    assertThat(r.nodeProvisioningMode()).contains("Continuous");
    assertThat(r.clusterRole()).contains("arn:aws:iam::" + ami.root.account().callerIdentity().account()
        + ":role/ami-autoscaling");
    assertThat(r.instanceGroups().get(2).threadsPerCore()).isEqualTo(2);
    assertThat(r.instanceGroups().get(2).onStartDeepHealthChecks())
        .containsExactly("InstanceStress", "InstanceConnectivity");
    assertThat(ami.verify().failures()).extracting(RequirementResult::id).containsExactly("cluster.cluster-role");
    assertThatThrownBy(() -> ami.admin().sageMaker().createCluster(r))
        .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining("cluster.cluster-role");
  }

  @Test
  void createCluster_clusterRoleTrustingHyperPod_goesInService() throws IOException {
    ReadyAccount ami = account();
    ami.root.iam().createRole("ami-autoscaling", TRUST_HYPERPOD, "autoscaling", Map.of());

    ReadinessReport report = ami.verify();
    assertThat(report.failures()).as(report.toText()).isEmpty();
    assertThat(report.requirements()).extracting(RequirementResult::id).contains("cluster.region",
        "cluster.instance-group-count", "cluster.instance-type", "cluster.threads-per-core",
        "cluster.deep-health-checks", "cluster.cluster-role");
    String arn = ami.admin().sageMaker().createCluster(ami.request);
    ami.simulator.clock().advance(Duration.ofMinutes(30));
    assertThat(ami.root.sageMaker().describeCluster(arn).orElseThrow().clusterStatus()).isEqualTo(ClusterStatus.IN_SERVICE);
  }

  @Test
  void createCluster_clusterRoleTrustingSageMakerOnly_refused() throws IOException {
    ReadyAccount ami = account();
    ami.root.iam().createRole("ami-autoscaling",
        TRUST_HYPERPOD.replace("hyperpod.sagemaker.amazonaws.com", "sagemaker.amazonaws.com"), "x", Map.of());

    assertThat(ami.verify().failures()).singleElement()
        .satisfies(f -> assertThat(f.evidence()).contains("hyperpod.sagemaker.amazonaws.com"));
  }

  @Test
  void createCluster_brokenGroupFields_refusedNamingEachRequirement() throws IOException {
    ReadyAccount ami = account();
    ami.root.iam().createRole("ami-autoscaling", TRUST_HYPERPOD, "autoscaling", Map.of());

    assertRefused(ami, group(ami.request, 0, g -> g.withInstanceType("ml.c6g.xlarge").withThreadsPerCore(2)),
        "cluster.threads-per-core");
    assertRefused(ami, group(ami.request, 0, g -> g.withOnStartDeepHealthChecks("InstanceStress")),
        "cluster.deep-health-checks");
    assertRefused(ami, group(ami.request, 2, g -> g.withTrainingPlanArn(
        "arn:aws:sagemaker:us-east-1:123456789012:training-plan/elsewhere")), "cluster.training-plan");
    assertRefused(ami, group(ami.request, 0, g -> g.withInstanceType("ml.x9.enormous")), "cluster.instance-type");
  }

  private static void assertRefused(ReadyAccount on, CreateClusterRequest request, String requirement) {
    assertThatThrownBy(() -> on.admin().sageMaker().createCluster(request))
        .isInstanceOfSatisfying(CloudException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining(requirement);
  }

  private static CreateClusterRequest group(CreateClusterRequest request, int index,
      java.util.function.UnaryOperator<ImmutableInstanceGroupSpec> change) {
    java.util.List<CreateClusterRequest.InstanceGroupSpec> groups = new java.util.ArrayList<>(request.instanceGroups());
    groups.set(index, change.apply(ImmutableInstanceGroupSpec.copyOf(groups.get(index))));
    return ImmutableCreateClusterRequest.copyOf(request).withInstanceGroups(groups);
  }
}
