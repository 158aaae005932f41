package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.spec.Quotas;
import java.util.List;

/**
 * Service Quotas (seed §quotas, facts §5): the {@code ml.<type> for cluster usage} quota of each
 * instance type, and the per-cluster and across-clusters instance quotas, against the instance
 * groups' counts. Quotas are resolved by name at run time. Usage by other clusters of the account
 * is not subtracted.
 */
public final class QuotasComponent implements StackComponent {
  @Override
  public List<Resource<?>> resources(StackModel model) {
    boolean request = model.spec().quotas().map(Quotas::requestIncreases).orElse(false);
    return QuotaNeed.of(model.instanceGroups()).stream()
        .<Resource<?>>map(n -> new ServiceQuotaResource(n, model.region(), request))
        .toList();
  }

  /**
   * One {@code quota.unavailable} warning when Service Quotas could not be read (the quotas are
   * then not observed, and none warns on its own).
   */
  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    if (QuotaNeed.of(model.instanceGroups()).isEmpty()) {
      return List.of();
    }
    return QuotaReads.of(ctx).failure()
        .map(e -> List.of(QuotaUnavailable.finding(null, "Service Quotas could not be read in "
            + model.region() + ", so the instance groups' counts are not checked against"
            + " SageMaker's quotas and no increase is requested", e, model.region())))
        .orElse(List.of());
  }
}
