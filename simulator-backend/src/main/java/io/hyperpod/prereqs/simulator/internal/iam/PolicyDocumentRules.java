package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.PolicyJson;
import java.util.regex.Pattern;

/**
 * IAM's checks of policy documents: identity policies (managed and inline) and role trust policies.
 * Failures are MalformedPolicyDocument with IAM's wording ({@link PolicyGrammar}; where the problem
 * is goes into the simulator's reason); an over-long document is LimitExceeded as in IAM.
 */
public final class PolicyDocumentRules {
  /** Managed policy size, non-whitespace characters. */
  public static final int MANAGED_POLICY_MAX = 6144;

  /** Role trust policy size (the default quota), non-whitespace characters. */
  public static final int TRUST_POLICY_MAX = 2048;

  /** Aggregate inline policy size per user. */
  public static final int USER_INLINE_MAX = 2048;

  /** Aggregate inline policy size per role. */
  public static final int ROLE_INLINE_MAX = 10240;

  private static final Pattern DOCUMENT_CHARACTERS =
      Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  private PolicyDocumentRules() {}

  /** A managed policy document (CreatePolicy, CreatePolicyVersion). */
  public static void managed(String document) {
    identity("policyDocument", document);
    if (PolicyJson.nonWhitespaceLength(document) > MANAGED_POLICY_MAX) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for PolicySize: " + MANAGED_POLICY_MAX);
    }
  }

  /** An inline policy document (PutUserPolicy, PutRolePolicy); the size is checked per entity. */
  public static void inline(String document) {
    identity("policyDocument", document);
  }

  /** A role's trust policy (CreateRole, UpdateAssumeRolePolicy). */
  public static void trust(String document) {
    characters("assumeRolePolicyDocument", document);
    PolicyGrammar.check(PolicyGrammar.parse(document, true), true);
    if (PolicyJson.nonWhitespaceLength(document) > TRUST_POLICY_MAX) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for ACLSizePerRole: " + TRUST_POLICY_MAX);
    }
  }

  private static void identity(String field, String document) {
    characters(field, document);
    PolicyGrammar.check(PolicyGrammar.parse(document, false), false);
  }

  private static void characters(String field, String document) {
    IamInputs.required(field, document);
    IamInputs.length(field, document, 1, 131072);
    IamInputs.pattern(field, document, DOCUMENT_CHARACTERS);
  }
}
