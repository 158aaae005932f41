package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.DeepHealthCheck;
import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the cluster fields CreateCluster checks before it creates anything: ThreadsPerCore
 * allowed by each instance type, the deep health checks on accelerated types, a training plan of
 * the cluster's region, and the cluster role (autoscaling) as an IAM role name.
 */
public final class ClusterFieldRules {
  private static final Pattern TRAINING_PLAN =
      Pattern.compile("arn:aws[a-z-]*:sagemaker:([a-z0-9-]+):(\\d{12}):training-plan/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}");

  /**
   * Graviton types (the {@code g} after the generation digit: ml.c6g, ml.m7g, ...) have one thread
   * per core (U: inferred from EC2's instance types; no HyperPod page lists ThreadsPerCore by
   * type).
   */
  private static final Pattern ONE_THREAD_PER_CORE = Pattern.compile("ml\\.[a-z]+\\d+g[a-z]*\\..*");

  /** Types with accelerators, where HyperPod runs deep health checks (ml.p*, ml.g*, ml.trn*). */
  private static final Pattern ACCELERATED = Pattern.compile("ml\\.(p\\d|g\\d|trn\\d).*");

  private ClusterFieldRules() {}

  /** The ThreadsPerCore values an instance type takes. */
  public static List<Integer> threadsPerCore(String instanceType) {
    return ONE_THREAD_PER_CORE.matcher(instanceType).matches() ? List.of(1) : List.of(1, 2);
  }

  /** Whether HyperPod runs deep health checks on the type. */
  public static boolean accelerated(String instanceType) {
    return ACCELERATED.matcher(instanceType).matches();
  }

  /** The region of a training plan's ARN, when it is one. */
  public static java.util.Optional<String> trainingPlanRegion(String arn) {
    java.util.regex.Matcher m = TRAINING_PLAN.matcher(arn);
    return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  static void check(HyperPodPrerequisites spec, Problems out) {
    spec.cluster()
        .flatMap(c -> c.clusterRole())
        .ifPresent(r -> NameRules.iamName(out, "cluster.clusterRole", r, "IAM role name"));
    for (int i = 0; i < spec.instanceGroups().size(); i++) {
      group(spec, spec.instanceGroups().get(i), SpecPath.index("instanceGroups", i), out);
    }
  }

  private static void group(HyperPodPrerequisites spec, InstanceGroup g, String at, Problems out) {
    g.threadsPerCore().ifPresent(t -> {
      List<Integer> allowed = threadsPerCore(g.instanceType());
      if (!allowed.contains(t)) {
        out.add(SpecPath.child(at, "threadsPerCore"), t,
            allowed.size() == 1
                ? "is not a value " + g.instanceType() + " takes: it has one thread per core"
                : "is not 1 (no hyperthreading) or 2 (hyperthreading)",
            "use " + (allowed.size() == 1 ? "1, or remove threadsPerCore." : "1 or 2."));
      }
    });
    List<DeepHealthCheck> checks = g.onStartDeepHealthChecks();
    String checksPath = SpecPath.child(at, "onStartDeepHealthChecks");
    if (!checks.isEmpty() && !accelerated(g.instanceType())) {
      out.add(checksPath, String.join(",", checks.stream().map(DeepHealthCheck::value).toList()),
          "is set on " + g.instanceType() + ", which has no GPU or Trainium accelerators;"
              + " HyperPod runs deep health checks on ml.p, ml.g and ml.trn types only",
          "remove onStartDeepHealthChecks from this group.");
    }
    Set<DeepHealthCheck> seen = new HashSet<>();
    for (int j = 0; j < checks.size(); j++) {
      if (!seen.add(checks.get(j))) {
        out.add(SpecPath.index(checksPath, j), checks.get(j).value(), "is listed twice",
            "list each check once.");
      }
    }
    g.trainingPlanArn().ifPresent(arn -> {
      String path = SpecPath.child(at, "trainingPlanArn");
      java.util.Optional<String> region = trainingPlanRegion(arn);
      if (region.isEmpty()) {
        out.add(path, arn, "is not a training plan ARN",
            "use arn:aws:sagemaker:" + spec.region() + ":ACCOUNT:training-plan/NAME (aws sagemaker"
                + " list-training-plans).");
      } else if (!region.get().equals(spec.region())) {
        out.add(path, arn, "is a training plan of " + region.get() + ", not of the cluster's region "
                + spec.region(),
            "use a training plan of " + spec.region() + ".");
      }
    });
  }
}
