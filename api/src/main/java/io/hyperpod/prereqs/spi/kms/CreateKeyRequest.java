package io.hyperpod.prereqs.spi.kms;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/** CreateKey of a symmetric encryption key. */
@Value.Immutable
@ValueStyle
public interface CreateKeyRequest {
  /** The key policy document's JSON. */
  String policy();

  String description();

  /** The key's tags. */
  Map<String, String> tags();

  /** A new builder. */
  static ImmutableCreateKeyRequest.Builder builder() {
    return ImmutableCreateKeyRequest.builder();
  }
}
