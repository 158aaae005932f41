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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tag on a user or role, e.g. {@code SSMSessionRunAs=alice}. On a principal the stack did not
 * create, setting it records what was there ({@link PrincipalMarks}), and destroy takes back only
 * a tag the stack set: it removes an added tag and puts a replaced value back.
 */
final class PrincipalTagResource implements Resource<PrincipalTagResource.Tagged> {
  static final String TYPE = "iam_principal_tag";

  /** The tag's value as observed, with the principal's tags and attachments. */
  record Tagged(String value, PrincipalMarks.Observed principal) {}

  private final StackModel model;
  private final PrincipalRef principal;
  private final ResourceAddress principalAddress;
  private final String key;
  private final String value;

  PrincipalTagResource(StackModel model, PrincipalRef principal, ResourceAddress principalAddress,
      String key, String value) {
    this.model = model;
    this.principal = principal;
    this.principalAddress = principalAddress;
    this.key = key;
    this.value = value;
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.of(TYPE, principal.label() + "/" + key);
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of(principalAddress);
  }

  @Override
  public Optional<Tagged> observe(ObserveContext ctx) {
    return PrincipalMarks.Observed.of(ctx, principal)
        .filter(p -> p.tags().containsKey(key))
        .map(p -> new Tagged(p.tags().get(key), p));
  }

  @Override
  public Map<String, Object> observedAttributes(Tagged observed) {
    return Attributes.of().put("principal", principal.label()).put("key", key)
        .put("value", observed.value()).build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<Tagged> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of().put("principal", principal.label()).put("key", key)
        .put("value", value).build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the tag is not set");
  }

  @Override
  public Diff diff(Tagged observed, Outputs outputs) {
    return value.equals(observed.value())
        ? Diff.noop("set")
        : Diff.update("the tag is '" + observed.value() + "', the spec wants '" + value + "'",
            List.of("value"));
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<Tagged> observed) {
    Optional<PrincipalMarks.Observed> before =
        PrincipalMarks.Observed.of(IamReads.snapshot(ctx.observed()), principal);
    if (before.isPresent() && !before.get().ownedBy(model)
        && !before.get().tags().containsKey(marker())) {
      // recorded first, with the value it replaces: destroy can always put it back
      ctx.backend().iam().tag(principal, Map.of(marker(),
          PrincipalMarks.recordOf(observed.map(Tagged::value))));
    }
    ctx.backend().iam().tag(principal, Map.of(key, value));
    return Map.of();
  }

  private String marker() {
    return PrincipalMarks.tagKey(model.stack(), key);
  }

  @Override
  public boolean destroyable(Tagged observed) {
    return PrincipalMarks.deletable(model, observed.principal())
        || observed.principal().tags().containsKey(marker());
  }

  @Override
  public String keptReason(Tagged observed) {
    return observed.principal().ownedBy(model)
        ? "another stack uses " + principal.label() + " (see the finding); kept with it"
        : "was set before this stack adopted " + principal.label() + "; kept";
  }

  @Override
  public void destroy(ApplyContext ctx, Tagged observed) {
    Optional<String> previous = Optional.ofNullable(observed.principal().tags().get(marker()))
        .flatMap(PrincipalMarks::previousValue);
    if (previous.isPresent()) {
      ctx.backend().iam().tag(principal, Map.of(key, previous.get()));
    } else {
      ctx.backend().iam().untag(principal, List.of(key));
    }
    if (observed.principal().tags().containsKey(marker())) {
      ctx.backend().iam().untag(principal, List.of(marker()));
    }
  }
}
