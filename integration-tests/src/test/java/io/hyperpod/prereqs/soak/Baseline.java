package io.hyperpod.prereqs.soak;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;

/**
 * A spec's clean apply on a fresh simulator, against which each soak run is judged: what the
 * account held before it ({@link #before}) and after it ({@link #applied}).
 */
record Baseline(String name, HyperPodPrerequisites spec, Inventory before, Inventory applied) {
  static Baseline of(String specFile) {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(Soak.SPECS.resolve(specFile));
    CloudBackend b = AwsSimulator.create().backend(spec.region());
    Inventory before = Inventory.of(b);
    ApplyResult r = spec.plan(b).apply();
    if (!r.succeeded()) {
      throw new IllegalStateException(specFile + " does not apply cleanly: " + r.failures());
    }
    return new Baseline(specFile, spec, before, Inventory.of(b));
  }

  /** After an apply: converged (a new plan shows no change), duplicated and lost resources. */
  Soak.Outcome check(String scenario, CloudBackend clean, int applies, String detail) {
    boolean noChanges = spec.plan(clean).changes().stream()
        .allMatch(c -> c.action() == ChangeAction.NOOP);
    Inventory now = Inventory.of(clean);
    return new Soak.Outcome(scenario, noChanges, applies, now.moreThan(applied), List.of(),
        now.lessThan(applied), ((noChanges ? "" : "plan after apply shows changes ") + detail)
            .trim());
  }

  /** After the destroy that ends a run: what it left behind (orphaned), and whether it worked. */
  Soak.Outcome withOrphans(Soak.Outcome o, CloudBackend clean, ApplyResult destroyed) {
    return new Soak.Outcome(o.scenario(), o.converged() && destroyed.succeeded(), o.applies(),
        o.duplicated(), leftovers(clean), o.lost(),
        destroyed.succeeded() ? o.detail() : o.detail() + " destroy: " + destroyed.failures());
  }

  /** What is in the account that was not there before the first apply. */
  List<String> leftovers(CloudBackend clean) {
    return Inventory.of(clean).moreThan(before);
  }
}
