package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An existing role of cluster users (e.g. from IAM Identity Center): never created, changed or
 * deleted; the stack only attaches its policy and sets the Run As tag (separate resources).
 */
final class AdoptedRoleResource implements Resource<IamRole> {
  private final StackModel model;
  private final String name;

  AdoptedRoleResource(StackModel model, String name) {
    this.model = model;
    this.name = name;
  }

  @Override
  public ResourceAddress address() {
    return ExecutionRoleResource.address(name);
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of();
  }

  @Override
  public Optional<IamRole> observe(ObserveContext ctx) {
    return IamReads.role(ctx, name);
  }

  @Override
  public Map<String, Object> observedAttributes(IamRole role) {
    return Attributes.of().put("name", role.name()).put("arn", role.arn())
        .put("managed", "adopted").build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<IamRole> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of().put("name", name).put("arn", model.roleArn(name))
        .put("managed", "adopted").build();
  }

  @Override
  public Map<String, String> outputs(IamRole role) {
    return Map.of("arn", role.arn());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.noop("does not exist; the stack adopts existing roles of cluster users only");
  }

  @Override
  public Diff diff(IamRole role, Outputs outputs) {
    return Diff.noop("exists and is adopted");
  }

  @Override
  public List<Finding> findings(ObserveContext ctx, Optional<IamRole> observed, Outputs outputs) {
    if (observed.isEmpty()) {
      return List.of(
          Finding.error(
              "iam.cluster-user-role.missing",
              address(),
              "the cluster users' role '" + name + "' does not exist in account "
                  + model.account(),
              "create the role first (e.g. through IAM Identity Center) or name an iamUser"
                  + " instead of iamRole for this cluster user"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<IamRole> observed) {
    return observed.map(this::outputs).orElse(Map.of());
  }

  @Override
  public boolean destroyable(IamRole role) {
    return false;
  }

  @Override
  public void destroy(ApplyContext ctx, IamRole role) {
    throw new IllegalStateException("an adopted role is never deleted: " + name);
  }
}
