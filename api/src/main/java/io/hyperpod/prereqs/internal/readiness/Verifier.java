package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.readiness.ReadinessReport;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.Optional;

/**
 * {@code verify}: the readiness checks on the spec's CreateCluster request (from a read-only plan)
 * and the per-principal questions, against any backend. Never writes.
 */
public final class Verifier {
  public static final String PLAN_REQUEST = "plan.create-cluster-request";

  private Verifier() {}

  public static ReadinessReport verify(HyperPodPrerequisites spec, CloudBackend backend) {
    AccountView view = new AccountView(backend);
    Results out = new Results();
    Plan plan = spec.plan(backend);
    Optional<CreateClusterRequest> request = plan.createClusterRequest();
    String clusterArn =
        ClusterReadiness.clusterArn(view, request.map(r -> r.clusterName().toLowerCase(java.util.Locale.ROOT)).orElse("*"));
    long pending = plan.changes().stream().filter(c -> c.action() != io.hyperpod.prereqs.plan.ChangeAction.NOOP
        && c.action() != io.hyperpod.prereqs.plan.ChangeAction.REQUEST).count();
    out.check(pending == 0, "plan.applied", spec.stack(), "the stack is applied (the plan has no changes)",
        pending == 0 ? "no changes" : pending + " change(s) pending: "
            + plan.changes().stream().filter(c -> c.action() != io.hyperpod.prereqs.plan.ChangeAction.NOOP
                && c.action() != io.hyperpod.prereqs.plan.ChangeAction.REQUEST)
                .limit(5).map(c -> c.address().toString()).toList(),
        "run hyperpod-prereqs apply", Consequence.VALIDATION);
    var report = ReadinessReport.builder().stack(spec.stack()).region(spec.region());
    if (request.isEmpty() || !request.get().complete()) {
      out.fail(PLAN_REQUEST, spec.stack(), "the CreateCluster request is known",
          "the plan has ids known only after apply", "run hyperpod-prereqs apply", Consequence.VALIDATION);
    }
    report.addAllRequirements(out.list());
    request.ifPresent(r -> report.addAllRequirements(SimulationCrossCheck.apply(
        view, r, ClusterReadiness.check(view, r, Optional.empty(), clusterArn))));
    Results principals = new Results();
    request.ifPresent(r -> PrincipalQuestions.admins(view, spec, r, clusterArn, principals));
    PrincipalQuestions.users(view, spec, clusterArn, principals);
    return report.addAllRequirements(principals.list()).build();
  }
}
