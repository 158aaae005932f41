package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A policy document with the label that decisions quote, e.g.
 * {@code arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy},
 * {@code inline:AmazonSagemakerClusterVPCPolicy}, {@code bucket-policy:sagemaker-x} or
 * {@code trust-policy:role/hp-exec}.
 */
@Value.Immutable
@ValueStyle
public interface LabeledPolicy {
  @Value.Parameter
  String label();

  @Value.Parameter
  PolicyDocument document();

  static LabeledPolicy of(String label, PolicyDocument document) {
    return ImmutableLabeledPolicy.of(label, document);
  }

  /**
   * Parses {@code json} and labels it.
   *
   * @throws PolicyParseException when the document is malformed; the message names the label
   */
  static LabeledPolicy parse(String label, String json) {
    try {
      return of(label, PolicyDocument.parse(json));
    } catch (PolicyParseException e) {
      throw new PolicyParseException(label + " " + e.element(), e.problem(), e);
    }
  }
}
