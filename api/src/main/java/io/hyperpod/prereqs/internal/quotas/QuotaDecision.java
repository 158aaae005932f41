package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import java.util.Optional;

/**
 * What to do about one quota, decided in this order: enough already; the increase requests could
 * not be read (nothing is requested blind); an open request (never a second one); not adjustable (never requested); the newest request for enough was refused (not
 * filed again automatically); request an increase when the spec allows; else a shortfall.
 *
 * @param kind the outcome
 * @param request the request the outcome is about (open or refused), when there is one
 */
record QuotaDecision(Kind kind, Optional<QuotaChangeRequest> request) {
  /** The outcomes. */
  enum Kind {
    ENOUGH,
    REQUESTS_UNREADABLE,
    OPEN_REQUEST,
    NOT_ADJUSTABLE,
    REFUSED,
    REQUEST,
    SHORTFALL
  }

  static QuotaDecision of(QuotaObservation o, long needed, boolean requestIncreases) {
    if (o.quota().value() >= needed) {
      return new QuotaDecision(Kind.ENOUGH, Optional.empty());
    }
    if (o.requestsUnreadable().isPresent()) {
      return new QuotaDecision(Kind.REQUESTS_UNREADABLE, Optional.empty());
    }
    Optional<QuotaChangeRequest> open = o.requests().stream().filter(r -> r.open()).findFirst();
    if (open.isPresent()) {
      return new QuotaDecision(Kind.OPEN_REQUEST, open);
    }
    if (!o.quota().quota().adjustable()) {
      return new QuotaDecision(Kind.NOT_ADJUSTABLE, Optional.empty());
    }
    Optional<QuotaChangeRequest> newestForEnough = o.requests().stream()
        .filter(r -> r.desiredValue() >= needed && r.status() != QuotaRequestStatus.INVALID_REQUEST)
        .findFirst();
    if (newestForEnough.isPresent() && newestForEnough.get().status().refused()) {
      return new QuotaDecision(Kind.REFUSED, newestForEnough);
    }
    return new QuotaDecision(requestIncreases ? Kind.REQUEST : Kind.SHORTFALL, Optional.empty());
  }
}
