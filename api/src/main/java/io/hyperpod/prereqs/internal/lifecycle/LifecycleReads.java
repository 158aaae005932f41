package io.hyperpod.prereqs.internal.lifecycle;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
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

  /** The object with its user metadata (HeadObject), read once per run. */
  static Optional<S3ObjectInfo> head(ObserveContext ctx, String bucket, String key) {
    return ctx.cached("s3.head." + bucket + "/" + key, () -> ctx.backend().s3().headObject(bucket,
        key));
  }

  static List<S3ObjectInfo> objects(ObserveContext ctx, String bucket, String prefix) {
    return ctx.cached("s3.objects." + bucket + "/" + prefix, () ->
        bucket(ctx, bucket).filter(b -> b.access() == BucketAccess.OWNED).isPresent()
            ? ctx.backend().s3().listObjects(bucket, prefix)
            : List.of());
  }
}
