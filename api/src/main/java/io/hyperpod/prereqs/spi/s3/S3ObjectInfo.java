package io.hyperpod.prereqs.spi.s3;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** An object's metadata. The ETag of a single-part upload is the MD5 hex of its content. */
@Value.Immutable
@ValueStyle
public interface S3ObjectInfo {
  String key();

  /** {@return without the surrounding quotes} */
  String etag();

  long size();

  Instant lastModified();

  /**
   * User metadata ({@code x-amz-meta-NAME}, names lower case), as HeadObject answers it; always
   * empty in listings, which S3 returns without it.
   */
  java.util.Map<String, String> metadata();

  static ImmutableS3ObjectInfo.Builder builder() {
    return ImmutableS3ObjectInfo.builder();
  }
}
