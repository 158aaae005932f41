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
import io.hyperpod.prereqs.plan.PlanOptions;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.WeakHashMap;
import java.util.Map;
import java.util.Objects;

/** The entry points of the engine: plan, plan a destroy, apply. */
public final class Engine {
  /**
   * The planning behind each plan this process made, so that applying it needs no second read of
   * the whole account (weak: a plan nobody holds takes its planning with it).
   */
  private static final Map<Plan, Planning> PLANNINGS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Engine() {}

  private static Planner planner() {
    return new Planner(Components.all());
  }

  public static Plan plan(HyperPodPrerequisites spec, CloudBackend backend) {
    return plan(spec, backend, PlanOptions.defaults());
  }

  public static Plan plan(HyperPodPrerequisites spec, CloudBackend backend, PlanOptions options) {
    Planning p = planner().plan(spec, backend, PlanMode.APPLY, false,
        options.overwriteForeignObjects());
    return remember(Plan.of(p.content(), backend, clusterRequest(p)), p);
  }

  public static Plan planDestroy(
      HyperPodPrerequisites spec, CloudBackend backend, boolean deleteData) {
    Planning p = planner().plan(spec, backend, PlanMode.DESTROY, deleteData, false);
    return remember(Plan.of(p.content(), backend), p);
  }

  private static Plan remember(Plan plan, Planning planning) {
    PLANNINGS.put(plan, planning);
    return plan;
  }

  /**
   * Refuses when the plan has errors or the account moved since the plan, then carries out the
   * changes. A plan this process made is checked by reading again only what its changes touch
   * ({@link TouchedReads}); a plan loaded from a file by planning again and comparing fingerprints.
   */
  public static ApplyResult apply(Plan plan, ApplyOptions options) {
    PlanContent saved = plan.content();
    Fingerprint.requireIntact(saved);
    Planning fresh = PLANNINGS.remove(plan);
    if (fresh != null) {
      List<String> moved = TouchedReads.moved(fresh, plan.backend());
      if (!moved.isEmpty()) {
        throw new StalePlanException("the account changed since the plan was made (changed: "
            + String.join(", ", moved) + "); run plan again and review it");
      }
    } else {
      fresh = planner().plan(saved.spec(), plan.backend(), saved.mode(), saved.deleteData(),
          saved.overwriteForeignObjects());
      java.util.Optional<String> differs = PlanDifference.between(saved, fresh.content());
      if (differs.isPresent()) {
        throw new StalePlanException("the account changed since the plan was made ("
            + differs.get() + "); nothing was changed. Run plan again and review it");
      }
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
