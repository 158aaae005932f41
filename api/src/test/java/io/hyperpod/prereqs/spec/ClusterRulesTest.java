package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on the lifecycle mode and the API-driven Slurm configuration. */
class ClusterRulesTest extends RuleTableTest {
  private static final ImmutableHyperPodPrerequisites MINIMAL = ValidSpecs.minimal();

  private static final InstanceGroup CONTROLLER = group("controller-machine", "ml.c5.2xlarge",
      SlurmSettings.of(SlurmNodeType.CONTROLLER));
  private static final InstanceGroup LOGIN = group("login", "ml.m5.4xlarge",
      SlurmSettings.of(SlurmNodeType.LOGIN));
  private static final InstanceGroup WORKERS = group("worker-group-1", "ml.p5.48xlarge",
      SlurmSettings.of(SlurmNodeType.COMPUTE, "gpu"));

  static Stream<Arguments> broken() {
    return Stream.of(
        trips("ami mode with lifecycleScripts",
            ami().withLifecycleScripts(LifecycleScripts.of("sagemaker-demo-lifecycle", "p")),
            "lifecycleScripts", "runs no scripts"),
        trips("ami mode with cluster users",
            ami().withClusterUsers(ClusterUser.iamUser("alice", "alice", 2001)),
            "cluster.lifecycleMode", "lifecycleMode: extension"),
        trips("extension mode without lifecycleScripts",
            mode(LifecycleMode.EXTENSION).withLifecycleScripts(java.util.Optional.empty()),
            "lifecycleScripts", "runs scripts from an S3 bucket"),
        trips("ami mode, a group without slurm",
            ami().withInstanceGroups(CONTROLLER, InstanceGroup.of("worker-group-1", "ml.p5.48xlarge", 2)),
            "instanceGroups[1].slurm", "HyperPod configures Slurm"),
        trips("custom mode, slurm on some groups only",
            MINIMAL.withInstanceGroups(CONTROLLER, InstanceGroup.of("worker-group-1", "ml.p5.48xlarge", 2)),
            "instanceGroups[1].slurm", "every group or on none"),
        trips("no Controller group",
            ami().withInstanceGroups(WORKERS), "instanceGroups", "exactly one"),
        trips("two Controller groups",
            ami().withInstanceGroups(CONTROLLER,
                group("controller-2", "ml.c5.2xlarge", SlurmSettings.of(SlurmNodeType.CONTROLLER)), WORKERS),
            "instanceGroups", "2 Controller groups"),
        trips("two Login groups",
            ami().withInstanceGroups(CONTROLLER, LOGIN,
                group("login-2", "ml.m5.4xlarge", SlurmSettings.of(SlurmNodeType.LOGIN)), WORKERS),
            "instanceGroups", "at most one"),
        trips("Compute group without partition",
            ami().withInstanceGroups(CONTROLLER,
                group("worker-group-1", "ml.p5.48xlarge", SlurmSettings.of(SlurmNodeType.COMPUTE))),
            "instanceGroups[1].slurm.partitions", "needs its partition"),
        trips("Compute group with two partitions",
            ami().withInstanceGroups(CONTROLLER,
                group("worker-group-1", "ml.p5.48xlarge", SlurmSettings.of(SlurmNodeType.COMPUTE, "a", "b"))),
            "instanceGroups[1].slurm.partitions", "one per group"),
        trips("Controller group with a partition",
            ami().withInstanceGroups(
                group("controller-machine", "ml.c5.2xlarge", SlurmSettings.of(SlurmNodeType.CONTROLLER, "x")),
                WORKERS),
            "instanceGroups[0].slurm.partitions", "only Compute groups"),
        trips("partition name with a space",
            ami().withInstanceGroups(CONTROLLER,
                group("worker-group-1", "ml.p5.48xlarge", SlurmSettings.of(SlurmNodeType.COMPUTE, "my gpus"))),
            "instanceGroups[1].slurm.partitions[0]", "not a Slurm partition name"),
        trips("slurmConfigStrategy without slurm groups",
            MINIMAL.withCluster(ClusterSettings.builder().slurmConfigStrategy(SlurmConfigStrategy.MERGE).build()),
            "cluster.slurmConfigStrategy", "no instance group has a slurm"),
        trips("groups outside the extension mode",
            MINIMAL.withClusterUsers(ClusterUser.builder().iamUser("alice").osUser("alice").uid(2001)
                .addGroups("ml").build()),
            "clusterUsers[0].groups", "only the extension lifecycle mode"),
        trips("group name with capitals",
            mode(LifecycleMode.EXTENSION).withClusterUsers(ClusterUser.builder().iamUser("alice")
                .osUser("alice").uid(2001).addGroups("ML").build()),
            "clusterUsers[0].groups[0]", "not a Linux group name"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("custom mode by default (no cluster section)", MINIMAL),
        passes("ami mode with a Controller, a Login and a Compute group", ami()),
        passes("ami mode without a Login group", ami().withInstanceGroups(CONTROLLER, WORKERS)),
        passes("extension mode with groups", mode(LifecycleMode.EXTENSION)
            .withClusterUsers(ClusterUser.builder().iamUser("alice").osUser("alice").uid(2001)
                .addGroups("ml-team", "_docker").build())),
        passes("custom mode with API-driven Slurm and a strategy",
            MINIMAL.withInstanceGroups(CONTROLLER, WORKERS)
                .withCluster(ClusterSettings.builder().slurmConfigStrategy(SlurmConfigStrategy.OVERWRITE).build())));
  }

  @Test
  void validate_severalSlurmProblems_reportsThemAllAtOnce() {
    HyperPodPrerequisites spec = ami().withInstanceGroups(
        group("worker-group-1", "ml.p5.48xlarge", SlurmSettings.of(SlurmNodeType.COMPUTE)),
        InstanceGroup.of("worker-group-2", "ml.p5.48xlarge", 1))
        .withLifecycleScripts(LifecycleScripts.of("sagemaker-demo-lifecycle", "p"));

    List<String> paths = spec.validate().stream().map(SpecProblem::path).toList();

    assertThat(paths).containsExactlyInAnyOrder("lifecycleScripts",
        "instanceGroups[1].slurm", "instanceGroups[0].slurm.partitions", "instanceGroups");
  }

  @Test
  void load_wordsOfAClosedSet_areCheckedWithTheNearestWord() {
    String yaml = """
        apiVersion: hyperpod-prereqs/v1
        stack: demo
        region: us-west-2
        cluster: {lifecycleMode: AMI, slurmConfigStrategy: Merged}
        instanceGroups:
          - {name: controller, instanceType: ml.c5.2xlarge, count: 1, slurm: {nodeType: controller}}
        """;

    InvalidSpecException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidSpecException.class, () -> HyperPodPrerequisites.fromYaml(yaml));

    assertThat(e.problems()).extracting(SpecProblem::describe).containsExactlyInAnyOrder(
        "line 4: cluster.lifecycleMode = AMI: is not one of ami, extension, custom; did you mean"
            + " ami? Fix: write ami.",
        "line 4: cluster.slurmConfigStrategy = Merged: is not one of Managed, Overwrite, Merge;"
            + " did you mean Merge? Fix: write Merge.",
        "line 6: instanceGroups[0].slurm.nodeType = controller: is not one of Controller, Login,"
            + " Compute; did you mean Controller? Fix: write Controller.");
  }

  @Test
  void toYaml_amiSpec_loadsBackEqual() {
    HyperPodPrerequisites spec = ami();

    assertThat(HyperPodPrerequisites.fromYaml(spec.toYaml())).isEqualTo(spec);
    assertThat(spec.toYaml()).contains("lifecycleMode: ami").contains("nodeType: Controller");
  }

  private static ImmutableHyperPodPrerequisites ami() {
    return mode(LifecycleMode.AMI)
        .withClusterUsers()
        .withLifecycleScripts(java.util.Optional.empty())
        .withInstanceGroups(CONTROLLER, LOGIN, WORKERS);
  }

  private static ImmutableHyperPodPrerequisites mode(LifecycleMode mode) {
    return MINIMAL.withCluster(ClusterSettings.builder().lifecycleMode(mode).build())
        .withInstanceGroups(CONTROLLER, WORKERS);
  }

  private static InstanceGroup group(String name, String type, SlurmSettings slurm) {
    return InstanceGroup.builder().name(name).instanceType(type).count(1).slurm(slurm).build();
  }
}
