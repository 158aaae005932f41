package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** An AWS managed policy: name, ARN, path and its (default version's) document. */
@Value.Immutable
@ValueStyle
public interface AwsManagedPolicy {
  /** {@return the policy's name, e.g. {@code AmazonSageMakerFullAccess}} */
  String policyName();

  /** {@return the policy's ARN, {@code arn:aws:iam::aws:policy/} with its path and name} */
  String arn();

  /** {@return the policy's IAM path, e.g. {@code /} or {@code /service-role/}} */
  String path();

  /** {@return the document as JSON text, as {@code GetPolicyVersion} would return it (decoded)} */
  String documentJson();

  /** {@return the parsed {@link #documentJson()}, parsed once} */
  @Value.Lazy
  default PolicyDocument document() {
    return PolicyDocument.parse(documentJson());
  }

  /** {@return the document labelled with the ARN, ready for a {@link PolicySet}} */
  default LabeledPolicy labeled() {
    return LabeledPolicy.of(arn(), document());
  }

  /** {@return a new builder with no field set} */
  static ImmutableAwsManagedPolicy.Builder builder() {
    return ImmutableAwsManagedPolicy.builder();
  }
}
