package io.hyperpod.prereqs.simulator.internal.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.PolicyJson;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM's checks of policy documents: identity policies (managed and inline) and role trust policies.
 * Failures are MalformedPolicyDocument with IAM's wording (and, in parentheses, where the problem
 * is); an over-long document is LimitExceeded as in IAM.
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
  private static final Set<String> TOP_ELEMENTS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_ELEMENTS =
      Set.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");
  private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9.-]+:[^:]*");

  private static final String SYNTAX = "Syntax errors in policy.";
  private static final String VERSION = "Policy document must be version 2012-10-17 or greater.";

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
    JsonNode policy = parse(document);
    version(policy, true);
    List<JsonNode> statements = statements(policy);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode s = statements.get(i);
      common(s, i);
      if (s.has("Resource") || s.has("NotResource")) {
        throw malformed("Has prohibited field Resource.", i, "a trust policy names no resources");
      }
      if (!s.has("Principal") && !s.has("NotPrincipal")) {
        throw malformed(
            "Missing required field Principal.",
            i,
            "say who may assume the role, e.g. {\"Service\": \"sagemaker.amazonaws.com\"}");
      }
    }
    if (PolicyJson.nonWhitespaceLength(document) > TRUST_POLICY_MAX) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for ACLSizePerRole: " + TRUST_POLICY_MAX);
    }
  }

  private static void identity(String field, String document) {
    characters(field, document);
    JsonNode policy = parse(document);
    version(policy, false);
    List<JsonNode> statements = statements(policy);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode s = statements.get(i);
      common(s, i);
      if (s.has("Principal") || s.has("NotPrincipal")) {
        throw malformed("Policy document should not specify a principal.", i, "remove Principal");
      }
      if (!s.has("Resource") && !s.has("NotResource")) {
        throw malformed("Policy statement must contain resources.", i, "add Resource");
      }
    }
  }

  private static void characters(String field, String document) {
    IamInputs.required(field, document);
    IamInputs.length(field, document, 1, 131072);
    IamInputs.pattern(field, document, DOCUMENT_CHARACTERS);
  }

  private static JsonNode parse(String document) {
    JsonNode policy =
        PolicyJson.parseObject(document)
            .orElseThrow(
                () ->
                    AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
                        SYNTAX + " (not a JSON object)"));
    for (Iterator<String> it = policy.fieldNames(); it.hasNext(); ) {
      String element = it.next();
      if (!TOP_ELEMENTS.contains(element)) {
        throw AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
            SYNTAX + " (unknown element " + element + "; a policy has Version, Id and Statement)");
      }
    }
    return policy;
  }

  private static void version(JsonNode policy, boolean trust) {
    JsonNode version = policy.get("Version");
    String value = version == null ? null : version.asText();
    if (version != null && !version.isTextual()
        || value != null && !value.equals("2012-10-17") && !value.equals("2008-10-17")) {
      throw AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
          SYNTAX + " (Version " + version + "; use \"2012-10-17\")");
    }
    if (!trust && !"2012-10-17".equals(value)) {
      throw AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
          VERSION + " (set \"Version\": \"2012-10-17\")");
    }
  }

  private static List<JsonNode> statements(JsonNode policy) {
    List<JsonNode> statements = PolicyJson.statements(policy);
    if (statements.isEmpty()) {
      throw AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
          SYNTAX + " (Statement must be an object or a non-empty list of objects)");
    }
    Set<String> sids = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      JsonNode sid = statements.get(i).get("Sid");
      if (sid != null && !sid.asText().isEmpty() && !sids.add(sid.asText())) {
        throw malformed("Statement IDs (SID) in a single policy must be unique.", i, "Sid " + sid);
      }
    }
    return statements;
  }

  /** What identity and trust statements share: elements, Effect, Action, Condition. */
  private static void common(JsonNode s, int index) {
    for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
      String element = it.next();
      if (!STATEMENT_ELEMENTS.contains(element)) {
        throw malformed(SYNTAX, index, "unknown element " + element);
      }
    }
    JsonNode effect = s.get("Effect");
    if (effect == null
        || !effect.isTextual()
        || !(effect.asText().equals("Allow") || effect.asText().equals("Deny"))) {
      throw malformed(SYNTAX, index, "Effect must be \"Allow\" or \"Deny\", was " + effect);
    }
    if (s.has("Action") && s.has("NotAction") || s.has("Resource") && s.has("NotResource")) {
      throw malformed(SYNTAX, index, "use either Action or NotAction, Resource or NotResource");
    }
    for (String element : List.of("Action", "NotAction", "Resource", "NotResource")) {
      if (PolicyJson.strings(s, element) == null) {
        throw malformed(SYNTAX, index, element + " must be a string or a list of strings");
      }
    }
    if (s.has("Sid") && !s.get("Sid").isTextual()) {
      throw malformed(SYNTAX, index, "Sid must be a string");
    }
    JsonNode condition = s.get("Condition");
    if (condition != null && !validCondition(condition)) {
      throw malformed(SYNTAX, index, "Condition must map operators to {key: value or [values]}");
    }
    String actionElement = s.has("Action") ? "Action" : "NotAction";
    List<String> actions = PolicyJson.strings(s, actionElement);
    if (actions.isEmpty()) {
      throw malformed("Policy statement must contain actions.", index, "add Action");
    }
    for (String action : actions) {
      if (!ACTION.matcher(action).matches()) {
        throw malformed(
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
            index,
            "action '" + action + "'");
      }
    }
  }

  private static boolean validCondition(JsonNode condition) {
    if (!condition.isObject()) {
      return false;
    }
    for (JsonNode operator : condition) {
      if (!operator.isObject()) {
        return false;
      }
      for (JsonNode value : operator) {
        if (!(value.isValueNode() || value.isArray())) {
          return false;
        }
      }
    }
    return true;
  }

  private static CloudException malformed(String awsMessage, int statement, String detail) {
    return AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(
        awsMessage + " (Statement[" + statement + "]: " + detail + ")");
  }
}
