package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A managed policy attached to a user or role. The stack's own policies are always detached on
 * destroy. An AWS managed policy is detached when the stack created the principal (and no other
 * stack uses it) or recorded, on a principal it adopted, that it attached the policy itself
 * ({@link PrincipalMarks}); one that was there before stays.
 */
final class PolicyAttachmentResource implements Resource<PolicyAttachmentResource.Attached> {
  static final String TYPE = "iam_policy_attachment";

  /** The attachment as observed, with the principal's tags and attachments. */
  record Attached(String policyArn, PrincipalMarks.Observed principal) {}

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
    return PrincipalMarks.Observed.of(ctx, principal)
        .filter(p -> p.attachedPolicyArns().contains(policyArn))
        .map(p -> new Attached(policyArn, p));
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
    boolean adopted = PrincipalMarks.Observed.of(IamReads.snapshot(ctx.observed()), principal)
        .filter(p -> !p.ownedBy(model)).isPresent();
    if (adopted && policyAddress.isEmpty()) {
      // recorded first: an attachment the stack made is never without its record
      ctx.backend().iam().tag(principal, Map.of(marker(), PrincipalMarks.ADDED));
    }
    ctx.backend().iam().attachPolicy(principal, policyArn);
    return Map.of();
  }

  private String marker() {
    return PrincipalMarks.attachedKey(model.stack(), policyArn);
  }

  @Override
  public boolean destroyable(Attached attached) {
    return policyAddress.isPresent()
        || PrincipalMarks.deletable(model, attached.principal())
        || attached.principal().tags().containsKey(marker());
  }

  @Override
  public String keptReason(Attached attached) {
    return attached.principal().ownedBy(model)
        ? "another stack uses " + principal.label() + " (see the finding); kept with it"
        : "was attached before this stack adopted " + principal.label() + "; kept";
  }

  @Override
  public void destroy(ApplyContext ctx, Attached attached) {
    ctx.backend().iam().detachPolicy(principal, policyArn);
    if (attached.principal().tags().containsKey(marker())) {
      ctx.backend().iam().untag(principal, List.of(marker()));
    }
  }
}
