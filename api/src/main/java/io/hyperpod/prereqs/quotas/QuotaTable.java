package io.hyperpod.prereqs.quotas;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.internal.quotas.HyperPodQuotaNames;
import io.hyperpod.prereqs.internal.quotas.QuotaLookup;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
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
 * The quotas a HyperPod cluster needs in an account and region, one {@link QuotaRow} per quota:
 * the applied value, the AWS default, whether it is adjustable, and the newest increase request
 * with its status. SageMaker's (instances per cluster, across clusters, the EBS volume size of an
 * instance, each type's cluster usage) and Amazon VPC's (network interfaces and VPCs per Region,
 * for a cluster in a custom VPC). What {@code hyperpod-prereqs quotas} prints. Reads the applied
 * values, the defaults and the request history of each service, each every page; writes nothing.
 * The tool never creates internet gateways or Elastic IPs, so their quotas are not listed.
 *
 * <pre>{@code
 * List<QuotaRow> rows = QuotaTable.read(backend, List.of("ml.p5.48xlarge"));
 * }</pre>
 */
public final class QuotaTable {
  private QuotaTable() {}

  /**
   * SageMaker's per-cluster, total and EBS volume size quotas and the cluster-usage quota of each
   * instance type, then the VPC quotas. A failure to read SageMaker's quotas is thrown; the VPC
   * quotas' rows then say why they could not be read ({@link QuotaRow#unavailable()}).
   *
   * @param backend the account and region to read
   * @param instanceTypes instance types such as {@code ml.p5.48xlarge}; empty for every HyperPod
   *     type ({@link HyperPodCatalog#INSTANCE_TYPES})
   * @return one row per quota, in that order
   */
  public static List<QuotaRow> read(CloudBackend backend, Collection<String> instanceTypes) {
    List<String> sageMaker = new ArrayList<>();
    sageMaker.add(HyperPodQuotaNames.PER_CLUSTER);
    sageMaker.add(HyperPodQuotaNames.TOTAL);
    sageMaker.add(HyperPodQuotaNames.EBS_VOLUME_SIZE);
    (instanceTypes.isEmpty() ? HyperPodCatalog.INSTANCE_TYPES : instanceTypes)
        .forEach(t -> sageMaker.add(HyperPodQuotaNames.clusterUsage(t)));
    List<QuotaRow> rows = new ArrayList<>(rows(backend.quotas(), QuotasPort.SAGEMAKER, sageMaker));
    List<String> vpc = List.of(HyperPodQuotaNames.NETWORK_INTERFACES, HyperPodQuotaNames.VPCS);
    try {
      rows.addAll(rows(backend.quotas(), HyperPodQuotaNames.VPC, vpc));
    } catch (CloudException e) {
      String why = e.errorCode() + ": " + e.getMessage();
      vpc.forEach(name -> rows.add(QuotaRow.builder().name(name)
          .serviceCode(HyperPodQuotaNames.VPC).unavailable(why).build()));
    }
    return rows;
  }

  /** The rows of these quotas of one service, read by name. */
  private static List<QuotaRow> rows(QuotasPort port, String serviceCode, List<String> names) {
    QuotaLookup lookup = QuotaLookup.read(port, serviceCode);
    Map<String, QuotaChangeRequest> newest = new HashMap<>();
    port.listRequestHistory(serviceCode).stream()
        .sorted(Comparator.comparing(QuotaChangeRequest::created).reversed())
        .forEach(r -> newest.putIfAbsent(r.quotaCode(), r));
    List<QuotaRow> rows = new ArrayList<>();
    for (String name : names) {
      rows.add(lookup.find(name)
          .map(q -> QuotaRow.builder().name(name).serviceCode(serviceCode).code(q.code())
              .applied(q.applied() ? OptionalDouble.of(q.value()) : OptionalDouble.empty())
              .defaultValue(lookup.defaultValue(name))
              .adjustable(q.quota().adjustable())
              .request(Optional.ofNullable(newest.get(q.code())))
              .build())
          .orElseGet(() -> QuotaRow.builder().name(name).serviceCode(serviceCode).build()));
    }
    return rows;
  }
}
