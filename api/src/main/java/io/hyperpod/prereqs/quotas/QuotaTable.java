package io.hyperpod.prereqs.quotas;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.internal.quotas.HyperPodQuotaNames;
import io.hyperpod.prereqs.internal.quotas.QuotaLookup;
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
 * The HyperPod quotas of an account and region, one {@link QuotaRow} per quota: the applied value,
 * the AWS default, whether it is adjustable, and the newest increase request with its status. What
 * {@code hyperpod-prereqs quotas} prints. Reads the applied values, the defaults and the request
 * history of the service, each every page; writes nothing.
 *
 * <pre>{@code
 * List<QuotaRow> rows = QuotaTable.read(backend, List.of("ml.p5.48xlarge"));
 * }</pre>
 */
public final class QuotaTable {
  private QuotaTable() {}

  /**
   * The per-cluster and total quotas, then the cluster-usage quota of each instance type.
   *
   * @param backend the account and region to read
   * @param instanceTypes instance types such as {@code ml.p5.48xlarge}; empty for every HyperPod
   *     type ({@link HyperPodCatalog#INSTANCE_TYPES})
   * @return one row per quota, in that order
   */
  public static List<QuotaRow> read(CloudBackend backend, Collection<String> instanceTypes) {
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
    List<QuotaRow> rows = new ArrayList<>();
    for (String name : names) {
      rows.add(lookup.find(name)
          .map(q -> QuotaRow.builder().name(name).code(q.code())
              .applied(q.applied() ? OptionalDouble.of(q.value()) : OptionalDouble.empty())
              .defaultValue(lookup.defaultValue(name))
              .adjustable(q.quota().adjustable())
              .request(Optional.ofNullable(newest.get(q.code())))
              .build())
          .orElseGet(() -> QuotaRow.builder().name(name).build()));
    }
    return rows;
  }
}
