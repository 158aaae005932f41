package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Plan}; made by {@link HyperPodAssertions#assertThat(Plan)}. Every
 * assertion about changes first fails when the plan was made against the wrong account or region
 * ({@code account.mismatch}, {@code region.mismatch}): such a plan plans nothing, so a test of it
 * would pass without testing anything.
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, Plan> {
  private static final Set<String> MISTARGETED = Set.of("account.mismatch", "region.mismatch");

  PlanAssert(Plan plan) {
    super(plan, PlanAssert.class);
  }

  /**
   * The plan creates the resource at {@code address} ({@code type.name}, e.g. {@code
   * iam_role.quickstart-instance}).
   *
   * @param address the resource's address
   * @return this
   */
  public PlanAssert creates(String address) {
    return has(address, ChangeAction.CREATE);
  }

  /**
   * The plan updates the resource at {@code address} in place.
   *
   * @param address the resource's address
   * @return this
   */
  public PlanAssert updates(String address) {
    return has(address, ChangeAction.UPDATE);
  }

  /**
   * The plan replaces the resource at {@code address}.
   *
   * @param address the resource's address
   * @return this
   */
  public PlanAssert replaces(String address) {
    return has(address, ChangeAction.REPLACE);
  }

  /**
   * The plan deletes the resource at {@code address}.
   *
   * @param address the resource's address
   * @return this
   */
  public PlanAssert deletes(String address) {
    return has(address, ChangeAction.DELETE);
  }

  /**
   * The plan requests the quota increase at {@code address} (e.g. {@code
   * service_quota.ml.p5.48xlarge}).
   *
   * @param address the quota's address
   * @return this
   */
  public PlanAssert requests(String address) {
    return has(address, ChangeAction.REQUEST);
  }

  /**
   * The plan holds {@code address} with nothing to do.
   *
   * @param address the resource's address
   * @return this
   */
  public PlanAssert leavesUnchanged(String address) {
    return has(address, ChangeAction.NOOP);
  }

  /**
   * The plan holds a change of {@code action} at {@code address}.
   *
   * @param address the resource's address
   * @param action what the change does
   * @return this
   */
  public PlanAssert has(String address, ChangeAction action) {
    targeted();
    ResourceAddress wanted = ResourceAddress.parse(address);
    Optional<ResourceChange> change =
        actual.changes().stream().filter(c -> c.address().equals(wanted)).findFirst();
    if (change.isEmpty()) {
      failWithMessage(
          "Expected the plan to %s %s, but it holds no change of that address; its changes:%n%s",
          action.jsonName(), address, changes());
    } else if (change.get().action() != action) {
      failWithMessage(
          "Expected the plan to %s %s, but it plans to %s it (%s); its changes:%n%s",
          action.jsonName(),
          address,
          change.get().action().jsonName(),
          change.get().reason(),
          changes());
    }
    return this;
  }

  /**
   * Nothing to do: every change is a no-op (the account already matches the spec).
   *
   * @return this
   */
  public PlanAssert isNoop() {
    targeted();
    List<ResourceChange> changing =
        actual.changes().stream()
            .filter(c -> c.action() != ChangeAction.NOOP)
            .collect(Collectors.toList());
    if (!changing.isEmpty()) {
      failWithMessage("Expected a plan with nothing to do, but it plans:%n%s", describe(changing));
    }
    return this;
  }

  /**
   * Something to do: at least one change is not a no-op.
   *
   * @return this
   */
  public PlanAssert hasChanges() {
    targeted();
    if (!actual.hasChanges()) {
      failWithMessage("Expected a plan with changes, but it has nothing to do");
    }
    return this;
  }

  /**
   * No finding of severity error (nothing blocks apply).
   *
   * @return this
   */
  public PlanAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = Findings.errors(actual.findings());
    if (!errors.isEmpty()) {
      failWithMessage(
          "Expected a plan without error findings, but it has:%n%s", Findings.describe(errors));
    }
    return this;
  }

  /**
   * A finding with this id, e.g. {@code quota.request-needed}, of any severity.
   *
   * @param id the finding's id
   * @return this
   */
  public PlanAssert hasFinding(String id) {
    isNotNull();
    if (!Findings.has(actual.findings(), id)) {
      failWithMessage(
          "Expected the plan to have finding %s, but its findings are:%n%s",
          id, Findings.describe(actual.findings()));
    }
    return this;
  }

  /**
   * No finding with this id.
   *
   * @param id the finding's id
   * @return this
   */
  public PlanAssert hasNoFinding(String id) {
    isNotNull();
    if (Findings.has(actual.findings(), id)) {
      failWithMessage(
          "Expected the plan not to have finding %s, but its findings are:%n%s",
          id, Findings.describe(actual.findings()));
    }
    return this;
  }

  /** Fails when the plan was made against another account or region than its spec's. */
  private void targeted() {
    isNotNull();
    List<Finding> wrong =
        actual.findings().stream()
            .filter(f -> MISTARGETED.contains(f.id()))
            .collect(Collectors.toList());
    if (!wrong.isEmpty()) {
      failWithMessage(
          "The plan was made against the wrong target, so it plans nothing:%n%s%nGive the"
              + " backend the spec's account and region, e.g. @SimulatedAws(spec = \"...\")",
          Findings.describe(wrong));
    }
  }

  private String changes() {
    return describe(actual.changes());
  }

  private static String describe(List<ResourceChange> changes) {
    if (changes.isEmpty()) {
      return "  (no changes)";
    }
    return changes.stream()
        .map(c -> "  " + c.action().symbol() + " " + c.address() + " (" + c.action().jsonName() + ")")
        .collect(Collectors.joining("\n"));
  }
}
