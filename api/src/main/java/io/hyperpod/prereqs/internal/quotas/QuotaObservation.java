package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.quotas.QuotaLookup.ResolvedQuota;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import java.util.List;

/**
 * A quota as planning saw it, with its increase requests (newest first; read only when the quota
 * falls short, empty otherwise).
 */
record QuotaObservation(ResolvedQuota quota, List<QuotaChangeRequest> requests) {}
