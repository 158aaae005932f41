package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.spec.Quotas;
import java.util.ArrayList;
import java.util.List;

/**
 * Service Quotas (seed §quotas, facts §5, hyperpod-2026 §1.1): the {@code ml.<type> for cluster
 * usage} quota of each instance type, the per-cluster and across-clusters instance quotas against
 * the instance groups' counts, the EBS volume size quota against the largest secondary volume,
 * and, with a network, the VPC quotas of network interfaces (the nodes') and of VPCs (when the
 * spec creates one). Quotas are resolved by name at run time. Usage by other clusters of the
 * account is not subtracted, nor the region's other network interfaces. The spec creates no
 * internet gateway and no Elastic IP (the nodes reach S3 through the gateway endpoint), so their
 * quotas are not needed.
 */
public final class QuotasComponent implements StackComponent {
  @Override
  public List<Resource<?>> resources(StackModel model) {
    boolean request = model.spec().quotas().map(Quotas::requestIncreases).orElse(false);
    return QuotaNeed.of(model).stream()
        .<Resource<?>>map(n -> new ServiceQuotaResource(n, model.region(), request))
        .toList();
  }

  /**
   * One {@code quota.unavailable} warning per service whose quotas Service Quotas could not give
   * (its quotas are then not observed, and none warns on its own).
   */
  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    List<Finding> out = new ArrayList<>();
    QuotaNeed.of(model).stream().map(QuotaNeed::serviceCode).distinct().forEach(service ->
        QuotaReads.of(ctx, service).failure().ifPresent(e -> out.add(QuotaUnavailable.finding(
            null, "Service Quotas could not be read in " + model.region() + " (service " + service
                + "), so the spec is not checked against those quotas and no increase is"
                + " requested", e, model.region(), service))));
    return out;
  }
}
