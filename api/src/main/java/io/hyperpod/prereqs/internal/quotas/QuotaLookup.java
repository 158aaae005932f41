package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One service's quotas found by name (SageMaker's unless said otherwise): the applied value (ListServiceQuotas) when the account has
 * one, else the AWS default (ListAWSDefaultServiceQuotas). Most HyperPod quotas stay at their
 * default, so both lists are read.
 */
public final class QuotaLookup {
  private final Map<String, ServiceQuota> applied;
  private final Map<String, ServiceQuota> defaults;

  private QuotaLookup(Map<String, ServiceQuota> applied, Map<String, ServiceQuota> defaults) {
    this.applied = applied;
    this.defaults = defaults;
  }

  /**
   * Reads the defaults, then the applied values (every page of each); the defaults come first
   * because a region (or an AWS emulator) without SageMaker's quotas says so there
   * (NoSuchResourceException). Fails with what Service Quotas answers.
   */
  public static QuotaLookup read(QuotasPort port) {
    return read(port, QuotasPort.SAGEMAKER);
  }

  /** The quotas of one service ({@code sagemaker}, {@code vpc}, {@code ec2}), read as above. */
  public static QuotaLookup read(QuotasPort port, String serviceCode) {
    Map<String, ServiceQuota> defaults = byName(port.listDefaultServiceQuotas(serviceCode));
    return new QuotaLookup(byName(port.listServiceQuotas(serviceCode)), defaults);
  }

  /**
   * The same two lists read side by side, as planning reads: a failure of the defaults is still
   * the one reported when both fail.
   */
  public static QuotaLookup read(io.hyperpod.prereqs.internal.engine.ObserveContext ctx,
      String serviceCode) {
    QuotasPort port = ctx.backend().quotas();
    Map<Boolean, List<ServiceQuota>> lists = ctx.readAll(List.of(false, true),
        applied -> applied ? port.listServiceQuotas(serviceCode)
            : port.listDefaultServiceQuotas(serviceCode));
    return new QuotaLookup(byName(lists.get(true)), byName(lists.get(false)));
  }

  /** The quota of this name with the value in force; empty when the region has no such quota. */
  public Optional<ResolvedQuota> find(String name) {
    ServiceQuota a = applied.get(name);
    if (a != null) {
      return Optional.of(new ResolvedQuota(a, true));
    }
    return Optional.ofNullable(defaults.get(name)).map(d -> new ResolvedQuota(d, false));
  }

  /** The AWS default of the quota of this name. */
  public OptionalDouble defaultValue(String name) {
    ServiceQuota d = defaults.get(name);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d.value());
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
