package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.quotas.QuotaDecision.Kind;
import io.hyperpod.prereqs.internal.quotas.QuotaLookup.ResolvedQuota;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SageMaker quota the instance groups need. Its change is {@code request} (an increase
 * request) when the quota falls short, is adjustable, has no open request and the spec allows
 * requests; otherwise {@code noop}, with a finding saying why the account is not ready. When
 * Service Quotas cannot be read the quota is not observed and {@link QuotasComponent} warns once;
 * when only its increase requests cannot be read, nothing is requested and this quota warns.
 * Quotas are never given back: destroy keeps them.
 */
final class ServiceQuotaResource implements Resource<QuotaObservation> {
  static final String TYPE = "service_quota";

  private final QuotaNeed need;
  private final String region;
  private final boolean requestIncreases;

  ServiceQuotaResource(QuotaNeed need, String region, boolean requestIncreases) {
    this.need = need;
    this.region = region;
    this.requestIncreases = requestIncreases;
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.of(TYPE, need.key());
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of();
  }

  @Override
  public Optional<QuotaObservation> observe(ObserveContext ctx) {
    return QuotaReads.of(ctx, need.serviceCode()).lookup()
        .flatMap(lookup -> lookup.find(need.quotaName()))
        .map(q -> observation(ctx, q, need.count().of(ctx)));
  }

  /** The quota with its increase requests when it falls short, or why they could not be read. */
  private QuotaObservation observation(ObserveContext ctx, ResolvedQuota q, long needed) {
    if (q.value() >= needed) {
      return new QuotaObservation(q, needed, List.of(), Optional.empty());
    }
    try {
      return new QuotaObservation(q, needed, history(ctx, q.code()), Optional.empty());
    } catch (CloudException e) {
      return new QuotaObservation(q, needed, List.of(), Optional.of(e));
    }
  }

  private List<QuotaChangeRequest> history(ObserveContext ctx, String code) {
    return ctx.backend().quotas().listRequestHistory(need.serviceCode(), code).stream()
        .sorted(Comparator.comparing(QuotaChangeRequest::created).reversed())
        .toList();
  }

  @Override
  public Map<String, Object> observedAttributes(QuotaObservation o) {
    Attributes a = Attributes.of()
        .put("quota_name", need.quotaName())
        .put("needed", o.needed())
        .put("quota_code", o.quota().code())
        .put("value", number(o.quota().value()))
        .put("applied", o.quota().applied())
        .put("adjustable", o.quota().quota().adjustable());
    o.requests().stream().findFirst().ifPresent(r -> a.put("latest_request", Attributes.of()
        .put("id", r.id())
        .put("status", r.status().name())
        .put("case_id", r.caseId().orElse(null))
        .put("desired_value", number(r.desiredValue()))
        .build()));
    return a.build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<QuotaObservation> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    // A request leaves the quota as it is (AWS decides later) with a new latest request.
    return Attributes.from(observedAttributes(observed.orElseThrow()))
        .put("latest_request", Attributes.of()
            .putUnknown("id")
            .putUnknown("status")
            .putUnknown("case_id")
            .put("desired_value", observed.orElseThrow().needed())
            .build())
        .build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.noop("Service Quotas gave no quota named '" + need.quotaName() + "' in " + region
        + "; nothing to check or request");
  }

  @Override
  public Diff diff(QuotaObservation o, Outputs outputs) {
    long needed = o.needed();
    QuotaDecision d = QuotaDecision.of(o, needed, requestIncreases);
    String shortBy = "the spec needs " + needed + " " + need.what() + " and the quota is "
        + number(o.quota().value());
    switch (d.kind()) {
      case ENOUGH:
        return Diff.noop("quota " + number(o.quota().value()) + " covers the " + needed
            + " " + need.what());
      case REQUESTS_UNREADABLE:
        return Diff.noop(shortBy + "; its increase requests could not be read, so none is"
            + " requested");
      case OPEN_REQUEST:
        return Diff.noop(shortBy + "; " + describe(d.request().orElseThrow()));
      case NOT_ADJUSTABLE:
        return Diff.noop(shortBy + ", which is not adjustable; no request");
      case REFUSED:
        return Diff.noop(shortBy + "; " + describe(d.request().orElseThrow())
            + "; not requested again");
      case REQUEST:
        return Diff.request(shortBy + ": request an increase to " + needed);
      default:
        return Diff.noop(shortBy + "; quotas.requestIncreases is off, so no request");
    }
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<QuotaObservation> observed, Outputs outputs) {
    if (observed.isEmpty()) {
      if (QuotaReads.of(ctx, need.serviceCode()).failure().isPresent()) {
        return List.of();
      }
      boolean sageMaker = need.serviceCode().equals(HyperPodQuotaNames.SAGEMAKER);
      return List.of(Finding.warning("quota.unknown", address(),
          "Service Quotas has no " + need.serviceCode() + " quota named '" + need.quotaName()
              + "' in " + region + ", so the " + need.count().of(ctx) + " " + need.what()
              + " cannot be checked"
              + (sageMaker ? "; HyperPod may not offer " + need.key() + " there" : ""),
          sageMaker
              ? "check the Service Quotas console of " + region + " (search 'cluster usage'), or"
                  + " choose another instance type or region"
              : "check the Service Quotas console of " + region + " for '" + need.quotaName()
                  + "' (service " + need.serviceCode() + ")"));
    }
    QuotaObservation o = observed.get();
    long needed = o.needed();
    QuotaDecision d = QuotaDecision.of(o, needed, requestIncreases);
    String head = "'" + need.quotaName() + "' (" + o.quota().code() + ") is "
        + number(o.quota().value()) + " and the spec needs " + needed + " " + need.what();
    String fileIt = "aws service-quotas request-service-quota-increase --service-code "
        + need.serviceCode() + " --quota-code " + o.quota().code() + " --desired-value "
        + needed + " --region " + region;
    switch (d.kind()) {
      case REQUESTS_UNREADABLE:
        return List.of(QuotaUnavailable.finding(address(), head + ", and its increase requests"
            + " could not be read, so whether one is open is unknown and none is requested",
            o.requestsUnreadable().orElseThrow(), region, need.serviceCode()));
      case OPEN_REQUEST: {
        QuotaChangeRequest r = d.request().orElseThrow();
        boolean enough = r.desiredValue() >= needed;
        return List.of(Finding.warning("quota.pending", address(),
            head + "; " + describe(r) + (enough ? ""
                : ", which is less than needed: once it is decided, plan again to request the"
                    + " rest"),
            "wait for the request to be decided" + r.caseId().map(c -> " (AWS Support case "
                + c + ")").orElse("") + "; plan shows its status; the cluster cannot be"
                + " created with these counts before"));
      }
      case NOT_ADJUSTABLE:
        return List.of(Finding.warning("quota.not-adjustable", address(),
            head + "; the quota is not adjustable, so no increase can be requested",
            "lower the counts to at most " + number(o.quota().value()) + " " + need.what()
                + ", or use another instance type"));
      case REFUSED: {
        QuotaChangeRequest r = d.request().orElseThrow();
        return List.of(Finding.warning("quota.request-denied", address(),
            head + "; " + describe(r) + ", so apply does not ask again",
            r.caseId().map(c -> "reply on AWS Support case " + c + ", or ").orElse("")
                + "file a new request yourself: " + fileIt));
      }
      case SHORTFALL:
        return List.of(Finding.warning("quota.shortfall", address(),
            head + "; quotas.requestIncreases is off, so apply requests nothing",
            "set quotas.requestIncreases: true to have apply request " + needed
                + ", or request it yourself: " + fileIt));
      default:
        return List.of();
    }
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<QuotaObservation> o) {
    QuotaObservation observed = o.orElseThrow(
        () -> new IllegalStateException("no quota named " + need.quotaName() + " to request"));
    QuotaChangeRequest r = ctx.backend().quotas()
        .requestIncrease(need.serviceCode(), observed.quota().code(), observed.needed());
    ctx.progress("requested " + observed.needed() + ": request " + r.id() + " " + r.statusWithCase());
    return Map.of("quota_code", r.quotaCode(), "request_id", r.id(),
        "request_status", r.status().name());
  }

  @Override
  public boolean destroyable(QuotaObservation observed) {
    return false;
  }

  @Override
  public String keptReason(QuotaObservation observed) {
    return "a quota is not given back; kept";
  }

  @Override
  public void destroy(ApplyContext ctx, QuotaObservation observed) {
    throw new UnsupportedOperationException("quotas are not destroyed: " + address());
  }

  /** {@code increase to 4 requested: request abc PENDING} with the case when there is one. */
  private static String describe(QuotaChangeRequest r) {
    return "the request " + r.id() + " for " + number(r.desiredValue()) + " is "
        + r.statusWithCase();
  }

  /** Counts as whole numbers (4, not 4.0). */
  static Object number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
  }
}
