package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * {@link QuotasPort} on the SDK's Service Quotas client. Its operations are not written yet: each
 * throws {@link UnsupportedOperationException}. The client is made on the first call that needs it,
 * so a run that never uses Service Quotas makes none.
 */
public final class AwsQuotasPort implements QuotasPort {
  private final Supplier<ServiceQuotasClient> client;

  public AwsQuotasPort(Supplier<ServiceQuotasClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The Service Quotas client, made on first use. */
  ServiceQuotasClient client() {
    return client.get();
  }

  @Override
  public List<ServiceQuota> listServiceQuotas(String serviceCode) {
    throw notYet("ListServiceQuotas");
  }

  @Override
  public List<ServiceQuota> listDefaultServiceQuotas(String serviceCode) {
    throw notYet("ListAWSDefaultServiceQuotas");
  }

  @Override
  public QuotaChangeRequest requestIncrease(
      String serviceCode, String quotaCode, double desiredValue) {
    throw notYet("RequestServiceQuotaIncrease");
  }

  @Override
  public List<QuotaChangeRequest> listRequestHistory(String serviceCode, String quotaCode) {
    throw notYet("ListRequestedServiceQuotaChangeHistoryByQuota");
  }

  @Override
  public List<QuotaChangeRequest> listRequestHistory(String serviceCode) {
    throw notYet("ListRequestedServiceQuotaChangeHistory");
  }

  @Override
  public Optional<QuotaChangeRequest> findRequest(String requestId) {
    throw notYet("GetRequestedServiceQuotaChange");
  }

  private static UnsupportedOperationException notYet(String operation) {
    return new UnsupportedOperationException(
        "Service Quotas " + operation + " is not implemented yet in the aws backend");
  }
}
