package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.readiness.ReadinessReport;

/**
 * AssertJ entry points for plans, apply results and readiness reports; import them statically
 * beside AssertJ's own {@code assertThat}:
 *
 * <pre>{@code
 * import static io.hyperpod.prereqs.test.HyperPodAssertions.assertThat;
 *
 * assertThat(spec.plan(aws))
 *     .creates("iam_role.quickstart-instance")
 *     .requests("service_quota.ml.p5.48xlarge")
 *     .hasNoErrors();
 * assertThat(plan.apply()).succeeded();
 * assertThat(spec.verify(aws)).isReady();
 * }</pre>
 */
public final class HyperPodAssertions {
  private HyperPodAssertions() {}

  /**
   * Assertions on a plan.
   *
   * @param plan the plan to check
   * @return its assertions
   */
  public static PlanAssert assertThat(Plan plan) {
    return new PlanAssert(plan);
  }

  /**
   * Assertions on what an apply did.
   *
   * @param result the apply's result
   * @return its assertions
   */
  public static ApplyResultAssert assertThat(ApplyResult result) {
    return new ApplyResultAssert(result);
  }

  /**
   * Assertions on a readiness report ({@code verify}).
   *
   * @param report the report to check
   * @return its assertions
   */
  public static ReadinessReportAssert assertThat(ReadinessReport report) {
    return new ReadinessReportAssert(report);
  }
}
