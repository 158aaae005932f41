package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.quotas.QuotaLookup.ResolvedQuota;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import java.util.List;
import java.util.Optional;

/**
 * A quota as planning saw it, with its increase requests (newest first; read only when the quota
 * falls short, empty otherwise).
 *
 * @param requestsUnreadable why the increase requests could not be read, when they could not
 */
record QuotaObservation(ResolvedQuota quota, List<QuotaChangeRequest> requests,
    Optional<CloudException> requestsUnreadable) {}
