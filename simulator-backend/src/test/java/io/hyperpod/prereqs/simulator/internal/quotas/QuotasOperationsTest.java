package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.simulator.internal.BackendAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The paged operations the HTTP front calls: MaxResults and NextToken as AWS takes them. */
class QuotasOperationsTest {
  private final BackendContext context = 
      BackendAccess.context(AwsSimulator.create().backend("us-west-2"));

  private <T> T call(Function<QuotasOperations, T> action) {
    return context.call("servicequotas", "test", () -> action.apply(new QuotasOperations(context)));
  }

  @Test
  void listAwsDefaultServiceQuotas_pages_coverEveryQuotaOnce() {
    OffsetPage<ServiceQuota> first = call(ops -> ops.listAwsDefaultServiceQuotas("sagemaker", 100, null));
    OffsetPage<ServiceQuota> second = call(ops ->
        ops.listAwsDefaultServiceQuotas("sagemaker", 100, first.nextToken().orElseThrow()));
    OffsetPage<ServiceQuota> third = call(ops ->
        ops.listAwsDefaultServiceQuotas("sagemaker", 100, second.nextToken().orElseThrow()));

    assertThat(first.items()).hasSize(100);
    assertThat(third.nextToken()).isEmpty();
    assertThat(first.items().size() + second.items().size() + third.items().size())
        .isEqualTo(HyperPodCatalog.INSTANCE_TYPES.size() + 3);
    assertThat(first.items()).doesNotContainAnyElementsOf(second.items())
        .doesNotContainAnyElementsOf(third.items());
  }

  @Test
  void listServiceQuotas_maxResultsOutOfRange_failsWithIllegalArgument() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> call(ops -> ops.listServiceQuotas("sagemaker", 0, null)))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("IllegalArgumentException"));
  }

  @Test
  void listAwsDefaultServiceQuotas_foreignToken_failsWithInvalidPaginationToken() {
    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(() -> call(ops -> ops.listAwsDefaultServiceQuotas("sagemaker", 10, "abc")))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidPaginationTokenException"));
  }

  @Test
  void getServiceQuota_noAppliedValue_failsWithNoSuchResourceAndTheDefaultIsThere() {
    assertThatExceptionOfType(io.hyperpod.prereqs.spi.NotFoundException.class)
        .isThrownBy(() -> call(ops -> ops.getServiceQuota("sagemaker", "L-8762A75F")))
        .withMessage("") // AWS answers a quota never applied with an empty message
        .satisfies(e -> assertThat(io.hyperpod.prereqs.simulator.internal.SimulatorReason.of(e))
            .hasValueSatisfying(r -> assertThat(r).contains("no applied value")));
    assertThat(call(ops -> ops.getAwsDefaultServiceQuota("sagemaker", "L-8762A75F")).value())
        .isZero();
  }

  @Test
  void listRequestedServiceQuotaChangeHistoryByQuota_statusFilter_keepsMatchingRequests() {
    call(ops -> ops.requestServiceQuotaIncrease("sagemaker", "L-8762A75F", 4));

    assertThat(call(ops -> ops.listRequestedServiceQuotaChangeHistoryByQuota(
        "sagemaker", "L-8762A75F", "PENDING", null, null)).items()).hasSize(1);
    assertThat(call(ops -> ops.listRequestedServiceQuotaChangeHistoryByQuota(
        "sagemaker", "L-8762A75F", "APPROVED", null, null)).items()).isEmpty();
    assertThatExceptionOfType(MalformedException.class).isThrownBy(() -> call(ops ->
        ops.listRequestedServiceQuotaChangeHistory("sagemaker", "DONE", null, null)));
  }
}
