package io.hyperpod.prereqs.internal.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.policy.ConditionEntry;
import io.hyperpod.prereqs.policy.Effect;
import io.hyperpod.prereqs.policy.ImmutablePolicyDocument;
import io.hyperpod.prereqs.policy.ImmutablePolicyStatement;
import io.hyperpod.prereqs.policy.MatchElement;
import io.hyperpod.prereqs.policy.PolicyDocument;
import io.hyperpod.prereqs.policy.PolicyParseException;
import io.hyperpod.prereqs.policy.PolicyStatement;
import io.hyperpod.prereqs.policy.PrincipalElement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns policy JSON into a {@link PolicyDocument}, checking the IAM policy grammar. */
public final class PolicyParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_ELEMENTS =
      Set.of(
          "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal",
          "NotPrincipal", "Condition");

  private PolicyParser() {}

  /** Parses a document; see {@link PolicyDocument#parse(String)}. */
  public static PolicyDocument parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new PolicyParseException(
          "document", "not valid JSON (" + e.getOriginalMessage() + "); fix the JSON syntax", e);
    }
    if (root == null || !root.isObject()) {
      throw new PolicyParseException(
          "document", "expected a JSON object with Version and Statement, got " + describe(root));
    }
    String version = parseVersion(root.get("Version"));
    List<String> unknownTopLevel = new ArrayList<>();
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!DOCUMENT_ELEMENTS.contains(name)) {
                unknownTopLevel.add("document element " + name);
              }
            });
    JsonNode statementNode = root.get("Statement");
    if (statementNode == null) {
      throw new PolicyParseException(
          "Statement", "missing; add a Statement object or array of statements");
    }
    List<JsonNode> statementNodes = new ArrayList<>();
    if (statementNode.isArray()) {
      statementNode.forEach(statementNodes::add);
    } else if (statementNode.isObject()) {
      statementNodes.add(statementNode);
    } else {
      throw new PolicyParseException(
          "Statement", "expected an object or an array of objects, got " + describe(statementNode));
    }
    ImmutablePolicyDocument.Builder doc = PolicyDocument.builder().version(version);
    Optional.ofNullable(root.get("Id")).map(id -> text(id, "Id")).ifPresent(doc::id);
    for (int i = 0; i < statementNodes.size(); i++) {
      doc.addStatement(parseStatement(statementNodes.get(i), i, unknownTopLevel));
    }
    return doc.build();
  }

  private static String parseVersion(JsonNode node) {
    if (node == null) {
      return PolicyDocument.VERSION_2008;
    }
    String version = text(node, "Version");
    if (!version.equals(PolicyDocument.VERSION_2012) && !version.equals(PolicyDocument.VERSION_2008)) {
      throw new PolicyParseException(
          "Version",
          "unknown version '" + version + "'; use \"" + PolicyDocument.VERSION_2012 + "\"");
    }
    return version;
  }

  private static PolicyStatement parseStatement(JsonNode node, int index, List<String> inherited) {
    String path = "Statement[" + index + "]";
    if (!node.isObject()) {
      throw new PolicyParseException(path, "expected an object, got " + describe(node));
    }
    ImmutablePolicyStatement.Builder statement =
        PolicyStatement.builder().index(index).addAllUnsupportedElements(inherited);
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!STATEMENT_ELEMENTS.contains(name)) {
                statement.addUnsupportedElement(name);
              }
            });
    Optional.ofNullable(node.get("Sid")).map(s -> text(s, path + ".Sid")).ifPresent(statement::sid);
    statement.effect(parseEffect(node.get("Effect"), path + ".Effect"));
    statement.action(
        pair(node, "Action", "NotAction", path)
            .orElseThrow(
                () ->
                    new PolicyParseException(
                        path, "has neither Action nor NotAction; add the actions it covers")));
    pair(node, "Resource", "NotResource", path).ifPresent(statement::resource);
    parsePrincipal(node, path).ifPresent(statement::principal);
    JsonNode condition = node.get("Condition");
    if (condition != null) {
      statement.addAllConditions(parseCondition(condition, path + ".Condition"));
    }
    return statement.build();
  }

  private static Effect parseEffect(JsonNode node, String path) {
    if (node == null) {
      throw new PolicyParseException(path, "missing; add \"Effect\": \"Allow\" or \"Deny\"");
    }
    String effect = text(node, path);
    for (Effect e : Effect.values()) {
      if (e.jsonName().equals(effect)) {
        return e;
      }
    }
    throw new PolicyParseException(
        path, "'" + effect + "' is not an effect; use \"Allow\" or \"Deny\" (case-sensitive)");
  }

  /** Reads {@code name} or {@code notName} (not both) as a string or an array of strings. */
  private static Optional<MatchElement> pair(
      JsonNode statement, String name, String notName, String path) {
    JsonNode positive = statement.get(name);
    JsonNode negative = statement.get(notName);
    if (positive != null && negative != null) {
      throw new PolicyParseException(
          path, "has both " + name + " and " + notName + "; keep only one of them");
    }
    String used = positive != null ? name : notName;
    JsonNode node = positive != null ? positive : negative;
    if (node == null) {
      return Optional.empty();
    }
    List<String> values = stringOrArray(node, path + "." + used);
    if (values.isEmpty()) {
      throw new PolicyParseException(path + "." + used, "is empty; list at least one value");
    }
    if (used.endsWith("Action")) {
      for (String action : values) {
        if (!action.equals("*") && action.indexOf(':') <= 0) {
          throw new PolicyParseException(
              path + "." + used,
              "'" + action + "' is not an action; write service:Action (e.g. s3:GetObject) or *");
        }
      }
    }
    return Optional.of(MatchElement.of(used, values));
  }

  private static Optional<PrincipalElement> parsePrincipal(JsonNode statement, String path) {
    JsonNode positive = statement.get("Principal");
    JsonNode negative = statement.get("NotPrincipal");
    if (positive != null && negative != null) {
      throw new PolicyParseException(
          path, "has both Principal and NotPrincipal; keep only one of them");
    }
    boolean negated = positive == null;
    JsonNode node = negated ? negative : positive;
    if (node == null) {
      return Optional.empty();
    }
    String elementPath = path + (negated ? ".NotPrincipal" : ".Principal");
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (node.isTextual() && node.asText().equals("*")) {
      values.put("*", List.of("*"));
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        values.put(
            field.getKey(), stringOrArray(field.getValue(), elementPath + "." + field.getKey()));
      }
      if (values.isEmpty()) {
        throw new PolicyParseException(
            elementPath, "is an empty object; name AWS, Service or Federated principals, or \"*\"");
      }
    } else {
      throw new PolicyParseException(
          elementPath,
          "expected \"*\" or an object such as {\"Service\": \"sagemaker.amazonaws.com\"}, got "
              + describe(node));
    }
    return Optional.of(PrincipalElement.of(negated, values));
  }

  private static List<ConditionEntry> parseCondition(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new PolicyParseException(
          path,
          "expected an object of operator to {key: value}, e.g. "
              + "{\"StringEquals\": {\"aws:SourceVpce\": \"vpce-1\"}}, got "
              + describe(node));
    }
    List<ConditionEntry> entries = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> operators = node.fields();
    while (operators.hasNext()) {
      Map.Entry<String, JsonNode> operator = operators.next();
      String operatorPath = path + "." + operator.getKey();
      if (!operator.getValue().isObject()) {
        throw new PolicyParseException(
            operatorPath, "expected an object of condition key to value(s), got "
                + describe(operator.getValue()));
      }
      Iterator<Map.Entry<String, JsonNode>> keys = operator.getValue().fields();
      while (keys.hasNext()) {
        Map.Entry<String, JsonNode> key = keys.next();
        List<String> values = stringOrArray(key.getValue(), operatorPath + "." + key.getKey());
        entries.add(ConditionEntry.of(operator.getKey(), key.getKey(), values));
      }
    }
    return entries;
  }

  /** A string, number or boolean, or an array of them, as strings. */
  private static List<String> stringOrArray(JsonNode node, String path) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        values.add(scalar(item, path));
      }
    } else {
      values.add(scalar(node, path));
    }
    return values;
  }

  private static String scalar(JsonNode node, String path) {
    if (node.isTextual() || node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    throw new PolicyParseException(
        path, "expected a string or an array of strings, got " + describe(node));
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new PolicyParseException(path, "expected a string, got " + describe(node));
    }
    return node.asText();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
        + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
  }
}
