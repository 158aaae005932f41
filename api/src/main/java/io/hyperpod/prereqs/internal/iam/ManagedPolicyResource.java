package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A customer-managed policy of the stack. A changed document becomes a new default version (the
 * oldest non-default version goes when IAM's five are used up).
 */
final class ManagedPolicyResource implements Resource<ManagedPolicy> {
  static final String TYPE = "iam_policy";
  private static final int MAX_VERSIONS = 5;

  private final StackModel model;
  private final String name;
  private final String description;
  private final BiFunction<StackModel, Outputs, Optional<String>> document;
  private final List<ResourceAddress> dependsOn;

  ManagedPolicyResource(
      StackModel model, String name, String description, Function<StackModel, String> document) {
    this(model, name, description, (m, o) -> Optional.of(document.apply(m)), List.of());
  }

  /**
   * A policy whose document names what other resources output (their ARNs): empty while one of
   * them is still to be created, so that the plan shows the document as known after apply.
   */
  ManagedPolicyResource(StackModel model, String name, String description,
      BiFunction<StackModel, Outputs, Optional<String>> document,
      List<ResourceAddress> dependsOn) {
    this.model = model;
    this.name = name;
    this.description = description;
    this.document = document;
    this.dependsOn = List.copyOf(dependsOn);
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
    return dependsOn;
  }

  @Override
  public Optional<ManagedPolicy> observe(ObserveContext ctx) {
    return IamReads.policy(ctx, model.policyArn(name));
  }

  @Override
  public Map<String, Object> observedAttributes(ManagedPolicy policy) {
    return Attributes.of()
        .put("name", policy.name())
        .put("arn", policy.arn())
        .put("default_version", policy.defaultVersionId())
        .putDocument("document", policy.defaultDocument())
        .put("path", policy.path())
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<ManagedPolicy> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Attributes a = Attributes.of()
        .put("name", name)
        .put("arn", model.policyArn(name))
        .put("path", model.policyPath());
    document.apply(model, outputs).ifPresentOrElse(d -> a.putDocument("document", d),
        () -> a.putUnknown("document"));
    // IAM numbers a policy's first version v1; a new version's number is IAM's to choose.
    return observed.isEmpty() ? a.put("default_version", "v1").build()
        : a.putUnknown("default_version").build();
  }

  @Override
  public Map<String, String> outputs(ManagedPolicy policy) {
    return Map.of("arn", policy.arn());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the policy does not exist");
  }

  @Override
  public Diff diff(ManagedPolicy policy, Outputs outputs) {
    if (!model.ownsPolicy(policy)) {
      return Diff.noop("exists but was not created by this stack; left as it is");
    }
    List<String> steps = new ArrayList<>();
    Optional<String> want = document.apply(model, outputs);
    if (want.isEmpty() || !Json.samePolicy(policy.defaultDocument(), want.get())) {
      steps.add("document");
    }
    return steps.isEmpty()
        ? Diff.noop("up to date")
        : Diff.update(
            "the policy document differs from the spec: a new default version",
            steps);
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<ManagedPolicy> observed, Outputs outputs) {
    if (observed.isPresent() && !model.ownsPolicy(observed.get())) {
      return List.of(
          Finding.error(
              "iam.policy.not-owned",
              address(),
              "a policy named '" + name + "' exists in account " + model.account()
                  + " but was not created by stack '" + model.stack() + "'",
              "delete or rename that policy, or use another stack name"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<ManagedPolicy> observed) {
    IamPort iam = ctx.backend().iam();
    if (observed.isEmpty()) {
      return outputs(iam.createPolicy(name, model.policyPath(), text(ctx.outputs()), description,
          model.createTags()));
    }
    ManagedPolicy policy = observed.get();
    if (diff.has("document")) {
      List<PolicyVersion> versions = iam.listPolicyVersions(policy.arn());
      if (versions.size() >= MAX_VERSIONS) {
        versions.stream()
            .filter(v -> !v.defaultVersion())
            .min(Comparator.comparing(PolicyVersion::createDate)
                .thenComparing(v -> Integer.parseInt(v.versionId().substring(1))))
            .ifPresent(v -> iam.deletePolicyVersion(policy.arn(), v.versionId()));
      }
      iam.createPolicyVersion(policy.arn(), text(ctx.outputs()), true);
    }
    return outputs(policy);
  }

  private String text(Outputs outputs) {
    return document.apply(model, outputs).orElseThrow(() -> new IllegalStateException(
        "the document of policy " + name + " names an ARN that is not known"));
  }

  @Override
  public boolean destroyable(ManagedPolicy policy) {
    return model.ownsPolicy(policy);
  }

  @Override
  public void destroy(ApplyContext ctx, ManagedPolicy policy) {
    IamPort iam = ctx.backend().iam();
    // The stack's attachment changes ran first and usually detached it everywhere: read the whole
    // account only when the policy is still attached somewhere (one GetPolicy otherwise).
    boolean attached = iam.findPolicy(policy.arn()).map(p -> p.attachmentCount() > 0).orElse(false);
    if (attached) {
      IamSnapshot now = iam.snapshot();
      now.users().stream()
          .filter(u -> u.attachedPolicyArns().contains(policy.arn()))
          .forEach(u -> iam.detachPolicy(PrincipalRef.user(u.name()), policy.arn()));
      now.roles().stream()
          .filter(r -> r.attachedPolicyArns().contains(policy.arn()))
          .forEach(r -> iam.detachPolicy(PrincipalRef.role(r.name()), policy.arn()));
    }
    iam.listPolicyVersions(policy.arn()).stream()
        .filter(v -> !v.defaultVersion())
        .forEach(v -> iam.deletePolicyVersion(policy.arn(), v.versionId()));
    iam.deletePolicy(policy.arn());
  }
}
