package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulated Service Quotas beyond the SPI contract: catalog, approval policy, settings. */
class SimulatedQuotasTest {
  static final String SAGEMAKER = QuotasPort.SAGEMAKER;
  static final String P5 = "ml.p5.48xlarge for cluster usage";
  static final String P5_CODE = "L-8762A75F";
  static final String C5 = "ml.c5.2xlarge for cluster usage";
  static final String C5_CODE = "L-539D704C";

  private final AwsSimulator simulator = AwsSimulator.create();
  private final QuotasPort quotas = simulator.backend("us-west-2").quotas();

  private Map<String, ServiceQuota> defaults() {
    return quotas.listDefaultServiceQuotas(SAGEMAKER).stream()
        .collect(Collectors.toMap(ServiceQuota::quotaName, q -> q));
  }

  private QuotaChangeRequest request(String id) {
    return quotas.findRequest(id).orElseThrow();
  }

  private double applied(String name) {
    return quotas.listServiceQuotas(SAGEMAKER).stream().filter(q -> q.quotaName().equals(name))
        .findFirst().map(ServiceQuota::value).orElseThrow();
  }

  @Test
  void listDefaultServiceQuotas_everyInstanceType_hasAClusterUsageQuotaReadPageByPage() {
    simulator.clearCalls();

    Map<String, ServiceQuota> all = defaults();

    assertThat(all).hasSize(HyperPodCatalog.INSTANCE_TYPES.size() + 3);
    HyperPodCatalog.INSTANCE_TYPES.forEach(
        t -> assertThat(all).containsKey(t + " for cluster usage"));
    assertThat(simulator.calls()).extracting(RecordedCall::operation)
        .containsOnly("ListAWSDefaultServiceQuotas").hasSize(3);
  }

  @Test
  void listDefaultServiceQuotas_defaults_areZeroForLargeAcceleratedTypes() {
    Map<String, ServiceQuota> all = defaults();

    assertThat(all.get(P5).value()).isZero();
    assertThat(all.get(P5).quotaCode()).isEqualTo(P5_CODE);
    assertThat(all.get("ml.trn1.32xlarge for cluster usage").value()).isZero();
    assertThat(all.get("ml.g5.48xlarge for cluster usage").value()).isZero();
    assertThat(all.get("ml.g5.8xlarge for cluster usage").value()).isEqualTo(4);
    assertThat(all.get(C5).value()).isEqualTo(10);
    assertThat(all.get("Maximum number instances allowed per SageMaker HyperPod cluster")
        .value()).isEqualTo(20);
    assertThat(all.get("Total number of instances allowed across SageMaker HyperPod clusters")
        .value()).isEqualTo(30);
    assertThat(all.values()).allSatisfy(q -> assertThat(q.adjustable()).isTrue());
  }

  @Test
  void listServiceQuotas_freshAccount_listsNothingBecauseNothingIsApplied() {
    assertThat(quotas.listServiceQuotas(SAGEMAKER)).isEmpty();
  }

  @Test
  void requestIncrease_upToSixteen_isApprovedAfterTwentyFourHoursWithoutACase() {
    QuotaChangeRequest filed = quotas.requestIncrease(SAGEMAKER, P5_CODE, 16);
    assertThat(filed.status()).isEqualTo(QuotaRequestStatus.PENDING);
    assertThat(filed.id()).matches("[0-9a-f]{32}");

    simulator.clock().advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(request(filed.id()).status()).isEqualTo(QuotaRequestStatus.PENDING);
    simulator.clock().advance(Duration.ofSeconds(1));

    QuotaChangeRequest decided = request(filed.id());
    assertThat(decided.status()).isEqualTo(QuotaRequestStatus.APPROVED);
    assertThat(decided.caseId()).isEmpty();
    assertThat(decided.lastUpdated()).hasValue(filed.created().plus(Duration.ofHours(24)));
    assertThat(applied(P5)).isEqualTo(16);
  }

  @Test
  void requestIncrease_aboveSixteen_opensACaseAfterAnHourAndIsApprovedAfterThreeDays() {
    QuotaChangeRequest filed = quotas.requestIncrease(SAGEMAKER, P5_CODE, 64);
    assertThat(filed.caseId()).isEmpty();

    simulator.clock().advance(Duration.ofHours(1));
    QuotaChangeRequest opened = request(filed.id());
    assertThat(opened.status()).isEqualTo(QuotaRequestStatus.CASE_OPENED);
    assertThat(opened.caseId()).hasValueSatisfying(c -> assertThat(c).matches("\\d{10}"));
    assertThat(quotas.listServiceQuotas(SAGEMAKER)).isEmpty();

    simulator.clock().advance(Duration.ofHours(71));
    assertThat(request(filed.id()).status()).isEqualTo(QuotaRequestStatus.APPROVED);
    assertThat(request(filed.id()).caseId()).isEqualTo(opened.caseId());
    assertThat(applied(P5)).isEqualTo(64);
  }

  @Test
  void requestIncrease_aboveTheCaseApprovalLimit_isDeniedAndTheQuotaStays() {
    QuotaChangeRequest filed = quotas.requestIncrease(SAGEMAKER, P5_CODE, 300);

    simulator.clock().advance(Duration.ofDays(3));

    assertThat(request(filed.id()).status()).isEqualTo(QuotaRequestStatus.DENIED);
    assertThat(quotas.listServiceQuotas(SAGEMAKER)).isEmpty();
    assertThat(quotas.requestIncrease(SAGEMAKER, P5_CODE, 8).status())
        .isEqualTo(QuotaRequestStatus.PENDING);
  }

  @Test
  void requestIncrease_policyChangedAfterFiling_keepsTheCourseFixedAtFiling() {
    QuotaChangeRequest filed = quotas.requestIncrease(SAGEMAKER, P5_CODE, 4);
    simulator.serviceQuotas().approvalPolicy(QuotaApprovalPolicy.builder()
        .autoApproveUpTo(0).caseApproveUpTo(0).build());
    QuotaChangeRequest later = quotas.requestIncrease(SAGEMAKER, C5_CODE, 12);

    simulator.clock().advance(Duration.ofDays(3));

    assertThat(request(filed.id()).status()).isEqualTo(QuotaRequestStatus.APPROVED);
    assertThat(request(later.id()).status()).isEqualTo(QuotaRequestStatus.DENIED);
  }

  @Test
  void requestIncrease_notAdjustable_failsWithIllegalArgument() {
    simulator.serviceQuotas().adjustable(P5, false);

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> quotas.requestIncrease(SAGEMAKER, P5_CODE, 4))
        .withMessageContaining("not adjustable")
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("IllegalArgumentException"));
  }

  @Test
  void requestIncrease_desiredValueOutOfRange_failsWithIllegalArgument() {
    for (double bad : new double[] {-1, 10_000_000_001d, Double.NaN}) {
      assertThatExceptionOfType(MalformedException.class)
          .isThrownBy(() -> quotas.requestIncrease(SAGEMAKER, P5_CODE, bad))
          .withMessageContaining("out of range");
    }
  }

  @Test
  void requestIncrease_twentyOpenRequests_theNextFailsWithQuotaExceeded() {
    List<String> codes = quotas.listDefaultServiceQuotas(SAGEMAKER).stream()
        .map(ServiceQuota::quotaCode).limit(21).toList();
    for (String code : codes.subList(0, 20)) {
      quotas.requestIncrease(SAGEMAKER, code, 5000);
    }

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(() -> quotas.requestIncrease(SAGEMAKER, codes.get(20), 5000))
        .satisfies(e -> {
          assertThat(e.errorCode()).isEqualTo("QuotaExceededException");
          assertThat(e.statusCode()).isEqualTo(400);
        });
  }

  @Test
  void listRequestHistory_twoRequests_newestFirst() {
    QuotaChangeRequest first = quotas.requestIncrease(SAGEMAKER, P5_CODE, 4);
    simulator.clock().advance(Duration.ofMinutes(5));
    QuotaChangeRequest second = quotas.requestIncrease(SAGEMAKER, C5_CODE, 12);

    assertThat(quotas.listRequestHistory(SAGEMAKER)).extracting(QuotaChangeRequest::id)
        .containsExactly(second.id(), first.id());
    assertThat(quotas.listRequestHistory(SAGEMAKER, P5_CODE)).extracting(QuotaChangeRequest::id)
        .containsExactly(first.id());
  }

  @Test
  void listRequestHistory_otherService_failsWithNoSuchResource() {
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> quotas.listRequestHistory("lambda"))
        .withMessageContaining("not available in the current Region");
  }

  @Test
  void listDefaultServiceQuotas_networkServices_haveAwsNamesCodesAndDefaults() {
    assertThat(quotas.listDefaultServiceQuotas("vpc"))
        .extracting(ServiceQuota::quotaCode, ServiceQuota::quotaName, ServiceQuota::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("L-DF5E4CA3", "Network interfaces per Region", 5000.0),
            org.assertj.core.groups.Tuple.tuple("L-F678F1CE", "VPCs per Region", 5.0),
            org.assertj.core.groups.Tuple.tuple("L-A4707A72", "Internet gateways per Region", 5.0));
    assertThat(quotas.listDefaultServiceQuotas("ec2")).singleElement().satisfies(q -> {
      assertThat(q.quotaCode()).isEqualTo("L-0263D0A3");
      assertThat(q.quotaName()).isEqualTo("EC2-VPC Elastic IPs");
      assertThat(q.quotaArn()).endsWith(":ec2/L-0263D0A3");
    });
    assertThat(quotas.listDefaultServiceQuotas(SAGEMAKER)).extracting(ServiceQuota::serviceCode)
        .containsOnly(SAGEMAKER);
    // a quota is found only under its own service
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> quotas.requestIncrease(SAGEMAKER, "L-F678F1CE", 6));
    QuotaChangeRequest r = quotas.requestIncrease("vpc", "L-F678F1CE", 6);
    assertThat(r.serviceCode()).isEqualTo("vpc");
    assertThat(quotas.listRequestHistory("vpc")).extracting(QuotaChangeRequest::id).containsExactly(r.id());
    assertThat(quotas.listRequestHistory(SAGEMAKER)).isEmpty();
  }

  @Test
  void defaultValue_setOnARegionInUse_changesItThereAndInNewRegions() {
    quotas.listDefaultServiceQuotas(SAGEMAKER);

    simulator.serviceQuotas().defaultValue(P5, 2);

    assertThat(defaults().get(P5).value()).isEqualTo(2);
    assertThat(simulator.backend("eu-west-1").quotas().listDefaultServiceQuotas(SAGEMAKER))
        .filteredOn(q -> q.quotaName().equals(P5)).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualTo(2));
  }

  @Test
  void appliedValue_unknownQuotaName_failsNamingTheForm() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> simulator.serviceQuotas()
            .appliedValue(AwsSimulator.DEFAULT_ACCOUNT, "us-west-2", "ml.p5 quota", 3))
        .withMessageContaining("'ml.p5 quota'")
        .withMessageContaining("for cluster usage");
  }

  @Test
  void approvalPolicy_caseDecidedBeforeItOpens_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuotaApprovalPolicy.builder().caseOpenDelay(Duration.ofHours(5))
            .caseDecisionDelay(Duration.ofHours(1)).build())
        .withMessageContaining("caseDecisionDelay");
  }

  @Test
  void toJson_pendingRequestAndPolicy_continueAfterLoading() {
    simulator.serviceQuotas().approvalPolicy(QuotaApprovalPolicy.builder()
        .autoApprovalDelay(Duration.ofHours(2)).build());
    QuotaChangeRequest filed = quotas.requestIncrease(SAGEMAKER, P5_CODE, 4);

    AwsSimulator restored = AwsSimulator.fromJson(simulator.toJson());
    restored.clock().advance(Duration.ofHours(2));

    QuotasPort again = restored.backend("us-west-2").quotas();
    assertThat(again.findRequest(filed.id()).orElseThrow().status())
        .isEqualTo(QuotaRequestStatus.APPROVED);
    assertThat(restored.serviceQuotas().approvalPolicy().autoApprovalDelay())
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void requestIncrease_errors_carryTheRequestIdOfTheCall() {
    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> quotas.requestIncrease(SAGEMAKER, "L-00000000", 1))
        .satisfies(e -> assertThat(e.requestId()).isPresent());
  }
}
