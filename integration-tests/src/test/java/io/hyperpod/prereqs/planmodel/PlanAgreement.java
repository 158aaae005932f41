package io.hyperpod.prereqs.planmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The promise of a plan, checked on a real account (simulated or moto): apply the base spec, plan
 * the next one, apply that plan, and read the account again. The state apply produced equals every
 * planned {@code after} attribute (a value planned as unknown exists and is not null), what the
 * plan deleted is gone, and the re-plan holds only noops.
 */
final class PlanAgreement {
  private static final String UNKNOWN = "<known after apply>";

  private PlanAgreement() {}

  /**
   * Applies the perturbation's base spec, then checks {@link #step} to its next one. {@code
   * backend} gives the backend of the account for each step.
   */
  static void check(Perturbation p, Supplier<CloudBackend> backend) {
    ApplyResult base = p.base().apply(backend.get());
    assertThat(base.succeeded()).as("%s: applying the base spec: %s", p, base.failures())
        .isTrue();
    step(p.name(), p.next(), backend);
  }

  /**
   * Plans {@code next} on the account as it is, applies the plan, and checks that the account is
   * then as planned and that planning again shows nothing to do.
   */
  static void step(String p, HyperPodPrerequisites next, Supplier<CloudBackend> backend) {
    Plan planned = next.plan(backend.get());
    assertThat(planned.findings()).as("%s: error findings of the plan", p)
        .noneMatch(f -> f.severity() == Severity.ERROR);
    ApplyResult applied = planned.apply();
    assertThat(applied.succeeded()).as("%s: applying the plan: %s", p, applied.failures())
        .isTrue();

    Plan replan = next.plan(backend.get());
    Map<String, ResourceChange> now = new TreeMap<>();
    replan.changes().forEach(c -> now.put(c.address().toString(), c));
    List<String> broken = new ArrayList<>();
    for (ResourceChange c : planned.changes()) {
      Map<String, Object> state = Optional.ofNullable(now.get(c.address().toString()))
          .map(ResourceChange::before).orElse(Map.of());
      if (c.action() == ChangeAction.DELETE) {
        if (!state.isEmpty()) {
          broken.add(c.address() + ": planned delete, still there: " + state);
        }
        continue;
      }
      for (String path : c.afterUnknown()) {
        if (JsonPointers.get(state, path).isEmpty()) {
          broken.add(c.address() + ": " + path + " was planned as known after apply, and the"
              + " state has no value there: " + state);
        }
      }
      Object expected = JsonPointers.masked(c.after(), c.afterUnknown(), UNKNOWN);
      Object actual = JsonPointers.masked(state, c.afterUnknown(), UNKNOWN);
      if (!expected.equals(actual)) {
        broken.add(c.address() + " (" + c.action().jsonName() + "): planned after " + expected
            + "\n      state after apply " + actual);
      }
    }
    assertThat(broken).as("%s: the state apply left differs from the plan", p).isEmpty();
    assertThat(replan.changes()).as("%s: the re-plan after apply", p)
        .filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address() + " " + c.action().jsonName() + ": " + c.reason()
            + "\n      before " + c.before() + "\n      after " + c.after())
        .isEmpty();
  }

  /** The example specs of the project, by file name. */
  static Map<String, HyperPodPrerequisites> examples() {
    Map<String, HyperPodPrerequisites> out = new TreeMap<>();
    java.nio.file.Path dir = java.nio.file.Path.of("..", "examples", "specs");
    try (var files = java.nio.file.Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .forEach(f -> out.put(f.getFileName().toString(), HyperPodPrerequisites.load(f)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(out).as("example specs in " + dir).isNotEmpty();
    return out;
  }
}
