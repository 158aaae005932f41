package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link ApplyResult}; made by {@link HyperPodAssertions#assertThat(ApplyResult)}.
 */
public final class ApplyResultAssert extends AbstractAssert<ApplyResultAssert, ApplyResult> {
  private static final Set<ChangeOutcome> DONE =
      EnumSet.of(ChangeOutcome.APPLIED, ChangeOutcome.UNCHANGED);

  ApplyResultAssert(ApplyResult result) {
    super(result, ApplyResultAssert.class);
  }

  /**
   * Every change was applied or had nothing to do: none failed or was skipped.
   *
   * @return this
   */
  public ApplyResultAssert succeeded() {
    isNotNull();
    List<ChangeResult> bad =
        actual.changes().stream()
            .filter(c -> !DONE.contains(c.outcome()))
            .collect(Collectors.toList());
    if (!bad.isEmpty()) {
      failWithMessage("Expected every change to succeed, but:%n%s", describe(bad));
    }
    return this;
  }

  /**
   * The change at {@code address} was carried out.
   *
   * @param address the resource's address
   * @return this
   */
  public ApplyResultAssert applied(String address) {
    return has(address, ChangeOutcome.APPLIED);
  }

  /**
   * The change at {@code address} was refused by the backend.
   *
   * @param address the resource's address
   * @return this
   */
  public ApplyResultAssert failed(String address) {
    return has(address, ChangeOutcome.FAILED);
  }

  /**
   * The change at {@code address} was not tried because one it depends on failed.
   *
   * @param address the resource's address
   * @return this
   */
  public ApplyResultAssert skipped(String address) {
    return has(address, ChangeOutcome.SKIPPED);
  }

  /**
   * The change at {@code address} ended with {@code outcome}.
   *
   * @param address the resource's address
   * @param outcome what became of it
   * @return this
   */
  public ApplyResultAssert has(String address, ChangeOutcome outcome) {
    isNotNull();
    ResourceAddress wanted = ResourceAddress.parse(address);
    Optional<ChangeResult> change =
        actual.changes().stream().filter(c -> c.address().equals(wanted)).findFirst();
    if (change.isEmpty()) {
      failWithMessage(
          "Expected %s to be %s, but the apply holds no change of that address; its changes:%n%s",
          address, outcome.jsonName(), describe(actual.changes()));
    } else if (change.get().outcome() != outcome) {
      failWithMessage(
          "Expected %s to be %s, but it was %s; the apply's changes:%n%s",
          address, outcome.jsonName(), change.get().outcome().jsonName(), describe(actual.changes()));
    }
    return this;
  }

  /**
   * A finding with this id.
   *
   * @param id the finding's id
   * @return this
   */
  public ApplyResultAssert hasFinding(String id) {
    isNotNull();
    if (!Findings.has(actual.findings(), id)) {
      failWithMessage(
          "Expected the apply to have finding %s, but its findings are:%n%s",
          id, Findings.describe(actual.findings()));
    }
    return this;
  }

  /**
   * No finding of severity error.
   *
   * @return this
   */
  public ApplyResultAssert hasNoErrors() {
    isNotNull();
    if (!Findings.errors(actual.findings()).isEmpty()) {
      failWithMessage(
          "Expected an apply without error findings, but it has:%n%s",
          Findings.describe(Findings.errors(actual.findings())));
    }
    return this;
  }

  private static String describe(List<ChangeResult> changes) {
    if (changes.isEmpty()) {
      return "  (no changes)";
    }
    return changes.stream()
        .map(
            c ->
                "  "
                    + c.address()
                    + " "
                    + c.action().jsonName()
                    + ": "
                    + c.outcome().jsonName()
                    + c.error().map(e -> " (" + e + ")").orElse("")
                    + c.rootCause().map(r -> " (because of " + r + ")").orElse(""))
        .collect(Collectors.joining("\n"));
  }
}
