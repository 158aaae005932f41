package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** One version of a managed policy ({@code v1} ... ). */
@Value.Immutable
@ValueStyle
public interface PolicyVersion {
  String versionId();

  /** {@return decoded JSON} */
  String document();

  boolean defaultVersion();

  Instant createDate();

  static ImmutablePolicyVersion.Builder builder() {
    return ImmutablePolicyVersion.builder();
  }
}
