package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** An IAM user with what hangs on it: tags, attached managed policies, inline policies. */
@Value.Immutable
@ValueStyle
public interface IamUser {
  /** {@return the user's name} */
  String name();

  /** {@return the user's ARN, {@code arn:aws:iam::ACCOUNT:user/PATHNAME}} */
  String arn();

  /**
   * {@return the user's unique id: {@code AIDA} and 17 characters}
   */
  String userId();

  /** {@return the user's IAM path; {@code /} by default} */
  @Value.Default
  default String path() {
    return "/";
  }

  /** {@return when the user was created} */
  Instant createDate();

  /** {@return the user's tags} */
  Map<String, String> tags();

  /** {@return the ARNs of the managed policies attached to the user} */
  List<String> attachedPolicyArns();

  /** {@return the user's inline policies: name to (decoded) JSON document} */
  Map<String, String> inlinePolicies();

  /** {@return a new builder with no field set} */
  static ImmutableIamUser.Builder builder() {
    return ImmutableIamUser.builder();
  }
}
