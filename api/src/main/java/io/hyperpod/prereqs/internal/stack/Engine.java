package io.hyperpod.prereqs.internal.stack;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ImmutableApplyOptions;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.apply.StalePlanException;
import io.hyperpod.prereqs.internal.engine.Applier;
import io.hyperpod.prereqs.internal.engine.Planner;
import io.hyperpod.prereqs.internal.engine.Planning;
import io.hyperpod.prereqs.internal.engine.TouchedReads;
import io.hyperpod.prereqs.internal.engine.StackLock;
import io.hyperpod.prereqs.internal.engine.RenewingListener;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Fingerprint;
import io.hyperpod.prereqs.internal.engine.PlanDifference;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
    boolean changes = saved.changes().stream()
        .anyMatch(c -> c.action() != io.hyperpod.prereqs.plan.ChangeAction.NOOP);
    List<Finding> unlocked = new ArrayList<>();
    Optional<StackLock> lock = options.lock() && changes
        ? lock(plan, options, reason -> unlocked.add(Finding.warning("stack.lock.unavailable",
            io.hyperpod.prereqs.plan.ResourceAddress.of("s3_bucket",
                saved.spec().lifecycleScripts().orElseThrow().bucket()),
            reason + "; this run went on without it, so another apply or destroy of the stack"
                + " at the same time could have duplicated or lost changes",
            "allow this caller s3:PutObject, s3:GetObject and s3:DeleteObject on the lock"
                + " object (iam-policy-for-tool prints the policy the tool needs, the bucket"
                + " policy must not deny them), or run one apply of the stack at a time")))
        : Optional.empty();
    try {
      ApplyResult result = applyLocked(plan, options, lock);
      return unlocked.isEmpty() ? result
          : io.hyperpod.prereqs.apply.ImmutableApplyResult.copyOf(result)
              .withFindings(concat(unlocked, result.findings()));
    } finally {
      lock.ifPresent(StackLock::close);
    }
  }

  /**
   * Takes the stack's lock; when it had to make the lifecycle bucket for it, that is the plan's
   * bucket create carried out early.
   */
  private static List<Finding> concat(List<Finding> first, List<Finding> then) {
    List<Finding> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  private static Optional<StackLock> lock(Plan plan, ApplyOptions options,
      java.util.function.Consumer<String> unlocked) {
    PlanContent saved = plan.content();
    CloudBackend backend = plan.backend();
    io.hyperpod.prereqs.spi.account.CallerIdentity caller = backend.account().callerIdentity();
    StackModel model = new StackModel(saved.spec(), caller.account(), backend.account().region(),
        caller.arn());
    String command = "hyperpod-prereqs " + saved.mode().toString().toLowerCase(Locale.ROOT) + " "
        + saved.stack();
    return StackLock.acquire(backend, model, caller.arn(), command, options,
        saved.mode() == PlanMode.APPLY, unlocked);
  }

  private static ApplyResult applyLocked(Plan plan, ApplyOptions options,
      Optional<StackLock> lock) {
    PlanContent saved = plan.content();
    // The bucket that holds the lock is the stack's: made by the lock (the plan's own create,
    // carried out early) or by a run that held the lock before; it does not count as a move.
    // So is a bucket the plan was to create and that is there now (a lock that made it and then
    // failed, a lost answer): its create takes it when it is the stack's and fails otherwise.
    String planned = saved.spec().lifecycleScripts()
        .map(io.hyperpod.prereqs.spec.LifecycleScripts::bucket).orElse("");
    Optional<String> lockBucket = lock.map(StackLock::bucket).or(() -> saved.changes().stream()
        .filter(c -> !planned.isEmpty() && isBucket(c.address(), planned)
            && c.action() == io.hyperpod.prereqs.plan.ChangeAction.CREATE)
        .findFirst().map(c -> planned));
    Planning fresh = PLANNINGS.remove(plan);
    if (fresh != null) {
      List<String> moved = new ArrayList<>(TouchedReads.moved(fresh, plan.backend()));
      lockBucket.ifPresent(b -> moved.remove("s3_bucket." + b));
      if (!moved.isEmpty()) {
        throw new StalePlanException("the account changed since the plan was made (changed: "
            + String.join(", ", moved) + "); run plan again and review it");
      }
    } else {
      fresh = planner().plan(saved.spec(), plan.backend(), saved.mode(), saved.deleteData(),
          saved.overwriteForeignObjects());
      PlanContent now = fresh.content();
      java.util.Optional<String> differs = PlanDifference.between(saved, now)
          .filter(d -> !sameAccount(saved, now, lockBucket));
      if (differs.isPresent()) {
        throw new StalePlanException("the account changed since the plan was made ("
            + differs.get() + "); nothing was changed. Run plan again and review it");
      }
    }
    refuseErrors(fresh.content());
    ApplyOptions locked = lock.<ApplyOptions>map(l -> ImmutableApplyOptions.copyOf(options)
        .withListener(new RenewingListener(options.listener(), l))).orElse(options);
    List<ChangeResult> results = new Applier(plan.backend(), locked,
        c -> lock.ifPresent(l -> {
          if (c.action() == io.hyperpod.prereqs.plan.ChangeAction.DELETE
              && isBucket(c.address(), l.bucket())) {
            l.close();
          }
        })).run(fresh);
    io.hyperpod.prereqs.apply.ImmutableApplyResult.Builder result = ApplyResult.builder()
        .changes(results)
        .findings(fresh.content().findings());
    if (saved.mode() == PlanMode.APPLY) {
      result.createClusterRequest(clusterRequest(fresh));
    }
    return result.build();
  }

  /**
   * Whether the account is as the plan saw it; the lifecycle bucket that the lock made (the plan's
   * own bucket create, carried out early) does not count as a move.
   */
  private static boolean sameAccount(PlanContent saved, PlanContent fresh,
      Optional<String> lockBucket) {
    if (lockBucket.isEmpty()) {
      return false;
    }
    String bucket = lockBucket.get();
    return PlanDifference.between(
        io.hyperpod.prereqs.plan.ImmutablePlanContent.copyOf(saved)
            .withChanges(withoutBucket(saved.changes(), bucket)),
        io.hyperpod.prereqs.plan.ImmutablePlanContent.copyOf(fresh)
            .withChanges(withoutBucket(fresh.changes(), bucket))).isEmpty();
  }

  private static List<ResourceChange> withoutBucket(List<ResourceChange> changes, String bucket) {
    return changes.stream().filter(c -> !isBucket(c.address(), bucket)).toList();
  }

  private static boolean isBucket(io.hyperpod.prereqs.plan.ResourceAddress a, String bucket) {
    return a.type().equals("s3_bucket") && a.name().equals(bucket);
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
