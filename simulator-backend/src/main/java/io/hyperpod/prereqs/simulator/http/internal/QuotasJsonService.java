package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.internal.quotas.OffsetPage;
import io.hyperpod.prereqs.simulator.internal.quotas.QuotasOperations;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.function.BiConsumer;

/**
 * Service Quotas on the wire (JSON 1.1, {@code ServiceQuotasV20190624}): SageMaker's quotas (applied
 * and AWS default), increase requests and their history, with {@code MaxResults}/{@code NextToken}
 * paging.
 */
public final class QuotasJsonService extends JsonProtocol {
  /** Each service's ServiceName, as Service Quotas (and moto's vpc.py) spell them. */
  private static final java.util.Map<String, String> SERVICE_NAMES = java.util.Map.of(
      "sagemaker", "Amazon SageMaker",
      "vpc", "Amazon Virtual Private Cloud (Amazon VPC)",
      "ec2", "Amazon Elastic Compute Cloud (Amazon EC2)");

  private static String serviceName(String serviceCode) {
    return SERVICE_NAMES.getOrDefault(serviceCode, serviceCode);
  }

  public QuotasJsonService() {
    super("servicequotas", "ServiceQuotasV20190624");
    operation(
        "GetServiceQuota",
        (in, c, out) ->
            quota(
                out.putObject("Quota"),
                new QuotasOperations(c)
                    .getServiceQuota(text(in, "ServiceCode"), text(in, "QuotaCode"))));
    operation(
        "GetAWSDefaultServiceQuota",
        (in, c, out) ->
            quota(
                out.putObject("Quota"),
                new QuotasOperations(c)
                    .getAwsDefaultServiceQuota(text(in, "ServiceCode"), text(in, "QuotaCode"))));
    operation(
        "ListServiceQuotas",
        (in, c, out) ->
            page(
                out,
                "Quotas",
                new QuotasOperations(c)
                    .listServiceQuotas(
                        text(in, "ServiceCode"), integer(in, "MaxResults"), text(in, "NextToken")),
                QuotasJsonService::quota));
    operation(
        "ListAWSDefaultServiceQuotas",
        (in, c, out) ->
            page(
                out,
                "Quotas",
                new QuotasOperations(c)
                    .listAwsDefaultServiceQuotas(
                        text(in, "ServiceCode"), integer(in, "MaxResults"), text(in, "NextToken")),
                QuotasJsonService::quota));
    operation(
        "RequestServiceQuotaIncrease",
        (in, c, out) ->
            request(
                out.putObject("RequestedQuota"),
                new QuotasOperations(c)
                    .requestServiceQuotaIncrease(
                        text(in, "ServiceCode"), text(in, "QuotaCode"), desiredValue(in))));
    operation(
        "GetRequestedServiceQuotaChange",
        (in, c, out) ->
            request(
                out.putObject("RequestedQuota"),
                new QuotasOperations(c).getRequestedServiceQuotaChange(text(in, "RequestId"))));
    operation(
        "ListRequestedServiceQuotaChangeHistory",
        (in, c, out) ->
            page(
                out,
                "RequestedQuotas",
                new QuotasOperations(c)
                    .listRequestedServiceQuotaChangeHistory(
                        text(in, "ServiceCode"),
                        text(in, "Status"),
                        integer(in, "MaxResults"),
                        text(in, "NextToken")),
                QuotasJsonService::request));
    operation(
        "ListRequestedServiceQuotaChangeHistoryByQuota",
        (in, c, out) ->
            page(
                out,
                "RequestedQuotas",
                new QuotasOperations(c)
                    .listRequestedServiceQuotaChangeHistoryByQuota(
                        text(in, "ServiceCode"),
                        text(in, "QuotaCode"),
                        text(in, "Status"),
                        integer(in, "MaxResults"),
                        text(in, "NextToken")),
                QuotasJsonService::request));
  }

  private static double desiredValue(JsonNode in) {
    JsonNode value = in.get("DesiredValue");
    return value == null || !value.isNumber() ? Double.NaN : value.asDouble();
  }

  private static <T> void page(
      ObjectNode out, String name, OffsetPage<T> page, BiConsumer<ObjectNode, T> item) {
    ArrayNode items = out.putArray(name);
    page.items().forEach(value -> item.accept(items.addObject(), value));
    page.nextToken().ifPresent(token -> out.put("NextToken", token));
  }

  private static void quota(ObjectNode out, ServiceQuota q) {
    out.put("ServiceCode", q.serviceCode())
        .put("ServiceName", serviceName(q.serviceCode()))
        .put("QuotaArn", q.quotaArn())
        .put("QuotaCode", q.quotaCode())
        .put("QuotaName", q.quotaName())
        .put("Value", q.value())
        .put("Adjustable", q.adjustable())
        .put("GlobalQuota", q.globalQuota());
    q.unit().ifPresent(unit -> out.put("Unit", unit));
  }

  private static void request(ObjectNode out, QuotaChangeRequest r) {
    out.put("Id", r.id())
        .put("ServiceCode", r.serviceCode())
        .put("ServiceName", serviceName(r.serviceCode()))
        .put("QuotaCode", r.quotaCode())
        .put("QuotaName", r.quotaName())
        .put("DesiredValue", r.desiredValue())
        .put("Status", r.status().name())
        .put("Created", epochSeconds(r.created()))
        .put("GlobalQuota", false)
        .put("Unit", "None");
    r.caseId().ifPresent(caseId -> out.put("CaseId", caseId));
    r.lastUpdated().ifPresent(at -> out.put("LastUpdated", epochSeconds(at)));
  }
}
