package io.hyperpod.prereqs.simulator.internal.quotas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Service Quotas state of one account in one region (serialised with the simulator's state):
 * the SageMaker quotas by code, filled from the catalog on first use, and the increase requests.
 */
public final class QuotasStore {
  private boolean initialized;
  private TreeMap<String, QuotaRecord> quotas = new TreeMap<>();
  private List<QuotaRequestRecord> requests = new ArrayList<>();

  /**
   * Fills the catalog on first use, with the settings' defaults and adjustable flags; a state
   * saved before the catalog grew gains the quotas it lacks.
   */
  public void ensureCatalog(QuotaSettingsRecord settings) {
    if (initialized) {
      if (quotas.size() < QuotaCatalog.SIZE) {
        QuotaCatalog.quotas().forEach(q -> quotas.putIfAbsent(q.code, q));
      }
      return;
    }
    for (QuotaRecord q : QuotaCatalog.quotas()) {
      quotas.put(q.code, q);
    }
    settings.defaultValues().forEach((name, value) -> byName(name).ifPresent(q -> q.defaultValue = value));
    settings.adjustable().forEach((name, value) -> byName(name).ifPresent(q -> q.adjustable = value));
    initialized = true;
  }

  /** Whether the catalog has been filled (the region was used). */
  public boolean initialized() {
    return initialized;
  }

  /** Quotas in code order. */
  Collection<QuotaRecord> quotas() {
    return Collections.unmodifiableCollection(quotas.values());
  }

  Optional<QuotaRecord> byCode(String code) {
    return Optional.ofNullable(quotas.get(code));
  }

  public Optional<QuotaRecord> byName(String name) {
    return quotas.values().stream().filter(q -> q.name.equals(name)).findFirst();
  }

  /** Sets a quota's default (a settings change reaching a region that is in use). */
  public void setDefault(String name, double value) {
    byName(name).ifPresent(q -> q.defaultValue = value);
  }

  public void setAdjustable(String name, boolean value) {
    byName(name).ifPresent(q -> q.adjustable = value);
  }

  /** Sets the applied value, as an approved request would. */
  public void setApplied(String name, double value) {
    byName(name).ifPresent(q -> q.appliedValue = value);
  }

  /** Requests, newest first. */
  List<QuotaRequestRecord> requests() {
    List<QuotaRequestRecord> out = new ArrayList<>(requests);
    out.sort(Comparator.comparing((QuotaRequestRecord r) -> r.created).reversed()
        .thenComparing(r -> r.id));
    return out;
  }

  /** The next instant after {@code now} at which an open request's case opens or is decided. */
  public Optional<Instant> nextTransition(Instant now) {
    return requests.stream()
        .filter(r -> r.status.open())
        .flatMap(r -> java.util.stream.Stream.of(r.caseOpensAt, r.decidedAt))
        .filter(t -> t != null && t.isAfter(now))
        .min(Comparator.naturalOrder());
  }

  void add(QuotaRequestRecord request) {
    requests.add(request);
  }

  /**
   * Brings every open request up to {@code now}, in the order of their decisions, raising the
   * quota of each approved one.
   */
  void catchUp(Instant now) {
    List<QuotaRequestRecord> open = new ArrayList<>();
    for (QuotaRequestRecord r : requests) {
      if (r.status.open()) {
        open.add(r);
      }
    }
    open.sort(Comparator.comparing((QuotaRequestRecord r) -> r.decidedAt)
        .thenComparing(r -> r.created));
    for (QuotaRequestRecord r : open) {
      if (r.catchUp(now)) {
        QuotaRecord q = quotas.get(r.quotaCode);
        if (q != null) {
          q.appliedValue = Math.max(q.value(), r.desiredValue);
        }
      }
    }
  }
}
