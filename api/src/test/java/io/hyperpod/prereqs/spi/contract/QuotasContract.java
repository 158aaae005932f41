package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Service Quotas for SageMaker's cluster quotas: found by name, requests filed once and tracked,
 * and the errors Service Quotas answers. Tests that file a request run only for a backend that
 * {@linkplain CloudBackendContractTest#filesQuotaRequests() may file them}. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class QuotasContract extends ContractGroup {
  static final String PER_CLUSTER = "Maximum number instances allowed per SageMaker HyperPod cluster";
  static final String TOTAL = "Total number of instances allowed across SageMaker HyperPod clusters";
  static final String P5 = "ml.p5.48xlarge for cluster usage";

  protected QuotasContract(CloudBackendContractTest suite) {
    super(suite);
  }

  private QuotasPort quotas() {
    return backend().quotas();
  }

  private ServiceQuota defaultNamed(String name) {
    return quotas().listDefaultServiceQuotas(QuotasPort.SAGEMAKER).stream()
        .filter(q -> q.quotaName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no default quota named " + name));
  }

  /** The value in force: applied, else default. */
  private double current(ServiceQuota quota) {
    return quotas().listServiceQuotas(QuotasPort.SAGEMAKER).stream()
        .filter(q -> q.quotaCode().equals(quota.quotaCode())).findFirst()
        .orElse(quota).value();
  }

  @Test
  void listDefaultServiceQuotas_sagemaker_hasTheHyperPodQuotasByName() {
    assumeNo(KnownDeviation.QUOTAS_NO_SAGEMAKER_QUOTAS);
    List<ServiceQuota> defaults = quotas().listDefaultServiceQuotas(QuotasPort.SAGEMAKER);

    assertThat(defaults).extracting(ServiceQuota::quotaName).contains(PER_CLUSTER, TOTAL, P5);
    assertThat(defaults).allSatisfy(q -> {
      assertThat(q.serviceCode()).isEqualTo(QuotasPort.SAGEMAKER);
      assertThat(q.quotaCode()).matches("L-[0-9A-F]{8}");
      assertThat(q.quotaArn()).contains(":servicequotas:").endsWith("/" + q.quotaCode());
    });
    assertThat(defaults).extracting(ServiceQuota::quotaCode).doesNotHaveDuplicates();
  }

  @Test
  void listServiceQuotas_appliedValues_areQuotasOfTheDefaultList() {
    assumeNo(KnownDeviation.QUOTAS_NO_SAGEMAKER_QUOTAS);
    assumeNo(KnownDeviation.QUOTAS_OPERATIONS_NOT_IMPLEMENTED);
    Set<String> codes = quotas().listDefaultServiceQuotas(QuotasPort.SAGEMAKER).stream()
        .map(ServiceQuota::quotaCode).collect(Collectors.toSet());

    assertThat(quotas().listServiceQuotas(QuotasPort.SAGEMAKER))
        .allSatisfy(q -> assertThat(codes).contains(q.quotaCode()));
  }

  @Test
  void listDefaultServiceQuotas_serviceWithoutQuotas_failsWithNoSuchResource() {
    assertCloudError(
        () -> quotas().listDefaultServiceQuotas("nosuchservice"),
        NotFoundException.class,
        "NoSuchResourceException",
        400);
  }

  @Test
  void requestIncrease_unknownQuotaCode_failsWithNoSuchResource() {
    assumeNo(KnownDeviation.QUOTAS_OPERATIONS_NOT_IMPLEMENTED);
    assertCloudError(
        () -> quotas().requestIncrease(QuotasPort.SAGEMAKER, "L-00000000", 5),
        NotFoundException.class,
        "NoSuchResourceException",
        400);
  }

  @Test
  void requestIncrease_desiredValueNotAboveTheCurrent_failsWithIllegalArgument() {
    assumeNo(KnownDeviation.QUOTAS_NO_SAGEMAKER_QUOTAS);
    assumeNo(KnownDeviation.QUOTAS_OPERATIONS_NOT_IMPLEMENTED);
    ServiceQuota perCluster = defaultNamed(PER_CLUSTER);

    assertCloudError(
        () -> quotas().requestIncrease(QuotasPort.SAGEMAKER, perCluster.quotaCode(),
            current(perCluster)),
        MalformedException.class,
        "IllegalArgumentException",
        400);
  }

  @Test
  void findRequest_unknownId_isEmpty() {
    assumeNo(KnownDeviation.QUOTAS_OPERATIONS_NOT_IMPLEMENTED);
    assertThat(quotas().findRequest("0123456789abcdef0123456789abcdef")).isEmpty();
  }

  @Test
  void requestIncrease_adjustableQuota_isOpenAndTrackedByQuotaAndService() {
    assumeThat(suite.filesQuotaRequests()).as("files real quota requests").isTrue();
    ServiceQuota quota = quotaWithoutOpenRequest();
    double desired = current(quota) + 1;

    QuotaChangeRequest r =
        quotas().requestIncrease(QuotasPort.SAGEMAKER, quota.quotaCode(), desired);

    assertThat(r.status()).isEqualTo(QuotaRequestStatus.PENDING);
    assertThat(r.open()).isTrue();
    assertThat(r.quotaCode()).isEqualTo(quota.quotaCode());
    assertThat(r.quotaName()).isEqualTo(quota.quotaName());
    assertThat(r.desiredValue()).isEqualTo(desired);
    assertThat(quotas().listRequestHistory(QuotasPort.SAGEMAKER, quota.quotaCode()))
        .extracting(QuotaChangeRequest::id).contains(r.id());
    assertThat(quotas().listRequestHistory(QuotasPort.SAGEMAKER))
        .extracting(QuotaChangeRequest::id).contains(r.id());
    assertThat(quotas().findRequest(r.id())).hasValueSatisfying(
        found -> assertThat(found.quotaCode()).isEqualTo(quota.quotaCode()));
  }

  @Test
  void requestIncrease_whileOneIsOpen_failsWithResourceAlreadyExists() {
    assumeThat(suite.filesQuotaRequests()).as("files real quota requests").isTrue();
    ServiceQuota quota = quotaWithoutOpenRequest();
    double desired = current(quota) + 1;
    quotas().requestIncrease(QuotasPort.SAGEMAKER, quota.quotaCode(), desired);

    assertCloudError(
        () -> quotas().requestIncrease(QuotasPort.SAGEMAKER, quota.quotaCode(), desired + 1),
        AlreadyExistsException.class,
        "ResourceAlreadyExistsException",
        400);
    assertThat(quotas().listRequestHistory(QuotasPort.SAGEMAKER, quota.quotaCode()))
        .filteredOn(QuotaChangeRequest::open).hasSize(1);
  }

  /** An adjustable cluster-usage quota with no open request (the server may keep state). */
  private ServiceQuota quotaWithoutOpenRequest() {
    Set<String> open = quotas().listRequestHistory(QuotasPort.SAGEMAKER).stream()
        .filter(QuotaChangeRequest::open).map(QuotaChangeRequest::quotaCode)
        .collect(Collectors.toSet());
    return quotas().listDefaultServiceQuotas(QuotasPort.SAGEMAKER).stream()
        .filter(q -> q.adjustable() && q.quotaName().endsWith(" for cluster usage"))
        .filter(q -> !open.contains(q.quotaCode()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("every cluster-usage quota has an open request"));
  }
}
