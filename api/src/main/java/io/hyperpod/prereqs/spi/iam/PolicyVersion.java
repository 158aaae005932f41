package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/** One version of a managed policy ({@code v1} ... ). */
@Value.Immutable
@ValueStyle
public interface PolicyVersion {
  /** {@return the version's id, {@code v1}, {@code v2}, ...} */
  String versionId();

  /** {@return the version's policy document, decoded JSON} */
  String document();

  /** {@return whether it is the policy's default version} */
  boolean defaultVersion();

  /** {@return when the version was created} */
  Instant createDate();

  /** {@return a new builder with no field set} */
  static ImmutablePolicyVersion.Builder builder() {
    return ImmutablePolicyVersion.builder();
  }
}
