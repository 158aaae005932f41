package io.hyperpod.prereqs.internal.runas;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.spec.RunAs;
import java.util.List;

/**
 * SSM Session Manager Run As (facts §3): the account's preferences document with Run As on when
 * the spec enables it, and the checks that every principal lands in an OS user the nodes have.
 * The {@code SSMSessionRunAs} tags themselves belong to the IAM component. With runAs off or
 * absent the preferences are left alone.
 */
public final class RunAsComponent implements StackComponent {
  @Override
  public List<Resource<?>> resources(StackModel model) {
    return model.spec().runAs().filter(RunAs::enabled)
        .<List<Resource<?>>>map(r -> List.of(new PreferencesDocumentResource(model, r)))
        .orElse(List.of());
  }

  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    return new RunAsChecks(model, ctx).check();
  }
}
