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
  /**
   * {@return the name the policy is known by in decisions, e.g. {@code inline:demo-policy} or an
   * ARN}
   */
  @Value.Parameter
  String label();

  /** {@return the parsed policy document} */
  @Value.Parameter
  PolicyDocument document();

  /**
   * A policy document with its label.
   *
   * @param label the name shown in decisions, e.g. an ARN
   * @param document the parsed document
   * @return the labelled policy
   */
  static LabeledPolicy of(String label, PolicyDocument document) {
    return ImmutableLabeledPolicy.of(label, document);
  }

  /**
   * Parses {@code json} and labels it.
   *
   * @throws PolicyParseException when the document is malformed; the message names the label
   * @param label the name shown in decisions and parse errors
   * @param json the policy document's JSON text
   * @return the labelled, parsed policy
   */
  static LabeledPolicy parse(String label, String json) {
    try {
      return of(label, PolicyDocument.parse(json));
    } catch (PolicyParseException e) {
      throw new PolicyParseException(label + " " + e.element(), e.problem(), e);
    }
  }
}
