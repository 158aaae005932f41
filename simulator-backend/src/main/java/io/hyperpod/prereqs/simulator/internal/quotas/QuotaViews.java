package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.Optional;

/** Store records as the SPI's immutable values. */
final class QuotaViews {
  private QuotaViews() {}

  static ServiceQuota quota(
      QuotaRecord q, double value, String serviceCode, String accountId, String region) {
    return ServiceQuota.builder()
        .serviceCode(serviceCode)
        .quotaCode(q.code)
        .quotaName(q.name)
        .quotaArn(arn(serviceCode, q.code, accountId, region))
        .value(value)
        .adjustable(q.adjustable)
        .globalQuota(false)
        .unit("None")
        .build();
  }

  static QuotaChangeRequest request(QuotaRequestRecord r) {
    return QuotaChangeRequest.builder()
        .id(r.id)
        .caseId(Optional.ofNullable(r.visibleCaseId()))
        .serviceCode(r.service())
        .quotaCode(r.quotaCode)
        .quotaName(r.quotaName)
        .desiredValue(r.desiredValue)
        .status(r.status)
        .created(r.created)
        .lastUpdated(r.lastUpdated)
        .build();
  }

  static String arn(String serviceCode, String code, String accountId, String region) {
    return "arn:aws:servicequotas:" + region + ":" + accountId + ":" + serviceCode + "/" + code;
  }
}
