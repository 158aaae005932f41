package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.simulator.internal.Absent;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The simulator's Service Quotas port: each method is one operation through {@link
 * QuotasOperations}; lists call the paged operation once per page, as a client of AWS does.
 */
public final class SimulatedQuotas implements QuotasPort {
  private static final String SERVICE = "servicequotas";

  private final BackendContext context;

  public SimulatedQuotas(BackendContext context) {
    this.context = context;
  }

  @Override
  public List<ServiceQuota> listServiceQuotas(String serviceCode) {
    return all(
        "ListServiceQuotas", (ops, token) -> ops.listServiceQuotas(serviceCode, null, token));
  }

  @Override
  public List<ServiceQuota> listDefaultServiceQuotas(String serviceCode) {
    return all(
        "ListAWSDefaultServiceQuotas",
        (ops, token) -> ops.listAwsDefaultServiceQuotas(serviceCode, null, token));
  }

  @Override
  public QuotaChangeRequest requestIncrease(
      String serviceCode, String quotaCode, double desiredValue) {
    return call(
        "RequestServiceQuotaIncrease",
        ops -> ops.requestServiceQuotaIncrease(serviceCode, quotaCode, desiredValue));
  }

  @Override
  public List<QuotaChangeRequest> listRequestHistory(String serviceCode, String quotaCode) {
    return all(
        "ListRequestedServiceQuotaChangeHistoryByQuota",
        (ops, token) ->
            ops.listRequestedServiceQuotaChangeHistoryByQuota(
                serviceCode, quotaCode, null, null, token));
  }

  @Override
  public List<QuotaChangeRequest> listRequestHistory(String serviceCode) {
    return all(
        "ListRequestedServiceQuotaChangeHistory",
        (ops, token) ->
            ops.listRequestedServiceQuotaChangeHistory(serviceCode, null, null, token));
  }

  @Override
  public Optional<QuotaChangeRequest> findRequest(String requestId) {
    return Absent.when(
        "NoSuchResourceException",
        () ->
            call(
                "GetRequestedServiceQuotaChange",
                ops -> ops.getRequestedServiceQuotaChange(requestId)));
  }

  private <T> List<T> all(
      String operation, BiFunction<QuotasOperations, String, OffsetPage<T>> page) {
    List<T> out = new ArrayList<>();
    String token = null;
    do {
      String current = token;
      OffsetPage<T> p = call(operation, ops -> page.apply(ops, current));
      out.addAll(p.items());
      token = p.nextToken().orElse(null);
    } while (token != null);
    return out;
  }

  private <T> T call(String operation, Function<QuotasOperations, T> action) {
    return context.call(SERVICE, operation, () -> action.apply(new QuotasOperations(context)));
  }
}
