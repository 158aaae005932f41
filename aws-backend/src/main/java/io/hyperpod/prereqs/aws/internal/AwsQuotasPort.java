package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.RequestedServiceQuotaChange;

/**
 * {@link QuotasPort} on the SDK's Service Quotas client. Every list reads all pages through the
 * SDK's paginators (each page is one call). A request id that does not exist ({@code
 * NoSuchResourceException}) is an empty result. The client is made on the first call that needs
 * it, so a run that never uses Service Quotas makes none.
 */
public final class AwsQuotasPort implements QuotasPort {
  private final Supplier<ServiceQuotasClient> client;

  public AwsQuotasPort(Supplier<ServiceQuotasClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /**
   * {@inheritDoc}
   *
   * <p>A quota whose applied value Service Quotas could not read (it answers an {@code
   * ErrorReason} and no value) is left out: its AWS default is all that is known of it.
   */
  @Override
  public List<ServiceQuota> listServiceQuotas(String serviceCode) {
    return AwsErrors.call(
        AwsCall.quotas("ListServiceQuotas", service(serviceCode)),
        () ->
            quotas(
                quotas().listServiceQuotasPaginator(r -> r.serviceCode(serviceCode)).quotas()));
  }

  @Override
  public List<ServiceQuota> listDefaultServiceQuotas(String serviceCode) {
    return AwsErrors.call(
        AwsCall.quotas("ListAWSDefaultServiceQuotas", service(serviceCode)),
        () ->
            quotas(
                quotas()
                    .listAWSDefaultServiceQuotasPaginator(r -> r.serviceCode(serviceCode))
                    .quotas()));
  }

  @Override
  public QuotaChangeRequest requestIncrease(
      String serviceCode, String quotaCode, double desiredValue) {
    return AwsErrors.call(
        AwsCall.quotas("RequestServiceQuotaIncrease", quota(serviceCode, quotaCode)),
        () ->
            request(
                quotas()
                    .requestServiceQuotaIncrease(
                        r ->
                            r.serviceCode(serviceCode)
                                .quotaCode(quotaCode)
                                .desiredValue(desiredValue))
                    .requestedQuota()));
  }

  @Override
  public List<QuotaChangeRequest> listRequestHistory(String serviceCode, String quotaCode) {
    return AwsErrors.call(
        AwsCall.quotas(
            "ListRequestedServiceQuotaChangeHistoryByQuota",
            "increase requests of " + quota(serviceCode, quotaCode)),
        () ->
            requests(
                quotas()
                    .listRequestedServiceQuotaChangeHistoryByQuotaPaginator(
                        r -> r.serviceCode(serviceCode).quotaCode(quotaCode))
                    .requestedQuotas()));
  }

  @Override
  public List<QuotaChangeRequest> listRequestHistory(String serviceCode) {
    return AwsErrors.call(
        AwsCall.quotas(
            "ListRequestedServiceQuotaChangeHistory",
            "increase requests of " + service(serviceCode)),
        () ->
            requests(
                quotas()
                    .listRequestedServiceQuotaChangeHistoryPaginator(
                        r -> r.serviceCode(serviceCode))
                    .requestedQuotas()));
  }

  @Override
  public Optional<QuotaChangeRequest> findRequest(String requestId) {
    return AwsErrors.absentOn(
        "NoSuchResourceException",
        () ->
            AwsErrors.call(
                AwsCall.quotas(
                    "GetRequestedServiceQuotaChange", "increase request '" + requestId + "'"),
                () ->
                    request(
                        quotas()
                            .getRequestedServiceQuotaChange(r -> r.requestId(requestId))
                            .requestedQuota())));
  }

  private ServiceQuotasClient quotas() {
    return client.get();
  }

  private static List<ServiceQuota> quotas(
      SdkIterable<software.amazon.awssdk.services.servicequotas.model.ServiceQuota> pages) {
    List<ServiceQuota> out = new ArrayList<>();
    pages.forEach(
        q -> {
          if (q.value() != null) {
            out.add(quota(q));
          }
        });
    return out;
  }

  private static ServiceQuota quota(
      software.amazon.awssdk.services.servicequotas.model.ServiceQuota q) {
    return ServiceQuota.builder()
        .serviceCode(q.serviceCode())
        .quotaCode(q.quotaCode())
        .quotaName(text(q.quotaName()))
        .quotaArn(text(q.quotaArn()))
        .value(q.value())
        .adjustable(Boolean.TRUE.equals(q.adjustable()))
        .globalQuota(Boolean.TRUE.equals(q.globalQuota()))
        .unit(Optional.ofNullable(q.unit()))
        .build();
  }

  private static List<QuotaChangeRequest> requests(SdkIterable<RequestedServiceQuotaChange> pages) {
    List<QuotaChangeRequest> out = new ArrayList<>();
    pages.forEach(r -> out.add(request(r)));
    return out;
  }

  private static QuotaChangeRequest request(RequestedServiceQuotaChange r) {
    return QuotaChangeRequest.builder()
        .id(r.id())
        .caseId(Optional.ofNullable(r.caseId()).filter(c -> !c.isBlank()))
        .serviceCode(r.serviceCode())
        .quotaCode(r.quotaCode())
        .quotaName(text(r.quotaName()))
        .desiredValue(r.desiredValue() == null ? 0 : r.desiredValue())
        .status(status(r))
        .created(r.created() == null ? Instant.EPOCH : r.created())
        .lastUpdated(Optional.ofNullable(r.lastUpdated()))
        .build();
  }

  private static QuotaRequestStatus status(RequestedServiceQuotaChange r) {
    String status = r.statusAsString();
    try {
      return QuotaRequestStatus.valueOf(status);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException(
          "Service Quotas answered status '"
              + status
              + "' for increase request "
              + r.id()
              + " of quota "
              + r.quotaCode()
              + ", which this version of hyperpod-prereqs does not know: check the request in"
              + " the Service Quotas console, and upgrade hyperpod-prereqs",
          e);
    }
  }

  /** A field Service Quotas left out, as the empty string. */
  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String service(String serviceCode) {
    return "the quotas of service '" + serviceCode + "'";
  }

  private static String quota(String serviceCode, String quotaCode) {
    return "quota " + quotaCode + " of service '" + serviceCode + "'";
  }
}
