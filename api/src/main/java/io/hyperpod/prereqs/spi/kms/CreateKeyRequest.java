package io.hyperpod.prereqs.spi.kms;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/** CreateKey of a symmetric encryption key. */
@Value.Immutable
@ValueStyle
public interface CreateKeyRequest {
  /** {@return the key policy document's JSON} */
  String policy();

  /** {@return the key's description; empty for none} */
  String description();

  /** {@return the key's tags} */
  Map<String, String> tags();

  /** {@return a new builder} */
  static ImmutableCreateKeyRequest.Builder builder() {
    return ImmutableCreateKeyRequest.builder();
  }
}
