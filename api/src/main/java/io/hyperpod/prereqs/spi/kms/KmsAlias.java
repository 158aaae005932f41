package io.hyperpod.prereqs.spi.kms;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An alias of ListAliases. */
@Value.Immutable
@ValueStyle
public interface KmsAlias {
  /** {@code alias/...}. */
  String aliasName();

  /** {@code arn:aws:kms:REGION:ACCOUNT:alias/...}. */
  String aliasArn();

  /** The key it names; empty for an AWS managed alias whose key was never made. */
  Optional<String> targetKeyId();

  /** A new builder. */
  static ImmutableKmsAlias.Builder builder() {
    return ImmutableKmsAlias.builder();
  }
}
