package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An IAM role with its trust policy, tags, attached managed policies and inline policies. */
@Value.Immutable
@ValueStyle
public interface IamRole {
  String name();

  String arn();

  /** AROA... */
  String roleId();

  @Value.Default
  default String path() {
    return "/";
  }

  Instant createDate();

  /** {@return the trust policy, decoded JSON} */
  String assumeRolePolicyDocument();

  Optional<String> description();

  Optional<String> permissionsBoundaryArn();

  Map<String, String> tags();

  List<String> attachedPolicyArns();

  /** {@return inline policy name to its (decoded) JSON document} */
  Map<String, String> inlinePolicies();

  static ImmutableIamRole.Builder builder() {
    return ImmutableIamRole.builder();
  }
}
