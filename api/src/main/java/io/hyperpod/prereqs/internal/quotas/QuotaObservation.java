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
 * @param needed how much the spec needs of it (the need's count, read with the quota)
 * @param requestsUnreadable why the increase requests could not be read, when they could not
 */
record QuotaObservation(ResolvedQuota quota, long needed, List<QuotaChangeRequest> requests,
    Optional<CloudException> requestsUnreadable) {}
