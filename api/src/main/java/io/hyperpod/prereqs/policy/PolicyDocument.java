package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.internal.policy.PolicyParser;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed IAM policy document (identity, boundary, bucket or trust policy).
 *
 * <p>{@link #parse(String)} accepts {@code Statement} as an object or an array, {@code Action}
 * and {@code Resource} as a string or an array, {@code Principal} as {@code "*"} or a map of
 * {@code AWS}/{@code Service}/{@code Federated} to a string or an array, and the versions
 * {@code 2012-10-17} and {@code 2008-10-17} (the default when {@code Version} is missing, as in
 * AWS; policy variables are literal text in that version).
 */
@Value.Immutable
@ValueStyle
public interface PolicyDocument {
  /** The version in the 2012 grammar, which has policy variables. */
  String VERSION_2012 = "2012-10-17";

  /** The old version, without policy variables; AWS's default when {@code Version} is absent. */
  String VERSION_2008 = "2008-10-17";

  /**
   * IAM's limit on the size of a customer managed policy, in characters without whitespace
   * ({@link #size(String)}).
   */
  int MANAGED_POLICY_SIZE_LIMIT = 6144;

  /**
   * The size of a policy document as IAM counts it against {@link #MANAGED_POLICY_SIZE_LIMIT}:
   * its characters, whitespace left out.
   *
   * @param json the policy document's text
   * @return the number of characters that are not whitespace
   */
  static int size(String json) {
    return json.replaceAll("\\s", "").length();
  }

  /** {@return the policy language version, {@code 2012-10-17} or {@code 2008-10-17}} */
  String version();

  /** {@return the document's {@code Id}, if it has one} */
  Optional<String> id();

  /** {@return the statements, in document order} */
  List<PolicyStatement> statements();

  /** {@return whether {@code ${...}} in Resource and condition values are policy variables} */
  @Value.Derived
  default boolean variablesEnabled() {
    return VERSION_2012.equals(version());
  }

  /**
   * Parses a policy document.
   *
   * @throws PolicyParseException naming the element that is malformed
   * @param json the document's JSON text, as IAM stores it (decoded)
   * @return the parsed document
   */
  static PolicyDocument parse(String json) {
    return PolicyParser.parse(json);
  }

  /** {@return a new builder with no field set} */
  static ImmutablePolicyDocument.Builder builder() {
    return ImmutablePolicyDocument.builder();
  }
}
