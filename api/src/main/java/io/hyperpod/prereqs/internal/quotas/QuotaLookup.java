package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * SageMaker's quotas found by name: the applied value (ListServiceQuotas) when the account has
 * one, else the AWS default (ListAWSDefaultServiceQuotas, read only when a name needs it).
 */
public final class QuotaLookup {
  private final QuotasPort port;
  private final Map<String, ServiceQuota> applied;
  private Map<String, ServiceQuota> defaults;

  private QuotaLookup(QuotasPort port, Map<String, ServiceQuota> applied) {
    this.port = port;
    this.applied = applied;
  }

  /** Reads the applied values (every page). */
  public static QuotaLookup read(QuotasPort port) {
    return new QuotaLookup(port, byName(port.listServiceQuotas(QuotasPort.SAGEMAKER)));
  }

  /** The quota of this name with the value in force; empty when the region has no such quota. */
  public Optional<ResolvedQuota> find(String name) {
    ServiceQuota a = applied.get(name);
    if (a != null) {
      return Optional.of(new ResolvedQuota(a, true));
    }
    return Optional.ofNullable(defaults().get(name)).map(d -> new ResolvedQuota(d, false));
  }

  /** The AWS default of the quota of this name (reads the defaults if not read yet). */
  public OptionalDouble defaultValue(String name) {
    ServiceQuota d = defaults().get(name);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d.value());
  }

  private synchronized Map<String, ServiceQuota> defaults() {
    if (defaults == null) {
      defaults = byName(port.listDefaultServiceQuotas(QuotasPort.SAGEMAKER));
    }
    return defaults;
  }

  private static Map<String, ServiceQuota> byName(List<ServiceQuota> quotas) {
    Map<String, ServiceQuota> out = new LinkedHashMap<>();
    quotas.forEach(q -> out.putIfAbsent(q.quotaName(), q));
    return out;
  }

  /**
   * A quota as it stands: {@code quota} carries the value in force (the applied value when {@code
   * applied}, else the default), its code and its adjustable flag.
   */
  public record ResolvedQuota(ServiceQuota quota, boolean applied) {
    public double value() {
      return quota.value();
    }

    public String code() {
      return quota.quotaCode();
    }
  }
}
