package io.hyperpod.prereqs.simulator.internal.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.PolicyJson;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM's grammar of policy documents, checked in IAM's order with IAM's messages (each failure a
 * MalformedPolicyDocument whose message is AWS's text; where in the document the simulator found
 * the problem goes into its reason): syntax, version, legacy parsing (Effect, dates, resource
 * shapes), unique Sids, actions present, resource ARN formats, action vendors, then what identity
 * policies and trust policies each require.
 */
final class PolicyGrammar {
  static final String SYNTAX = "Syntax errors in policy.";
  static final String INVALID_JSON = "This policy contains invalid Json";
  static final String VERSION = "Policy document must be version 2012-10-17 or greater.";
  static final String LEGACY = "The policy failed legacy parsing";

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
  private static final Set<String> CONDITION_OPERATORS =
      Set.of(
          "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
          "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
          "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
          "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan",
          "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool",
          "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals",
          "ArnNotLike", "Null");
  private static final Set<String> PARTITIONS =
      Set.of(
          "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f",
          "aws-eusc");
  private static final List<String> IAM_RESOURCE_TYPES =
      List.of(
          "user/", "federated-user/", "role/", "group/", "instance-profile/", "mfa/",
          "server-certificate/", "policy/", "sms-mfa/", "saml-provider/", "oidc-provider/",
          "report/", "access-report/");
  private static final Pattern VENDOR = Pattern.compile("[A-Za-z0-9.-]+");
  private static final Pattern DATE =
      Pattern.compile(
          "-?\\d{1,9}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?"
              + "(t([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?)?(z|[+-]\\d{2}(:?\\d{2})?)?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{1,19}");

  private PolicyGrammar() {}

  /** The parsed document, or AWS's refusal of a text that is no JSON object. */
  static JsonNode parse(String document, boolean trust) {
    return PolicyJson.parseObject(document)
        .orElseThrow(
            () -> malformed(trust ? INVALID_JSON : SYNTAX, "the document is no JSON object"));
  }

  static void check(JsonNode policy, boolean trust) {
    List<JsonNode> statements = syntax(policy);
    version(policy, trust);
    for (int i = 0; i < statements.size(); i++) {
      legacy(statements.get(i), i);
    }
    Set<String> sids = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      JsonNode sid = statements.get(i).get("Sid");
      if (sid != null && !sid.asText().isEmpty() && !sids.add(sid.asText())) {
        throw malformed(
            "Statement IDs (SID) in a single policy must be unique.", at(i, "Sid " + sid));
      }
    }
    for (int i = 0; i < statements.size(); i++) {
      JsonNode s = statements.get(i);
      if (actions(s).isEmpty()) {
        throw malformed("Policy statement must contain actions.", at(i, "add Action"));
      }
    }
    for (int i = 0; i < statements.size(); i++) {
      for (String element : List.of("Resource", "NotResource")) {
        for (String resource : strings(statements.get(i), element)) {
          String problem = resourceProblem(resource);
          if (problem != null) {
            throw malformed(problem, at(i, element + " " + resource));
          }
        }
      }
    }
    for (int i = 0; i < statements.size(); i++) {
      for (String action : actions(statements.get(i))) {
        actionVendor(action, i);
      }
    }
    for (int i = 0; i < statements.size(); i++) {
      JsonNode s = statements.get(i);
      if (trust) {
        trustStatement(s, i);
      } else {
        identityStatement(s, i);
      }
    }
  }

  private static List<JsonNode> syntax(JsonNode policy) {
    for (Iterator<String> it = policy.fieldNames(); it.hasNext(); ) {
      String element = it.next();
      if (!TOP_ELEMENTS.contains(element)) {
        throw malformed(SYNTAX, "unknown element " + element + "; a policy has Version, Id and"
            + " Statement");
      }
    }
    if (policy.has("Id") && !policy.get("Id").isTextual()) {
      throw malformed(SYNTAX, "Id must be a string, was " + policy.get("Id"));
    }
    if (policy.has("Version") && !policy.get("Version").isTextual()) {
      throw malformed(SYNTAX, "Version must be a string, was " + policy.get("Version"));
    }
    JsonNode statement = policy.get("Statement");
    List<JsonNode> statements = PolicyJson.statements(policy);
    if (statement == null || statements.isEmpty() && !statement.isArray()) {
      throw malformed(SYNTAX, "Statement must be an object or a list of objects");
    }
    for (int i = 0; i < statements.size(); i++) {
      statementSyntax(statements.get(i), i);
    }
    return statements;
  }

  private static void statementSyntax(JsonNode s, int i) {
    if (!s.isObject()) {
      throw malformed(SYNTAX, at(i, "a statement must be an object"));
    }
    for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
      String element = it.next();
      if (!STATEMENT_ELEMENTS.contains(element)) {
        throw malformed(SYNTAX, at(i, "unknown element " + element));
      }
    }
    if (!s.has("Effect") || !s.get("Effect").isTextual()) {
      throw malformed(SYNTAX, at(i, "Effect must be \"Allow\" or \"Deny\""));
    }
    if (s.has("Action") && s.has("NotAction") || s.has("Resource") && s.has("NotResource")) {
      throw malformed(SYNTAX, at(i, "use either Action or NotAction, Resource or NotResource"));
    }
    for (String element : List.of("Action", "NotAction", "Resource", "NotResource")) {
      if (PolicyJson.strings(s, element) == null) {
        throw malformed(SYNTAX, at(i, element + " must be a string or a list of strings"));
      }
    }
    if (s.has("Sid") && !s.get("Sid").isTextual()) {
      throw malformed(SYNTAX, at(i, "Sid must be a string"));
    }
    JsonNode condition = s.get("Condition");
    if (condition != null) {
      conditionSyntax(condition, i);
    }
  }

  private static void conditionSyntax(JsonNode condition, int i) {
    if (!condition.isObject()) {
      throw malformed(SYNTAX, at(i, "Condition must map operators to {key: values}"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> operator = it.next();
      if (!operator.getValue().isObject()) {
        throw malformed(SYNTAX, at(i, "Condition " + operator.getKey() + " must be an object"));
      }
      for (JsonNode value : operator.getValue()) {
        if (!(value.isTextual() || value.isBoolean() || value.isArray() || value.isNumber())) {
          throw malformed(SYNTAX, at(i, "Condition values are strings, booleans or lists"));
        }
      }
      if (!CONDITION_OPERATORS.contains(operator(operator.getKey()))
          && operator.getValue().size() > 0) {
        throw malformed(SYNTAX, at(i, "unknown condition operator " + operator.getKey()));
      }
    }
  }

  /** The operator without its ForAnyValue:/ForAllValues: prefix and IfExists suffix. */
  private static String operator(String name) {
    String bare = name;
    for (String prefix : List.of("ForAnyValue:", "ForAllValues:")) {
      if (bare.startsWith(prefix)) {
        bare = bare.substring(prefix.length());
        break;
      }
    }
    return bare.endsWith("IfExists") ? bare.substring(0, bare.length() - 8) : bare;
  }

  private static void version(JsonNode policy, boolean trust) {
    JsonNode version = policy.get("Version");
    String value = version == null ? null : version.asText();
    boolean known = "2012-10-17".equals(value) || trust && "2008-10-17".equals(value);
    if (value != null && !known || !trust && value == null) {
      throw malformed(VERSION, "Version " + version + "; use \"2012-10-17\"");
    }
  }

  private static void legacy(JsonNode s, int i) {
    String effect = s.get("Effect").asText();
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      throw malformed(LEGACY, at(i, "Effect must be \"Allow\" or \"Deny\", was \"" + effect + "\""));
    }
    JsonNode condition = s.get("Condition");
    if (condition != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> operator = it.next();
        if (operator(operator.getKey()).startsWith("Date")) {
          for (JsonNode value : operator.getValue()) {
            for (JsonNode date : value.isArray() ? value : List.of(value)) {
              if (!validDate(date.asText())) {
                throw malformed(LEGACY, at(i, "date '" + date.asText() + "' of " + operator.getKey()));
              }
            }
          }
        }
      }
    }
    for (String element : List.of("Resource", "NotResource")) {
      for (String resource : strings(s, element)) {
        if (!resource.equals("*") && !legacyResource(resource)) {
          throw malformed(LEGACY, at(i, element + " " + resource));
        }
      }
    }
  }

  private static boolean validDate(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("t") || lower.contains("-")
        ? DATE.matcher(lower).matches()
        : EPOCH.matcher(lower).matches();
  }

  private static boolean legacyResource(String resource) {
    long colons = resource.chars().filter(c -> c == ':').count();
    if (colons < 5 && resource.contains("::")) {
      return false;
    }
    String[] parts = resource.split(":", -1);
    return parts.length < 3 || !parts[2].isEmpty();
  }

  /** AWS's message for a Resource that is no valid ARN (or "*"), null when it is valid. */
  static String resourceProblem(String resource) {
    if (resource.equals("*")) {
      return null;
    }
    String[] parts = resource.split(":", -1);
    if (parts.length < 2) {
      return "Resource " + resource + " must be in ARN format or \"*\".";
    }
    String partition = parts[1];
    if (!partition.equals("*") && !PARTITIONS.contains(partition)) {
      List<String> rest = List.of(parts).subList(2, parts.length);
      String service = rest.isEmpty() || rest.get(0).isEmpty() && rest.size() == 1 ? "*" : rest.get(0);
      return "Partition \"" + partition + "\" is not valid for resource \"arn:" + partition + ":"
          + service + ":" + (rest.size() > 1 ? rest.get(1) : "*") + ":"
          + (rest.size() > 2 ? rest.get(2) : "*") + ":"
          + (rest.size() > 3 ? String.join(":", rest.subList(3, rest.size())) : "*") + "\".";
    }
    if (parts.length < 3) {
      return "Resource vendor must be fully qualified and cannot contain regexes.";
    }
    String service = parts[2];
    boolean region = parts.length <= 3 || !parts[3].isEmpty();
    String id = parts.length > 5 ? String.join(":", List.of(parts).subList(5, parts.length)) : "";
    if (service.equals("iam") && region) {
      return "IAM resource " + resource + " cannot contain region information.";
    }
    if (service.equals("s3") && region && !id.startsWith("accesspoint/")) {
      return "Resource " + resource + " can not contain region information.";
    }
    if (service.equals("iam")
        && !id.equals("*")
        && IAM_RESOURCE_TYPES.stream().noneMatch(id::startsWith)) {
      return "IAM resource path must either be \"*\" or start with "
          + String.join(", ", IAM_RESOURCE_TYPES) + ".";
    }
    return null;
  }

  private static void actionVendor(String action, int i) {
    if (action.equals("*")) {
      return;
    }
    String[] parts = action.split(":", -1);
    if (parts.length == 1 || parts[0].isEmpty()) {
      throw malformed(
          "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
          at(i, "action '" + action + "'"));
    }
    if (parts.length > 2) {
      throw malformed("Actions/Condition can contain only one colon.", at(i, action));
    }
    if (!VENDOR.matcher(parts[0]).matches()) {
      throw malformed("Vendor " + parts[0] + " is not valid", at(i, action));
    }
  }

  private static void identityStatement(JsonNode s, int i) {
    if (s.has("Principal") || s.has("NotPrincipal")) {
      throw malformed("Policy document should not specify a principal.", at(i, "remove Principal"));
    }
    if (strings(s, "Resource").isEmpty() && strings(s, "NotResource").isEmpty()) {
      throw malformed("Policy statement must contain resources.", at(i, "add Resource"));
    }
  }

  private static void trustStatement(JsonNode s, int i) {
    for (String action : actions(s)) {
      if (!action.startsWith("sts:") && !action.equals("*") && !s.has("NotAction")) {
        throw malformed(
            "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML, "
                + " and sts:AssumeRoleWithWebIdentity",
            at(i, "action " + action));
      }
    }
    if (s.has("Resource") || s.has("NotResource")) {
      throw malformed("Has prohibited field Resource.", at(i, "a trust policy names no resources"));
    }
    if (!s.has("Principal") && !s.has("NotPrincipal")) {
      throw malformed(
          "Missing required field Principal.",
          at(i, "say who may assume the role, e.g. {\"Service\": \"sagemaker.amazonaws.com\"}"));
    }
  }

  private static List<String> actions(JsonNode s) {
    return strings(s, s.has("Action") ? "Action" : "NotAction");
  }

  private static List<String> strings(JsonNode s, String element) {
    List<String> values = PolicyJson.strings(s, element);
    return values == null ? List.of() : values;
  }

  private static String at(int statement, String detail) {
    return "Statement[" + statement + "]: " + detail;
  }

  static CloudException malformed(String awsMessage, String reason) {
    return AwsError.IAM_MALFORMED_POLICY_DOCUMENT.exception(awsMessage, reason);
  }
}
