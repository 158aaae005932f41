package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A managed policy attached to a user or role. On destroy it is detached when the stack owns the
 * policy; an AWS managed policy stays on an adopted principal (it may have been there before).
 */
final class PolicyAttachmentResource implements Resource<PolicyAttachmentResource.Attached> {
  static final String TYPE = "iam_policy_attachment";

  /** The attachment as observed, and whether the principal belongs to the stack. */
  record Attached(String policyArn, boolean principalOwned) {}

  private final StackModel model;
  private final PrincipalRef principal;
  private final String policyArn;
  private final ResourceAddress principalAddress;
  private final Optional<ResourceAddress> policyAddress;

  PolicyAttachmentResource(
      StackModel model,
      PrincipalRef principal,
      ResourceAddress principalAddress,
      String policyArn,
      Optional<ResourceAddress> policyAddress) {
    this.model = model;
    this.principal = principal;
    this.principalAddress = principalAddress;
    this.policyArn = policyArn;
    this.policyAddress = policyAddress;
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.of(
        TYPE, principal.label() + "/" + policyArn.substring(policyArn.lastIndexOf('/') + 1));
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    List<ResourceAddress> deps = new ArrayList<>();
    deps.add(principalAddress);
    policyAddress.ifPresent(deps::add);
    return deps;
  }

  @Override
  public Optional<Attached> observe(ObserveContext ctx) {
    IamSnapshot snapshot = IamReads.snapshot(ctx);
    if (principal.kind() == PrincipalRef.Kind.USER) {
      return snapshot.user(principal.name())
          .filter(u -> u.attachedPolicyArns().contains(policyArn))
          .map(u -> new Attached(policyArn, model.ownedBy(u.tags())));
    }
    return snapshot.role(principal.name())
        .filter(r -> r.attachedPolicyArns().contains(policyArn))
        .map(r -> new Attached(policyArn, model.ownedBy(r.tags())));
  }

  @Override
  public Map<String, Object> observedAttributes(Attached attached) {
    return attributes();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<Attached> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return attributes();
  }

  private Map<String, Object> attributes() {
    return Attributes.of().put("principal", principal.label()).put("policy_arn", policyArn).build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the policy is not attached");
  }

  @Override
  public Diff diff(Attached attached, Outputs outputs) {
    return Diff.noop("attached");
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<Attached> observed) {
    ctx.backend().iam().attachPolicy(principal, policyArn);
    return Map.of();
  }

  @Override
  public boolean destroyable(Attached attached) {
    return policyAddress.isPresent() || attached.principalOwned();
  }

  @Override
  public void destroy(ApplyContext ctx, Attached attached) {
    ctx.backend().iam().detachPolicy(principal, policyArn);
  }
}
