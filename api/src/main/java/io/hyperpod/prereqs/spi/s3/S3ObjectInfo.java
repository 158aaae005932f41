package io.hyperpod.prereqs.spi.s3;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** An object's metadata. The ETag of a single-part upload is the MD5 hex of its content. */
@Value.Immutable
@ValueStyle
public interface S3ObjectInfo {
  /** {@return the object's key, e.g. {@code hyperpod/lifecycle/on_create.sh}} */
  String key();

  /** {@return the object's ETag, without the surrounding quotes} */
  String etag();

  /** {@return the object's size in bytes} */
  long size();

  /** {@return when the object was last written} */
  Instant lastModified();

  /**
   * User metadata ({@code x-amz-meta-NAME}, names lower case), as HeadObject answers it; always
   * empty in listings, which S3 returns without it.
   *
   * @return the user metadata, names without the {@code x-amz-meta-} prefix
   */
  java.util.Map<String, String> metadata();

  /** {@return a new builder with no field set} */
  static ImmutableS3ObjectInfo.Builder builder() {
    return ImmutableS3ObjectInfo.builder();
  }
}
