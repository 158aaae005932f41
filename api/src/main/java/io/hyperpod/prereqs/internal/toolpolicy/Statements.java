package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.internal.json.Json;
import java.util.Collection;
import java.util.List;

/** Building blocks of the tool policy's statements. */
final class Statements {
  private Statements() {}

  static ObjectNode allow(String sid, Collection<String> actions, Collection<String> resources) {
    return StackPolicyDocuments.statement(sid, actions, resources);
  }

  /** Adds {@code operator: {key: [values]}} to the statement's Condition. */
  static ObjectNode when(
      ObjectNode statement, String operator, String key, Collection<String> values) {
    ObjectNode condition =
        statement.has("Condition")
            ? (ObjectNode) statement.get("Condition")
            : statement.putObject("Condition");
    ObjectNode byKey =
        condition.has(operator) ? (ObjectNode) condition.get(operator) : condition.putObject(operator);
    ArrayNode list = Json.array();
    values.forEach(list::add);
    byKey.set(key, list);
    return statement;
  }

  /** Only on resources that carry the stack tag: what this stack created. */
  static ObjectNode taggedWithStack(ObjectNode statement, String stack) {
    return when(
        statement,
        "StringEquals",
        "aws:ResourceTag/" + HyperPodPrerequisites.STACK_TAG,
        List.of(stack));
  }
}
