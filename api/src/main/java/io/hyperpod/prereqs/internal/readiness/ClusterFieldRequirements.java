package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.spec.ClusterFieldRules;
import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import java.util.List;
import java.util.Optional;

/**
 * The cluster fields CreateCluster checks before anything else: a HyperPod region, 1 to 100
 * instance groups of current HyperPod instance types, ThreadsPerCore allowed by each type, deep
 * health checks only on accelerated types, training plans of the region, and a cluster role
 * (autoscaling) that HyperPod may assume.
 */
public final class ClusterFieldRequirements {
  public static final String REGION = "cluster.region";
  public static final String GROUP_COUNT = "cluster.instance-group-count";
  public static final String INSTANCE_TYPE = "cluster.instance-type";
  public static final String THREADS_PER_CORE = "cluster.threads-per-core";
  public static final String DEEP_HEALTH_CHECKS = "cluster.deep-health-checks";
  public static final String TRAINING_PLAN = "cluster.training-plan";
  public static final String CLUSTER_ROLE = "cluster.cluster-role";

  /** The service principal that assumes the cluster role for autoscaling. */
  static final String HYPERPOD_SERVICE = "hyperpod.sagemaker.amazonaws.com";

  static final int MAX_GROUPS = 100;

  private ClusterFieldRequirements() {}

  static void check(AccountView view, CreateClusterRequest request, Results out) {
    String region = view.region();
    out.check(HyperPodCatalog.isRegion(region), REGION, region, "HyperPod serves the region",
        region + (HyperPodCatalog.isRegion(region) ? " is a HyperPod region" : " is not one of " + HyperPodCatalog.REGIONS),
        "create the cluster in one of " + HyperPodCatalog.REGIONS, Consequence.VALIDATION);
    int groups = request.instanceGroups().size();
    out.check(groups >= 1 && groups <= MAX_GROUPS, GROUP_COUNT, "InstanceGroups",
        "the request has 1 to " + MAX_GROUPS + " instance groups", groups + " group(s)",
        "merge instance groups of the same type", Consequence.VALIDATION);
    for (InstanceGroupSpec g : request.instanceGroups()) {
      group(region, g, out);
    }
    request.clusterRole().ifPresent(arn -> clusterRole(view, arn, out));
  }

  private static void group(String region, InstanceGroupSpec g, Results out) {
    String name = g.instanceGroupName();
    boolean known = HyperPodCatalog.isInstanceType(g.instanceType());
    out.check(known, INSTANCE_TYPE, name, "the instance type is a current HyperPod type",
        g.instanceType() + (known ? "" : " is not in SageMaker's ClusterInstanceType"),
        HyperPodCatalog.closestInstanceType(g.instanceType()).map(s -> "use " + s)
            .orElse("use a type of SageMaker's ClusterInstanceType, e.g. ml.p5.48xlarge"),
        Consequence.VALIDATION);
    List<Integer> threads = ClusterFieldRules.threadsPerCore(g.instanceType());
    out.check(threads.contains(g.threadsPerCore()), THREADS_PER_CORE, name,
        "ThreadsPerCore is a value the instance type takes",
        "ThreadsPerCore " + g.threadsPerCore() + " on " + g.instanceType() + " (takes " + threads + ")",
        "set ThreadsPerCore to " + threads.get(0), Consequence.VALIDATION);
    if (!g.onStartDeepHealthChecks().isEmpty()) {
      boolean values = List.of("InstanceStress", "InstanceConnectivity").containsAll(g.onStartDeepHealthChecks());
      boolean ok = values && ClusterFieldRules.accelerated(g.instanceType());
      out.check(ok, DEEP_HEALTH_CHECKS, name,
          "the deep health checks are InstanceStress or InstanceConnectivity on a GPU or Trainium type",
          g.onStartDeepHealthChecks() + " on " + g.instanceType(),
          values ? "remove OnStartDeepHealthChecks from the group (it has no accelerators)"
              : "use InstanceStress and InstanceConnectivity only",
          Consequence.VALIDATION);
    }
    g.trainingPlanArn().ifPresent(arn -> {
      Optional<String> planRegion = ClusterFieldRules.trainingPlanRegion(arn);
      out.check(planRegion.map(region::equals).orElse(false), TRAINING_PLAN, name,
          "the training plan is a training plan of the cluster's region", arn,
          "use a training plan of " + region + " (aws sagemaker list-training-plans)",
          Consequence.VALIDATION);
    });
  }

  private static void clusterRole(AccountView view, String arn, Results out) {
    Optional<IamRole> role = view.roleByArn(arn);
    Optional<Decision> d = role
        .flatMap(r -> AccountView.parse("trust-policy:role/" + r.name(), r.assumeRolePolicyDocument()))
        .map((LabeledPolicy t) -> Permissions.serviceMayAssume(HYPERPOD_SERVICE, arn, t));
    out.check(d.map(Decision::allowed).orElse(false), CLUSTER_ROLE, arn,
        "the cluster role exists and " + HYPERPOD_SERVICE + " may assume it (autoscaling)",
        role.isEmpty() ? "no role has this ARN in account " + view.accountId()
            : d.map(x -> HYPERPOD_SERVICE + " " + Permissions.say("sts:AssumeRole", arn, x))
                .orElse("the trust policy does not parse"),
        "create the role and trust the service principal " + HYPERPOD_SERVICE
            + " (sts:AssumeRole) in its trust policy",
        Consequence.VALIDATION);
  }
}
