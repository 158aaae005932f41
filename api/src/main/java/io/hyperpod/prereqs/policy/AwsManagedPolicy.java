package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** An AWS managed policy: name, ARN, path and its (default version's) document. */
@Value.Immutable
@ValueStyle
public interface AwsManagedPolicy {
  String policyName();

  String arn();

  String path();

  /** {@return the document as JSON text, as {@code GetPolicyVersion} would return it (decoded)} */
  String documentJson();

  @Value.Lazy
  default PolicyDocument document() {
    return PolicyDocument.parse(documentJson());
  }

  /** {@return the document labelled with the ARN, ready for a {@link PolicySet}} */
  default LabeledPolicy labeled() {
    return LabeledPolicy.of(arn(), document());
  }

  static ImmutableAwsManagedPolicy.Builder builder() {
    return ImmutableAwsManagedPolicy.builder();
  }
}
