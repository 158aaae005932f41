package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on ThreadsPerCore, deep health checks, training plans and the cluster role. */
class ClusterFieldRulesTest extends RuleTableTest {
  private static final ImmutableHyperPodPrerequisites MINIMAL = ValidSpecs.minimal();
  private static final String PLAN = "arn:aws:sagemaker:us-west-2:123456789012:training-plan/p5-week";

  static Stream<Arguments> broken() {
    return Stream.of(
        trips("ThreadsPerCore 3", group("ml.p5.48xlarge", b -> b.threadsPerCore(3)),
            "instanceGroups[0].threadsPerCore", "1 or 2"),
        trips("ThreadsPerCore 2 on Graviton", group("ml.c6g.xlarge", b -> b.threadsPerCore(2)),
            "instanceGroups[0].threadsPerCore", "one thread per core"),
        trips("deep health checks on a CPU type",
            group("ml.c5.2xlarge", b -> b.addOnStartDeepHealthChecks(DeepHealthCheck.INSTANCE_STRESS)),
            "instanceGroups[0].onStartDeepHealthChecks", "ml.p, ml.g and ml.trn"),
        trips("a deep health check twice",
            group("ml.p5.48xlarge", b -> b.addOnStartDeepHealthChecks(
                DeepHealthCheck.INSTANCE_STRESS, DeepHealthCheck.INSTANCE_STRESS)),
            "instanceGroups[0].onStartDeepHealthChecks[1]", "twice"),
        trips("training plan not an ARN", group("ml.p5.48xlarge", b -> b.trainingPlanArn("p5-week")),
            "instanceGroups[0].trainingPlanArn", "not a training plan ARN"),
        trips("training plan of another region",
            group("ml.p5.48xlarge", b -> b.trainingPlanArn(PLAN.replace("us-west-2", "us-east-1"))),
            "instanceGroups[0].trainingPlanArn", "not of the cluster's region us-west-2"),
        trips("cluster role as an ARN",
            MINIMAL.withCluster(ClusterSettings.builder().clusterRole("arn:aws:iam::123456789012:role/x").build()),
            "cluster.clusterRole", "give only the name"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("ThreadsPerCore 2 on a P5", group("ml.p5.48xlarge", b -> b.threadsPerCore(2))),
        passes("ThreadsPerCore 1 on Graviton", group("ml.c6g.xlarge", b -> b.threadsPerCore(1))),
        passes("both deep health checks on a Trainium type",
            group("ml.trn1.32xlarge", b -> b.addOnStartDeepHealthChecks(
                DeepHealthCheck.INSTANCE_STRESS, DeepHealthCheck.INSTANCE_CONNECTIVITY))),
        passes("training plan of the region", group("ml.p5.48xlarge", b -> b.trainingPlanArn(PLAN))),
        passes("cluster fields", MINIMAL.withCluster(ClusterSettings.builder()
            .nodeRecovery(NodeRecovery.AUTOMATIC).nodeProvisioningMode(NodeProvisioningMode.CONTINUOUS)
            .clusterRole("demo-autoscaling").build())));
  }

  private static HyperPodPrerequisites group(String type,
      java.util.function.UnaryOperator<ImmutableInstanceGroup.Builder> change) {
    return MINIMAL.withInstanceGroups(
        change.apply(InstanceGroup.builder().name("workers").instanceType(type).count(2)).build());
  }
}
