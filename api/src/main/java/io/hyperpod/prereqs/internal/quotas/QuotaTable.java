package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.spec.HyperPodCatalog;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The HyperPod quotas of an account and region, one row per quota: the applied value, the AWS
 * default, whether it is adjustable, and the newest increase request with its status. What
 * {@code hyperpod-prereqs quotas} prints. Reads: the applied values, the defaults and the
 * request history of the service, each every page.
 */
public final class QuotaTable {
  private QuotaTable() {}

  /**
   * The per-cluster and total quotas, then the cluster-usage quota of each instance type (every
   * HyperPod type when {@code instanceTypes} is empty).
   */
  public static List<Row> read(CloudBackend backend, Collection<String> instanceTypes) {
    QuotasPort port = backend.quotas();
    QuotaLookup lookup = QuotaLookup.read(port);
    Map<String, QuotaChangeRequest> newest = new HashMap<>();
    port.listRequestHistory(QuotasPort.SAGEMAKER).stream()
        .sorted(Comparator.comparing(QuotaChangeRequest::created).reversed())
        .forEach(r -> newest.putIfAbsent(r.quotaCode(), r));
    List<String> names = new ArrayList<>();
    names.add(HyperPodQuotaNames.PER_CLUSTER);
    names.add(HyperPodQuotaNames.TOTAL);
    (instanceTypes.isEmpty() ? HyperPodCatalog.INSTANCE_TYPES : instanceTypes)
        .forEach(t -> names.add(HyperPodQuotaNames.clusterUsage(t)));
    List<Row> rows = new ArrayList<>();
    for (String name : names) {
      rows.add(lookup.find(name)
          .map(q -> new Row(name, Optional.of(q.code()),
              q.applied() ? OptionalDouble.of(q.value()) : OptionalDouble.empty(),
              lookup.defaultValue(name), Optional.of(q.quota().adjustable()),
              Optional.ofNullable(newest.get(q.code()))))
          .orElseGet(() -> new Row(name, Optional.empty(), OptionalDouble.empty(),
              OptionalDouble.empty(), Optional.empty(), Optional.empty())));
    }
    return rows;
  }

  /**
   * One quota. Everything but the name is empty when the region has no quota of that name.
   *
   * @param request the newest increase request for the quota, open or decided
   */
  public record Row(
      String name,
      Optional<String> code,
      OptionalDouble applied,
      OptionalDouble defaultValue,
      Optional<Boolean> adjustable,
      Optional<QuotaChangeRequest> request) {

    /** The value in force: applied, else default. */
    public OptionalDouble value() {
      return applied.isPresent() ? applied : defaultValue;
    }
  }
}
