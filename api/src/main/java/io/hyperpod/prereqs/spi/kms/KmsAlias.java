package io.hyperpod.prereqs.spi.kms;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An alias of ListAliases. */
@Value.Immutable
@ValueStyle
public interface KmsAlias {
  /** {@return {@code alias/...}} */
  String aliasName();

  /** {@return {@code arn:aws:kms:REGION:ACCOUNT:alias/...}} */
  String aliasArn();

  /** {@return the key it names; empty for an AWS managed alias whose key was never made} */
  Optional<String> targetKeyId();

  /** {@return a new builder} */
  static ImmutableKmsAlias.Builder builder() {
    return ImmutableKmsAlias.builder();
  }
}
