package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.readiness.ReadinessReport;
import io.hyperpod.prereqs.readiness.RequirementResult;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ReadinessReport} ({@code verify}); made by {@link
 * HyperPodAssertions#assertThat(ReadinessReport)}. Failure messages hold the report's text.
 */
public final class ReadinessReportAssert
    extends AbstractAssert<ReadinessReportAssert, ReadinessReport> {

  ReadinessReportAssert(ReadinessReport report) {
    super(report, ReadinessReportAssert.class);
  }

  /**
   * Every requirement passes.
   *
   * @return this
   */
  public ReadinessReportAssert isReady() {
    isNotNull();
    if (!actual.ready()) {
      failWithMessage("Expected the account to be ready, but:%n%s", actual.toText());
    }
    return this;
  }

  /**
   * At least one requirement fails.
   *
   * @return this
   */
  public ReadinessReportAssert isNotReady() {
    isNotNull();
    if (actual.ready()) {
      failWithMessage("Expected the account not to be ready, but every requirement passes");
    }
    return this;
  }

  /**
   * The requirement {@code id} (e.g. {@code quota.instances}) fails for some subject.
   *
   * @param requirementId the requirement's id
   * @return this
   */
  public ReadinessReportAssert fails(String requirementId) {
    isNotNull();
    checked(requirementId);
    if (actual.failure(requirementId).isEmpty()) {
      failWithMessage(
          "Expected requirement %s to fail, but it passes:%n%s", requirementId, actual.toText());
    }
    return this;
  }

  /**
   * The requirement {@code id} is checked and passes for every subject.
   *
   * @param requirementId the requirement's id
   * @return this
   */
  public ReadinessReportAssert passes(String requirementId) {
    isNotNull();
    checked(requirementId);
    if (actual.failure(requirementId).isPresent()) {
      failWithMessage(
          "Expected requirement %s to pass, but it fails:%n%s", requirementId, actual.toText());
    }
    return this;
  }

  private void checked(String requirementId) {
    List<RequirementResult> results =
        actual.requirements().stream()
            .filter(r -> r.id().equals(requirementId))
            .collect(Collectors.toList());
    if (results.isEmpty()) {
      failWithMessage(
          "Expected requirement %s in the report, but it was not checked; the report:%n%s",
          requirementId, actual.toText());
    }
  }
}
