package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import java.time.Instant;

/**
 * A quota increase request with its fate fixed when it was filed (from the approval policy of
 * that moment): when a support case opens, when it is decided, and how. Its status catches up
 * with the simulated clock whenever the store is read.
 */
final class QuotaRequestRecord {
  String id;
  /** The quota's service; null in state saved when only SageMaker's quotas were simulated. */
  String serviceCode;
  String quotaCode;
  String quotaName;
  double desiredValue;
  QuotaRequestStatus status;
  Instant created;
  Instant lastUpdated;
  /** The support case, shown from {@link #caseOpensAt} on; null when no case is opened. */
  String caseId;
  Instant caseOpensAt;
  Instant decidedAt;
  boolean approve;

  String service() {
    return serviceCode == null ? QuotaCatalog.SAGEMAKER : serviceCode;
  }

  /** The case id once the case is open. */
  String visibleCaseId() {
    return status == QuotaRequestStatus.PENDING ? null : caseId;
  }

  /**
   * Moves the status to where it is at {@code now}; returns true when the request was approved by
   * this step (the caller then raises the quota).
   */
  boolean catchUp(Instant now) {
    if (!status.open()) {
      return false;
    }
    if (status == QuotaRequestStatus.PENDING
        && caseOpensAt != null
        && !now.isBefore(caseOpensAt)) {
      status = QuotaRequestStatus.CASE_OPENED;
      lastUpdated = caseOpensAt;
    }
    if (!now.isBefore(decidedAt)) {
      status = approve ? QuotaRequestStatus.APPROVED : QuotaRequestStatus.DENIED;
      lastUpdated = decidedAt;
      return approve;
    }
    return false;
  }
}
