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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lifecycle-script bucket: created if missing, adopted if the account owns it already. */
final class BucketResource implements Resource<BucketState> {
  static final String TYPE = "s3_bucket";

  private final StackModel model;
  private final String name;

  BucketResource(StackModel model) {
    this.model = model;
    this.name = model.spec().lifecycleScripts().bucket();
  }

  static ResourceAddress address(StackModel model) {
    return ResourceAddress.of(TYPE, model.spec().lifecycleScripts().bucket());
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
  public Optional<BucketState> observe(ObserveContext ctx) {
    return LifecycleReads.bucket(ctx, name);
  }

  @Override
  public Map<String, Object> observedAttributes(BucketState b) {
    return Attributes.of()
        .put("name", b.name())
        .put("owner", b.access() == BucketAccess.OWNED ? "this account" : "another account")
        .put("tags", b.tags())
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<BucketState> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    return Attributes.of()
        .put("name", name)
        .put("owner", "this account")
        .put("tags", observed.map(b -> Tags.merged(b.tags(), model.createTags()))
            .orElse(model.createTags()))
        .build();
  }

  @Override
  public Map<String, String> outputs(BucketState b) {
    return Map.of("name", b.name(), "arn", "arn:aws:s3:::" + b.name());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the bucket does not exist");
  }

  @Override
  public Diff diff(BucketState b, Outputs outputs) {
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
      ObserveContext ctx, Optional<BucketState> observed, Outputs outputs) {
    if (observed.isPresent() && observed.get().access() == BucketAccess.OTHER_OWNER) {
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
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<BucketState> observed) {
    if (observed.isEmpty()) {
      ctx.backend().s3().createBucket(name, model.createTags());
    } else if (diff.has("tags")) {
      ctx.backend().s3().putBucketTags(name, Tags.merged(observed.get().tags(), model.createTags()));
    }
    return Map.of("name", name, "arn", "arn:aws:s3:::" + name);
  }

  @Override
  public boolean destroyable(BucketState b) {
    return b.access() == BucketAccess.OWNED && model.ownedBy(b.tags());
  }

  @Override
  public void destroy(ApplyContext ctx, BucketState b) {
    ctx.backend().s3().deleteBucket(name);
  }
}
