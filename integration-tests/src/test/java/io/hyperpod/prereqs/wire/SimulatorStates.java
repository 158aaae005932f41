package io.hyperpod.prereqs.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A simulator's state for comparison: the state tree only (no clock or generator positions), with
 * generated ids replaced by placeholders and lists of plain values sorted, so that two simulators
 * that did the same things in another order or with other ids compare equal.
 */
final class SimulatorStates {
  /** IAM unique ids and the hex ids of EC2, FSx and friends. */
  static final Pattern GENERATED_ID =
      Pattern.compile(
          "\\b(?:(AIDA|AROA|ANPA|AGPA|AIPA)[A-Z0-9]{17}|(vpc|subnet|sg|sgr|rtb|vpce|fs|eni|igw|acl|pl)-[0-9a-f]{8,17})\\b");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SimulatorStates() {}

  static Object normalized(AwsSimulator simulator) {
    try {
      return normalize(JSON.readTree(simulator.toJson()).get("state"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object normalize(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> fields = new TreeMap<>();
      node.fields()
          .forEachRemaining(f -> fields.put(maskIds(f.getKey()), normalize(f.getValue())));
      return fields;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(normalize(item)));
      if (items.stream().allMatch(i -> i instanceof String)) {
        items.sort((a, b) -> ((String) a).compareTo((String) b));
      }
      return items;
    }
    if (node.isTextual()) {
      return maskIds(node.asText());
    }
    return node.isNull() ? "null" : node.toString();
  }

  private static String maskIds(String text) {
    return GENERATED_ID.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) + "-id"
        : m.group(2) + "-id");
  }
}
