package io.hyperpod.prereqs.spi.account;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** STS GetCallerIdentity: who runs the tool. */
@Value.Immutable
@ValueStyle
public interface CallerIdentity {
  /** {@return the 12-digit account id of the caller} */
  String account();

  /**
   * {@return the caller's ARN, e.g. {@code arn:aws:sts::123456789012:assumed-role/ROLE/SESSION}}
   */
  String arn();

  /**
   * {@return the caller's unique id, e.g. {@code AIDA...} for a user, {@code AROA...:SESSION} for a
   * role session}
   */
  String userId();

  /**
   * The identity GetCallerIdentity answers.
   *
   * @param account the 12-digit account id
   * @param arn the caller's ARN
   * @param userId the caller's unique id
   * @return the identity
   */
  static CallerIdentity of(String account, String arn, String userId) {
    return ImmutableCallerIdentity.builder().account(account).arn(arn).userId(userId).build();
  }
}
