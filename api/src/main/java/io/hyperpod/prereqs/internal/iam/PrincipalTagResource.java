package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One tag on a user or role, e.g. {@code SSMSessionRunAs=alice}; destroy takes it off. */
final class PrincipalTagResource implements Resource<String> {
  static final String TYPE = "iam_principal_tag";

  private final PrincipalRef principal;
  private final ResourceAddress principalAddress;
  private final String key;
  private final String value;

  PrincipalTagResource(
      PrincipalRef principal, ResourceAddress principalAddress, String key, String value) {
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
  public Optional<String> observe(ObserveContext ctx) {
    IamSnapshot snapshot = IamReads.snapshot(ctx);
    Optional<Map<String, String>> tags =
        principal.kind() == PrincipalRef.Kind.USER
            ? snapshot.user(principal.name()).map(u -> u.tags())
            : snapshot.role(principal.name()).map(r -> r.tags());
    return tags.map(t -> t.get(key));
  }

  @Override
  public Map<String, Object> observedAttributes(String observed) {
    return Attributes.of().put("principal", principal.label()).put("key", key)
        .put("value", observed).build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<String> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of().put("principal", principal.label()).put("key", key)
        .put("value", value).build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the tag is not set");
  }

  @Override
  public Diff diff(String observed, Outputs outputs) {
    return value.equals(observed)
        ? Diff.noop("set")
        : Diff.update("the tag is '" + observed + "', the spec wants '" + value + "'",
            List.of("value"));
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<String> observed) {
    ctx.backend().iam().tag(principal, Map.of(key, value));
    return Map.of();
  }

  @Override
  public boolean destroyable(String observed) {
    return true;
  }

  @Override
  public void destroy(ApplyContext ctx, String observed) {
    ctx.backend().iam().untag(principal, List.of(key));
  }
}
