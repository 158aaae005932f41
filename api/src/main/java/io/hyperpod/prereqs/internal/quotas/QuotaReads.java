package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.Optional;

/**
 * One service's quotas as planning reads them, once per run: the {@link QuotaLookup}, or the failure
 * that kept Service Quotas from answering (no SageMaker quotas in the region, access denied,
 * throttled after the retries, ...). A failure is kept, not thrown: the quota check is advisory,
 * so the rest of the plan goes on and the failure becomes a warning ({@link QuotaUnavailable}).
 *
 * @param lookup the quotas, when they could be read
 * @param failure why they could not, otherwise
 */
record QuotaReads(Optional<QuotaLookup> lookup, Optional<CloudException> failure) {
  /** The reads of one service's quotas in this run, made on the first call. */
  static QuotaReads of(ObserveContext ctx, String serviceCode) {
    return ctx.cached("quotas.reads." + serviceCode, () -> read(ctx, serviceCode));
  }

  private static QuotaReads read(ObserveContext ctx, String serviceCode) {
    try {
      return new QuotaReads(Optional.of(QuotaLookup.read(ctx, serviceCode)), Optional.empty());
    } catch (CloudException e) {
      return new QuotaReads(Optional.empty(), Optional.of(e));
    }
  }
}
