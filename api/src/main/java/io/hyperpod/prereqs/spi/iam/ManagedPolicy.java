package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/** A managed policy (customer or AWS) and the document of its default version. */
@Value.Immutable
@ValueStyle
public interface ManagedPolicy {
  /** {@return the policy's name} */
  String name();

  /** {@return the policy's ARN, {@code arn:aws:iam::ACCOUNT:policy/PATHNAME}} */
  String arn();

  /**
   * {@return the policy's unique id: {@code ANPA} and 17 characters}
   */
  String policyId();

  /** {@return the policy's IAM path; {@code /} by default} */
  @Value.Default
  default String path() {
    return "/";
  }

  /** {@return the id of the default version, e.g. {@code v1}} */
  String defaultVersionId();

  /** {@return the default version's document, decoded JSON} */
  String defaultDocument();

  /** {@return how many users, groups and roles it is attached to} */
  int attachmentCount();

  /** {@return how many versions it has (1 to 5)} */
  int versionCount();

  /** {@return when the policy was created} */
  Instant createDate();

  /** {@return the policy's tags} */
  Map<String, String> tags();

  /** {@return whether AWS owns it ({@code arn:aws:iam::aws:policy/...})} */
  @Value.Derived
  default boolean awsManaged() {
    return arn().contains(":iam::aws:policy/");
  }

  /** {@return a new builder with no field set} */
  static ImmutableManagedPolicy.Builder builder() {
    return ImmutableManagedPolicy.builder();
  }
}
