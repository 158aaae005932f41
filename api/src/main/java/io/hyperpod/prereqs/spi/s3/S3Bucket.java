package io.hyperpod.prereqs.spi.s3;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** A bucket of the caller's account (ListBuckets). */
@Value.Immutable
@ValueStyle
public interface S3Bucket {
  String name();

  Instant creationDate();

  static S3Bucket of(String name, Instant creationDate) {
    return ImmutableS3Bucket.builder().name(name).creationDate(creationDate).build();
  }
}
