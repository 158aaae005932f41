package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.Adoption;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Tags;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An instance-group execution role: trusted by SageMaker. Created with the stack's tags; an
 * existing role of that name not created by the stack is adopted but must trust SageMaker.
 */
final class ExecutionRoleResource implements Resource<IamRole> {
  static final String TYPE = "iam_role";

  private final StackModel model;
  private final String name;

  ExecutionRoleResource(StackModel model, String name) {
    this.model = model;
    this.name = name;
  }

  static ResourceAddress address(String name) {
    return ResourceAddress.of(TYPE, name);
  }

  @Override
  public ResourceAddress address() {
    return address(name);
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
    return Attributes.of()
        .put("name", role.name())
        .put("arn", role.arn())
        .putDocument("trust_policy", role.assumeRolePolicyDocument())
        .put("tags", IamReads.ownTags(role.tags()))
        .put("managed", Adoption.managed(model, role.tags()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<IamRole> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of()
        .put("name", name)
        .put("arn", observed.map(IamRole::arn).orElse(model.roleArn(name)))
        .putDocument("trust_policy", StackPolicyDocuments.executionRoleTrust())
        .put("tags", observed
            .map(r -> Tags.merged(IamReads.ownTags(r.tags()), model.createTags()))
            .orElse(model.createTags()))
        .put("managed", Adoption.CREATED)
        .build();
  }

  @Override
  public Map<String, String> outputs(IamRole role) {
    return Map.of("arn", role.arn());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the execution role does not exist");
  }

  @Override
  public Diff diff(IamRole role, Outputs outputs) {
    if (!model.ownedBy(role.tags())) {
      return Diff.noop("exists and is adopted: its trust policy is left as it is");
    }
    List<String> steps = new ArrayList<>();
    if (!Json.samePolicy(role.assumeRolePolicyDocument(), StackPolicyDocuments.executionRoleTrust())) {
      steps.add("trust-policy");
    }
    if (!Tags.missing(role.tags(), model.createTags()).isEmpty()) {
      steps.add("tags");
    }
    return steps.isEmpty()
        ? Diff.noop("up to date")
        : Diff.update(String.join(" and ", steps) + " differ from the spec", steps);
  }

  @Override
  public List<Finding> findings(ObserveContext ctx, Optional<IamRole> observed, Outputs outputs) {
    if (observed.isPresent()
        && !model.ownedBy(observed.get().tags())
        && !TrustPolicies.trustsService(observed.get().arn(),
            observed.get().assumeRolePolicyDocument(), StackPolicyDocuments.SAGEMAKER_SERVICE)) {
      return List.of(
          Finding.error(
              "iam.execution-role.trust",
              address(),
              "the role '"
                  + name
                  + "' exists, was not created by this stack, and does not trust "
                  + StackPolicyDocuments.SAGEMAKER_SERVICE
                  + ": HyperPod could not assume it and CreateCluster would fail",
              "add a statement allowing sts:AssumeRole to the service principal "
                  + StackPolicyDocuments.SAGEMAKER_SERVICE
                  + " to its trust policy, or name another executionRole in the spec"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<IamRole> observed) {
    if (observed.isEmpty()) {
      return outputs(
          ctx.backend()
              .iam()
              .createRole(
                  name,
                  StackPolicyDocuments.executionRoleTrust(),
                  "HyperPod instance-group execution role of stack " + model.stack(),
                  model.createTags()));
    }
    IamRole role = observed.get();
    if (diff.has("trust-policy")) {
      ctx.backend().iam().updateAssumeRolePolicy(name, StackPolicyDocuments.executionRoleTrust());
    }
    if (diff.has("tags")) {
      ctx.backend().iam().tag(PrincipalRef.role(name), Tags.missing(role.tags(), model.createTags()));
    }
    return outputs(role);
  }

  @Override
  public boolean destroyable(IamRole role) {
    return PrincipalMarks.deletable(model, marks(role));
  }

  @Override
  public String keptReason(IamRole role) {
    return PrincipalMarks.keptReason(model, marks(role));
  }

  @Override
  public List<io.hyperpod.prereqs.plan.Finding> destroyFindings(IamRole role) {
    return PrincipalMarks.keptFindings(model, address(), marks(role));
  }

  private static PrincipalMarks.Observed marks(IamRole role) {
    return new PrincipalMarks.Observed(role.tags(), role.attachedPolicyArns());
  }

  @Override
  public void destroy(ApplyContext ctx, IamRole role) {
    IamReads.strip(ctx.backend().iam(), PrincipalRef.role(name));
    ctx.backend().iam().deleteRole(name);
  }
}
