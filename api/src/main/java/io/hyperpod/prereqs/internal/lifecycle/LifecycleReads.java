package io.hyperpod.prereqs.internal.lifecycle;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import io.hyperpod.prereqs.spi.s3.S3Port;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** S3 reads shared by the lifecycle resources, each done once per run. */
final class LifecycleReads {
  private LifecycleReads() {}

  /** The bucket as the caller sees it. */
  record BucketState(String name, BucketAccess access, Map<String, String> tags,
      Optional<String> policy) {}

  static Optional<BucketState> bucket(ObserveContext ctx, String name) {
    return ctx.cached("s3.bucket." + name, () -> {
      S3Port s3 = ctx.backend().s3();
      boolean owned = ctx.cached("s3.buckets", s3::listBuckets).stream()
          .anyMatch(b -> b.name().equals(name));
      BucketAccess access = owned ? BucketAccess.OWNED : s3.headBucket(name);
      switch (access) {
        case OWNED:
          return Optional.of(new BucketState(name, access, s3.getBucketTags(name),
              s3.getBucketPolicy(name)));
        case OTHER_OWNER:
          return Optional.of(new BucketState(name, access, Map.of(), Optional.empty()));
        default:
          return Optional.empty();
      }
    });
  }

  /** Who wrote a file at one of the stack's keys, as its mark tells. */
  enum Mark {
    THIS_STACK("this stack"),
    OTHERS("not this stack"),
    /** The stack's own VPC-only bucket policy refuses the read (moto does; AWS exempts the tool). */
    HIDDEN("unknown: the stack's VPC-only bucket policy refuses reading the mark");

    final String label;

    Mark(String label) {
      this.label = label;
    }
  }

  /** A file at one of the stack's keys: its listing entry and its mark. */
  record StackFile(S3ObjectInfo info, Mark mark) {}

  /**
   * The file at {@code key} with its mark (one HeadObject per file that exists), read once per
   * run; empty when there is none.
   */
  static Optional<StackFile> file(ObserveContext ctx, StackModel model, String key) {
    String bucket = model.lifecycleScripts().bucket();
    return ctx.cached("s3.file." + bucket + "/" + key, () -> {
      Optional<S3ObjectInfo> listed =
          objects(ctx, bucket, model.lifecycleScripts().key("")).stream()
              .filter(o -> o.key().equals(key)).findFirst();
      if (listed.isEmpty()) {
        return Optional.empty();
      }
      try {
        return ctx.backend().s3().headObject(bucket, key).map(h -> new StackFile(h,
            model.wrote(h.metadata()) ? Mark.THIS_STACK : Mark.OTHERS));
      } catch (AccessDeniedException e) {
        boolean restricted = bucket(ctx, bucket).flatMap(BucketState::policy)
            .flatMap(p -> VpceOnlyStatement.find(model, p)).isPresent();
        if (!restricted) {
          throw e;
        }
        return Optional.of(new StackFile(listed.get(), Mark.HIDDEN));
      }
    });
  }

  static List<S3ObjectInfo> objects(ObserveContext ctx, String bucket, String prefix) {
    return ctx.cached("s3.objects." + bucket + "/" + prefix, () ->
        bucket(ctx, bucket).filter(b -> b.access() == BucketAccess.OWNED).isPresent()
            ? ctx.backend().s3().listObjects(bucket, prefix)
            : List.of());
  }
}
