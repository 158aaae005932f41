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
  String name();

  String arn();

  /** AIDA... */
  String userId();

  @Value.Default
  default String path() {
    return "/";
  }

  Instant createDate();

  Map<String, String> tags();

  List<String> attachedPolicyArns();

  /** {@return inline policy name to its (decoded) JSON document} */
  Map<String, String> inlinePolicies();

  static ImmutableIamUser.Builder builder() {
    return ImmutableIamUser.builder();
  }
}
