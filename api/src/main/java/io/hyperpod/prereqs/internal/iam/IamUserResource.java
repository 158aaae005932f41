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
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An IAM user of a cluster admin or user: created if missing, adopted if it exists. */
final class IamUserResource implements Resource<IamUser> {
  static final String TYPE = "iam_user";

  private final StackModel model;
  private final String name;

  IamUserResource(StackModel model, String name) {
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
  public Optional<IamUser> observe(ObserveContext ctx) {
    return IamReads.user(ctx, name);
  }

  @Override
  public Map<String, Object> observedAttributes(IamUser user) {
    return Attributes.of()
        .put("name", user.name())
        .put("arn", user.arn())
        .put("tags", IamReads.ownTags(user.tags()))
        .put("managed", Adoption.managed(model, user.tags()))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<IamUser> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Map<String, String> tags = observed
        .map(u -> Tags.merged(IamReads.ownTags(u.tags()), model.createTags()))
        .orElse(model.createTags());
    return Attributes.of()
        .put("name", name)
        .put("arn", observed.map(IamUser::arn).orElse(model.userArn(name)))
        .put("tags", tags)
        .put("managed", Adoption.CREATED)
        .build();
  }

  @Override
  public Map<String, String> outputs(IamUser user) {
    return Map.of("arn", user.arn());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the IAM user does not exist");
  }

  @Override
  public Diff diff(IamUser user, Outputs outputs) {
    if (!model.ownedBy(user.tags())) {
      return Diff.noop("exists and is adopted: the stack adds only its policies and tags");
    }
    if (!Tags.missing(user.tags(), model.createTags()).isEmpty()) {
      return Diff.update("tags differ from the spec", List.of("tags"));
    }
    return Diff.noop("up to date");
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<IamUser> observed) {
    if (observed.isEmpty()) {
      return outputs(ctx.backend().iam().createUser(name, model.createTags()));
    }
    ctx.backend()
        .iam()
        .tag(PrincipalRef.user(name), Tags.missing(observed.get().tags(), model.createTags()));
    return outputs(observed.get());
  }

  @Override
  public boolean destroyable(IamUser user) {
    return PrincipalMarks.deletable(model, marks(user));
  }

  @Override
  public String keptReason(IamUser user) {
    return PrincipalMarks.keptReason(model, marks(user));
  }

  @Override
  public List<io.hyperpod.prereqs.plan.Finding> destroyFindings(IamUser user) {
    return PrincipalMarks.keptFindings(model, address(), marks(user));
  }

  private static PrincipalMarks.Observed marks(IamUser user) {
    return new PrincipalMarks.Observed(user.tags(), user.attachedPolicyArns());
  }

  @Override
  public void destroy(ApplyContext ctx, IamUser user) {
    IamReads.strip(ctx.backend().iam(), PrincipalRef.user(name));
    ctx.backend().iam().deleteUser(name);
  }
}
