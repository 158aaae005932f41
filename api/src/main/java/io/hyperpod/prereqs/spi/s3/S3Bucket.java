package io.hyperpod.prereqs.spi.s3;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** A bucket of the caller's account (ListBuckets). */
@Value.Immutable
@ValueStyle
public interface S3Bucket {
  /** {@return the bucket's name} */
  String name();

  /** {@return when the bucket was created} */
  Instant creationDate();

  /**
   * A bucket as ListBuckets answers it.
   *
   * @param name the bucket's name
   * @param creationDate when it was created
   * @return the bucket
   */
  static S3Bucket of(String name, Instant creationDate) {
    return ImmutableS3Bucket.builder().name(name).creationDate(creationDate).build();
  }
}
