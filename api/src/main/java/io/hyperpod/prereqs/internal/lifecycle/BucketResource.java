package io.hyperpod.prereqs.internal.lifecycle;

import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Tags;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleReads.BucketState;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The lifecycle-script bucket: created if missing, adopted if the account owns it already. */
final class BucketResource implements Resource<BucketResource.Observed> {
  /**
   * The bucket as observed, and (read only when destroy asks) the keys in it that destroy does not
   * delete: objects the stack did not write, anywhere in the bucket.
   */
  record Observed(BucketState state, Supplier<List<String>> keptKeys) {}

  static final String TYPE = "s3_bucket";

  private final StackModel model;
  private final String name;

  BucketResource(StackModel model) {
    this.model = model;
    this.name = model.lifecycleScripts().bucket();
  }

  static ResourceAddress address(StackModel model) {
    return ResourceAddress.of(TYPE, model.lifecycleScripts().bucket());
  }

  @Override
  public ResourceAddress address() {
    return address(model);
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of();
  }

  @Override
  public Optional<Observed> observe(ObserveContext ctx) {
    return LifecycleReads.bucket(ctx, name).map(b -> new Observed(b, () -> ctx.cached(
        "s3.kept-keys." + name, () -> keptKeys(ctx))));
  }

  private List<String> keptKeys(ObserveContext ctx) {
    List<String> kept = new ArrayList<>();
    for (S3ObjectInfo o : ctx.backend().s3().listObjects(name, "")) {
      if (o.key().equals(".hyperpod-prereqs/lock/" + model.stack() + ".json")) {
        continue; // the stack's own lock (docs/robustness.md); destroy releases it first
      }
      boolean stackFile = LifecycleFiles.EVERY_MODE.stream()
          .anyMatch(f -> model.lifecycleScripts().key(f).equals(o.key()));
      if (!stackFile || LifecycleReads.file(ctx, model, o.key())
          .map(f -> f.mark() == LifecycleReads.Mark.OTHERS).orElse(false)) {
        kept.add(o.key());
      }
    }
    return kept;
  }

  @Override
  public Map<String, Object> observedAttributes(Observed o) {
    BucketState b = o.state();
    return Attributes.of()
        .put("name", b.name())
        .put("owner", b.access() == BucketAccess.OWNED ? "this account" : "another account")
        .put("tags", b.tags())
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<Observed> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of()
        .put("name", name)
        .put("owner", "this account")
        .put("tags", observed.map(b -> Tags.merged(b.state().tags(), model.createTags()))
            .orElse(model.createTags()))
        .build();
  }

  @Override
  public Map<String, String> outputs(Observed o) {
    BucketState b = o.state();
    return Map.of("name", b.name(), "arn", "arn:aws:s3:::" + b.name());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the bucket does not exist");
  }

  @Override
  public Diff diff(Observed o, Outputs outputs) {
    BucketState b = o.state();
    if (b.access() != BucketAccess.OWNED) {
      return Diff.noop("the name belongs to a bucket of another account");
    }
    if (!model.ownedBy(b.tags())) {
      return Diff.noop("exists in this account and is adopted");
    }
    if (!Tags.missing(b.tags(), model.createTags()).isEmpty()) {
      return Diff.update("tags differ from the spec", List.of("tags"));
    }
    return Diff.noop("up to date");
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<Observed> observed, Outputs outputs) {
    if (observed.isPresent() && observed.get().state().access() == BucketAccess.OTHER_OWNER) {
      return List.of(Finding.error(
          "s3.bucket.other-account",
          address(),
          "the bucket name '" + name + "' is taken by another AWS account; bucket names are"
              + " global, and the execution role's managed policy reads only sagemaker-* buckets"
              + " of its own account",
          "choose another lifecycleScripts.bucket that starts with sagemaker- (add a unique"
              + " suffix, e.g. the account id)"));
    }
    return List.of();
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<Observed> observed) {
    if (observed.isEmpty()) {
      ctx.backend().s3().createBucket(name, model.createTags());
    } else if (diff.has("tags")) {
      ctx.backend().s3().putBucketTags(name, Tags.merged(observed.get().state().tags(),
          model.createTags()));
    }
    return Map.of("name", name, "arn", "arn:aws:s3:::" + name);
  }

  private boolean created(BucketState b) {
    return b.access() == BucketAccess.OWNED && model.ownedBy(b.tags());
  }

  @Override
  public boolean destroyable(Observed o) {
    return created(o.state()) && o.keptKeys().get().isEmpty();
  }

  /** Made by this stack when it is owned and tagged, whatever files it holds. */
  @Override
  public boolean madeByStack(Observed o) {
    return created(o.state());
  }

  @Override
  public String keptReason(Observed o) {
    return created(o.state())
        ? "created by this stack, but it holds files this stack did not write; kept with them"
        : "not created by this stack; kept";
  }

  @Override
  public List<Finding> destroyFindings(Observed o) {
    if (!created(o.state()) || o.keptKeys().get().isEmpty()) {
      return List.of();
    }
    List<String> keys = o.keptKeys().get();
    return List.of(Finding.info(
        "s3.bucket.kept-with-foreign-objects",
        address(),
        "s3://" + name + " was created by this stack and is kept: it holds " + keys.size()
            + " object(s) this stack did not write (" + String.join(", ",
                keys.subList(0, Math.min(5, keys.size()))) + (keys.size() > 5 ? ", ..." : "")
            + "), which destroy never deletes",
        "move or delete those objects yourself, then run destroy again to delete the bucket"));
  }

  @Override
  public void destroy(ApplyContext ctx, Observed o) {
    ctx.backend().s3().deleteBucket(name);
  }
}
