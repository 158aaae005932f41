package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.StalePlanException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.QuotaApprovalPolicy;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.Quotas;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service quotas on the simulator: shortfalls planned as requests, requests filed once and
 * tracked until the simulated clock brings their decision, and every case where the account is
 * not ready reported as a finding that does not block the other prerequisites.
 */
class QuotaWorkflowTest {
  static final String P5 = "ml.p5.48xlarge";
  static final String P5_QUOTA = "ml.p5.48xlarge for cluster usage";
  static final String P5_CODE = "L-8762A75F";
  static final String P5_ADDRESS = "service_quota.ml.p5.48xlarge";

  AwsSimulator simulator;
  CloudBackend backend;

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  /** The demo spec with a group of {@code count} P5 instances. */
  static HyperPodPrerequisites withP5(int count, boolean requestIncreases) {
    return HyperPodPrerequisites.builder().from(Specs.demo())
        .addInstanceGroup(InstanceGroup.of("worker-group-p5", P5, count))
        .quotas(Quotas.of(requestIncreases))
        .build();
  }

  static ResourceChange change(Plan plan, String address) {
    return plan.changes().stream().filter(c -> c.address().toString().equals(address))
        .findFirst().orElseThrow(() -> new AssertionError("no change " + address));
  }

  static List<String> ids(Plan plan) {
    return plan.findings().stream().map(Finding::id).toList();
  }

  List<QuotaChangeRequest> p5Requests() {
    return backend.quotas().listRequestHistory(QuotasPort.SAGEMAKER, P5_CODE);
  }

  @Test
  void plan_shortfallWithRequestIncreases_plansARequestAndWritesNothing() {
    Plan plan = withP5(4, true).plan(backend);

    ResourceChange p5 = change(plan, P5_ADDRESS);
    assertThat(p5.action()).isEqualTo(ChangeAction.REQUEST);
    assertThat(p5.reason()).contains("the spec needs 4 ml.p5.48xlarge instances and the quota is 0")
        .contains("request an increase to 4");
    assertThat(p5.before()).containsEntry("quota_code", P5_CODE).containsEntry("value", 0L)
        .containsEntry("adjustable", true);
    assertThat(p5.after()).containsEntry("needed", 4L).containsEntry("quota_name", P5_QUOTA);
    assertThat(plan.summary().request()).isEqualTo(1);
    assertThat(plan.findings()).isEmpty();
    assertThat(p5Requests()).isEmpty();
  }

  @Test
  void apply_shortfall_filesOneRequestAndReplansWithoutANewOne() {
    HyperPodPrerequisites spec = withP5(4, true);

    ApplyResult result = spec.apply(backend);

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    assertThat(result.changes()).filteredOn(c -> c.address().toString().equals(P5_ADDRESS))
        .extracting(c -> c.outcome()).containsExactly(ChangeOutcome.APPLIED);
    assertThat(p5Requests()).singleElement().satisfies(r -> {
      assertThat(r.desiredValue()).isEqualTo(4.0);
      assertThat(r.status()).isEqualTo(QuotaRequestStatus.PENDING);
    });
    Plan again = spec.plan(backend);
    assertThat(again.summary().request()).isZero();
    assertThat(again.hasChanges()).isFalse();
    ResourceChange p5 = change(again, P5_ADDRESS);
    assertThat(p5.action()).isEqualTo(ChangeAction.NOOP);
    assertThat(p5.reason()).contains(p5Requests().get(0).id()).contains("PENDING");
    assertThat(again.findings()).extracting(Finding::id, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("quota.pending", Severity.WARNING));
    spec.apply(backend);
    assertThat(p5Requests()).hasSize(1);
  }

  @Test
  void apply_thenOneSimulatedDay_smallRequestIsApprovedAndTheAccountIsReady() {
    HyperPodPrerequisites spec = withP5(4, true);
    spec.apply(backend);

    simulator.clock().advance(Duration.ofHours(23));
    assertThat(ids(spec.plan(backend))).containsExactly("quota.pending");
    simulator.clock().advance(Duration.ofHours(1));

    Plan ready = spec.plan(backend);
    assertThat(ready.findings()).isEmpty();
    assertThat(change(ready, P5_ADDRESS).reason()).isEqualTo("quota 4 covers the 4 "
        + P5 + " instances");
    assertThat(p5Requests().get(0).status()).isEqualTo(QuotaRequestStatus.APPROVED);
    assertThat(backend.quotas().listServiceQuotas(QuotasPort.SAGEMAKER))
        .filteredOn(q -> q.quotaName().equals(P5_QUOTA)).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualTo(4.0));
  }

  @Test
  void apply_largeRequests_openCasesThenAreApprovedAfterThreeDays() {
    HyperPodPrerequisites spec = withP5(40, true);
    Plan plan = spec.plan(backend);
    assertThat(plan.changes()).filteredOn(c -> c.action() == ChangeAction.REQUEST)
        .extracting(c -> c.address().toString())
        .containsExactlyInAnyOrder(P5_ADDRESS, "service_quota.instances-per-cluster",
            "service_quota.instances-total");
    assertThat(plan.apply().succeeded()).isTrue();

    simulator.clock().advance(Duration.ofHours(1));
    Plan opened = spec.plan(backend);
    String caseId = p5Requests().get(0).caseId().orElseThrow();
    assertThat(change(opened, P5_ADDRESS).reason()).contains("CASE_OPENED (case " + caseId + ")");
    assertThat(opened.findings()).filteredOn(f -> f.id().equals("quota.pending")).hasSize(3)
        .anySatisfy(f -> assertThat(f.fix()).contains("AWS Support case " + caseId));

    simulator.clock().advance(Duration.ofHours(71));
    Plan approved = spec.plan(backend);
    assertThat(approved.findings()).isEmpty();
    assertThat(approved.hasChanges()).isFalse();
  }

  @Test
  void plan_requestDenied_isReportedWithItsCaseAndNotFiledAgain() {
    simulator.serviceQuotas().approvalPolicy(
        QuotaApprovalPolicy.builder().autoApproveUpTo(2).caseApproveUpTo(2).build());
    HyperPodPrerequisites spec = withP5(4, true);
    spec.apply(backend);
    simulator.clock().advance(Duration.ofDays(3));

    Plan plan = spec.plan(backend);

    QuotaChangeRequest denied = p5Requests().get(0);
    assertThat(denied.status()).isEqualTo(QuotaRequestStatus.DENIED);
    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    Finding f = plan.findings().stream().filter(x -> x.id().equals("quota.request-denied"))
        .findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains(denied.id()).contains("DENIED");
    assertThat(f.fix()).contains("AWS Support case " + denied.caseId().orElseThrow())
        .contains("--quota-code " + P5_CODE).contains("--desired-value 4");
    plan.apply();
    assertThat(p5Requests()).hasSize(1);
  }

  @Test
  void plan_needGrewBeyondADeniedRequest_requestsAgain() {
    simulator.serviceQuotas().approvalPolicy(
        QuotaApprovalPolicy.builder().autoApproveUpTo(2).caseApproveUpTo(2).build());
    withP5(4, true).apply(backend);
    simulator.clock().advance(Duration.ofDays(3));

    Plan more = withP5(6, true).plan(backend);

    assertThat(change(more, P5_ADDRESS).action()).isEqualTo(ChangeAction.REQUEST);
  }

  @Test
  void apply_requestIncreasesOff_reportsTheShortfallAndAppliesEverythingElse() {
    HyperPodPrerequisites spec = withP5(4, false);

    Plan plan = spec.plan(backend);

    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    Finding f = plan.findings().stream().filter(x -> x.id().equals("quota.shortfall"))
        .findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("is 0 and the spec needs 4");
    assertThat(f.fix()).contains("quotas.requestIncreases: true")
        .contains("aws service-quotas request-service-quota-increase");
    ApplyResult result = plan.apply();
    assertThat(result.succeeded()).isTrue();
    assertThat(backend.iam().findUser("alice")).isPresent();
    assertThat(p5Requests()).isEmpty();
  }

  @Test
  void plan_quotaNotAdjustable_isReportedAndNeverRequested() {
    simulator.serviceQuotas().adjustable(P5_QUOTA, false);

    Plan plan = withP5(4, true).plan(backend);

    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    assertThat(change(plan, P5_ADDRESS).reason()).contains("not adjustable");
    assertThat(ids(plan)).containsExactly("quota.not-adjustable");
    assertThat(plan.findings().get(0).fix()).contains("at most 0");
    plan.apply();
    assertThat(p5Requests()).isEmpty();
  }

  @Test
  void plan_appliedValueCoversTheNeed_requestsNothing() {
    simulator.serviceQuotas().appliedValue(AwsSimulator.DEFAULT_ACCOUNT, Specs.REGION, P5_QUOTA, 8);

    Plan plan = withP5(4, true).plan(backend);

    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    assertThat(change(plan, P5_ADDRESS).before()).containsEntry("applied", true)
        .containsEntry("value", 8L);
    assertThat(plan.findings()).isEmpty();
  }

  @Test
  void plan_openRequestFiledElsewhereForLess_isShownAndNotFiledTwice() {
    QuotaChangeRequest mine = backend.quotas().requestIncrease(QuotasPort.SAGEMAKER, P5_CODE, 2);

    Plan plan = withP5(4, true).plan(backend);

    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    Finding f = plan.findings().get(0);
    assertThat(f.id()).isEqualTo("quota.pending");
    assertThat(f.message()).contains(mine.id()).contains("less than needed");
    assertThat(plan.apply().succeeded()).isTrue();
    assertThat(p5Requests()).hasSize(1);
  }

  @Test
  void apply_requestFiledAfterThePlan_refusesAsStale() {
    Plan plan = withP5(4, true).plan(backend);
    backend.quotas().requestIncrease(QuotasPort.SAGEMAKER, P5_CODE, 4);

    assertThatThrownBy(plan::apply).isInstanceOf(StalePlanException.class)
        .hasMessageContaining(P5_ADDRESS);
    assertThat(p5Requests()).hasSize(1);
  }

  @Test
  void plan_sameTypeInTwoGroups_needsTheSumOfTheirCounts() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.builder().from(Specs.demo())
        .addInstanceGroup(InstanceGroup.of("worker-group-2", "ml.g5.8xlarge", 3))
        .quotas(Quotas.of(true)).build();

    Plan plan = spec.plan(backend);

    ResourceChange g5 = change(plan, "service_quota.ml.g5.8xlarge");
    assertThat(g5.action()).isEqualTo(ChangeAction.REQUEST);
    assertThat(g5.after()).containsEntry("needed", 5L);
    assertThat(change(plan, "service_quota.instances-per-cluster").after())
        .containsEntry("needed", 6L);
  }

  @Test
  void plan_quotaUnknownInTheRegion_warnsAndPlansNothingForIt() {
    CloudBackend withoutQuotas = new NoQuotasBackend(backend);

    Plan plan = withP5(4, true).plan(withoutQuotas);

    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    assertThat(plan.findings()).extracting(Finding::id).containsOnly("quota.unknown");
    assertThat(plan.findings()).filteredOn(f -> f.address().orElseThrow().toString()
        .equals(P5_ADDRESS)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(P5_QUOTA).contains(Specs.REGION));
  }

  @Test
  void plan_serviceQuotasAccessDenied_warnsOnceAndPlansTheRestWithoutRequests() {
    simulator.inject(FaultRule.failing("servicequotas", "List*ServiceQuotas",
        "AccessDeniedException", 400).withTimes(Integer.MAX_VALUE));

    Plan plan = withP5(4, true).plan(backend);

    assertThat(change(plan, P5_ADDRESS).action()).isEqualTo(ChangeAction.NOOP);
    assertThat(plan.summary().request()).isZero();
    assertThat(change(plan, "iam_user.alice").action()).isEqualTo(ChangeAction.CREATE);
    assertThat(plan.findings()).filteredOn(f -> f.id().startsWith("quota."))
        .singleElement().satisfies(f -> {
          assertThat(f.id()).isEqualTo("quota.unavailable");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.address()).isEmpty();
          assertThat(f.message()).contains("Service Quotas could not be read in " + Specs.REGION)
              .contains("AccessDeniedException");
          assertThat(f.fix()).contains("servicequotas:ListServiceQuotas")
              .contains("iam-policy-for-tool");
        });
  }

  @Test
  void plan_noSageMakerQuotasInTheService_warnsThatTheRegionHasNoneAndApplyStillSucceeds() {
    simulator.inject(FaultRule.failing("servicequotas", "ListAWSDefaultServiceQuotas",
        "NoSuchResourceException", 400).withTimes(Integer.MAX_VALUE));
    HyperPodPrerequisites spec = withP5(4, true);

    Plan plan = spec.plan(backend);
    ApplyResult applied = plan.apply();

    assertThat(plan.findings()).extracting(Finding::id).containsOnlyOnce("quota.unavailable")
        .doesNotContain("quota.unknown");
    assertThat(plan.findings()).filteredOn(f -> f.id().equals("quota.unavailable"))
        .singleElement().satisfies(f -> assertThat(f.fix())
            .contains("no SageMaker quotas in " + Specs.REGION));
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    assertThat(p5Requests()).isEmpty();
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_requestHistoryUnreadable_warnsForTheShortQuotaAndRequestsNothing() {
    simulator.inject(FaultRule.failing("servicequotas",
        "ListRequestedServiceQuotaChangeHistoryByQuota", "AccessDeniedException", 400)
        .withTimes(Integer.MAX_VALUE));

    Plan plan = withP5(4, true).plan(backend);

    ResourceChange p5 = change(plan, P5_ADDRESS);
    assertThat(p5.action()).isEqualTo(ChangeAction.NOOP);
    assertThat(p5.reason()).contains("increase requests could not be read");
    assertThat(p5.before()).containsEntry("quota_code", P5_CODE);
    assertThat(plan.findings()).filteredOn(f -> f.id().equals("quota.unavailable"))
        .singleElement().satisfies(f -> {
          assertThat(f.address().orElseThrow().toString()).isEqualTo(P5_ADDRESS);
          assertThat(f.message()).contains(P5_QUOTA).contains("none is requested");
          assertThat(f.fix())
              .contains("servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota");
        });
  }
}
