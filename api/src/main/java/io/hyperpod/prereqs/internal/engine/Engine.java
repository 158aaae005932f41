package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.apply.CreateClusterRequest;
import io.hyperpod.prereqs.apply.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.apply.StalePlanException;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanMode;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;

/** The entry points of the engine: plan, plan a destroy, apply. */
public final class Engine {
  private Engine() {}

  private static Planner planner() {
    return new Planner(Components.all());
  }

  public static Plan plan(HyperPodPrerequisites spec, CloudBackend backend) {
    Planning p = planner().plan(spec, backend, PlanMode.APPLY, false);
    return Plan.of(p.content(), backend, clusterRequest(p));
  }

  public static Plan planDestroy(
      HyperPodPrerequisites spec, CloudBackend backend, boolean deleteData) {
    return Plan.of(planner().plan(spec, backend, PlanMode.DESTROY, deleteData).content(), backend);
  }

  /**
   * Re-reads the account, refuses when it moved since the plan or when the plan has errors, and
   * carries out the changes.
   */
  public static ApplyResult apply(Plan plan, ApplyOptions options) {
    PlanContent saved = plan.content();
    Fingerprint.requireIntact(saved);
    refuseErrors(saved);
    Planning fresh = planner().plan(saved.spec(), plan.backend(), saved.mode(), saved.deleteData());
    java.util.Optional<String> moved = PlanDifference.between(saved, fresh.content());
    if (moved.isPresent()) {
      throw new StalePlanException("the account changed since the plan was made ("
          + moved.get() + "); nothing was changed. Run plan again and review it");
    }
    refuseErrors(fresh.content());
    List<ChangeResult> results = new Applier(plan.backend(), options).run(fresh);
    io.hyperpod.prereqs.apply.ImmutableApplyResult.Builder result = ApplyResult.builder()
        .changes(results)
        .findings(fresh.content().findings());
    if (saved.mode() == PlanMode.APPLY) {
      result.createClusterRequest(clusterRequest(fresh));
    }
    return result.build();
  }

  private static void refuseErrors(PlanContent content) {
    List<Finding> errors = content.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new PlanRefusedException(errors);
    }
  }

  private static CreateClusterRequest clusterRequest(Planning p) {
    ImmutableCreateClusterRequest.Builder b = CreateClusterRequest.builder();
    Components.all().forEach(c -> c.describeCluster(p.model(), p.outputs(), b));
    return b.build();
  }
}
