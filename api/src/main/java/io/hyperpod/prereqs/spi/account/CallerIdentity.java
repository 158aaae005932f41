package io.hyperpod.prereqs.spi.account;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** STS GetCallerIdentity: who runs the tool. */
@Value.Immutable
@ValueStyle
public interface CallerIdentity {
  String account();

  String arn();

  String userId();

  static CallerIdentity of(String account, String arn, String userId) {
    return ImmutableCallerIdentity.builder().account(account).arn(arn).userId(userId).build();
  }
}
