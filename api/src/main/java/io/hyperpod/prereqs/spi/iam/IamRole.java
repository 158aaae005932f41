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
  /** {@return the role's name} */
  String name();

  /** {@return the role's ARN, {@code arn:aws:iam::ACCOUNT:role/PATHNAME}} */
  String arn();

  /**
   * {@return the role's unique id: {@code AROA} and 17 characters}
   */
  String roleId();

  /** {@return the role's IAM path; {@code /} by default} */
  @Value.Default
  default String path() {
    return "/";
  }

  /** {@return when the role was created} */
  Instant createDate();

  /** {@return the trust policy, decoded JSON} */
  String assumeRolePolicyDocument();

  /** {@return the role's description, if it has one} */
  Optional<String> description();

  /** {@return the ARN of the role's permissions boundary, if it has one} */
  Optional<String> permissionsBoundaryArn();

  /** {@return the role's tags} */
  Map<String, String> tags();

  /** {@return the ARNs of the managed policies attached to the role} */
  List<String> attachedPolicyArns();

  /** {@return the role's inline policies: name to (decoded) JSON document} */
  Map<String, String> inlinePolicies();

  /** {@return a new builder with no field set} */
  static ImmutableIamRole.Builder builder() {
    return ImmutableIamRole.builder();
  }
}
