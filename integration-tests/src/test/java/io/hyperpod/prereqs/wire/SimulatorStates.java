package io.hyperpod.prereqs.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A simulator's state for comparison: the state tree only (no clock or generator positions), with
 * generated ids, tokens, mount names and timestamps replaced by placeholders, maps keyed by ids
 * turned into lists, and every list sorted, so that two simulators that did the
 * same things in another order (apply is parallel, and the simulated clock moves while it waits
 * for a file system) or with other ids compare equal.
 */
final class SimulatorStates {
  /** A UUID, as KMS key ids are. */
  static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** KMS key ids (first: a UUID may look like a prefixed id), IAM unique ids, EC2/FSx hex ids. */
  static final Pattern GENERATED_ID =
      Pattern.compile(
          "\\b(?:" + UUID + "|(AIDA|AROA|ANPA|AGPA|AIPA)[A-Z0-9]{17}"
              + "|([a-z]+(?:-[a-z]+)*)-[0-9a-f]{8,17}"
              + "|()[0-9a-f]{32}"
              + "|()\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z)\\b");

  /** Fields whose values the simulator draws at random. */
  static final java.util.Set<String> GENERATED_FIELDS =
      java.util.Set.of("mountName", "caseId", "fsx_mountname", "macAddress");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SimulatorStates() {}

  static Object normalized(AwsSimulator simulator) {
    try {
      return normalize(JSON.readTree(simulator.toJson()).get("state"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where two normalized states differ: paths with both values, at most {@code max}. */
  static List<String> differences(Object a, Object b, int max) {
    List<String> out = new ArrayList<>();
    diff("", a, b, out, max);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void diff(String path, Object a, Object b, List<String> out, int max) {
    if (out.size() >= max || java.util.Objects.equals(a, b)) {
      return;
    }
    if (a instanceof Map && b instanceof Map) {
      java.util.Set<String> keys = new java.util.TreeSet<>(((Map<String, Object>) a).keySet());
      keys.addAll(((Map<String, Object>) b).keySet());
      for (String key : keys) {
        diff(path + "/" + key, ((Map<String, Object>) a).get(key),
            ((Map<String, Object>) b).get(key), out, max);
      }
      return;
    }
    if (a instanceof List && b instanceof List && ((List<?>) a).size() == ((List<?>) b).size()) {
      for (int i = 0; i < ((List<?>) a).size(); i++) {
        diff(path + "[" + i + "]", ((List<?>) a).get(i), ((List<?>) b).get(i), out, max);
      }
      return;
    }
    out.add(path + ": " + abbreviate(a) + " <> " + abbreviate(b));
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static Object normalize(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> fields = new TreeMap<>();
      List<Object> byId = new ArrayList<>();
      node.fields()
          .forEachRemaining(
              f -> {
                String key = maskIds(f.getKey());
                Object value =
                    GENERATED_FIELDS.contains(f.getKey()) && f.getValue().isTextual()
                        ? "<generated>"
                        : f.getKey().equals("content") && f.getValue().isTextual()
                            ? content(f.getValue().asText())
                            : normalize(f.getValue());
                if (key.equals(f.getKey())) {
                  fields.put(key, value);
                } else {
                  byId.add(List.of(key, value));
                }
              });
      if (!byId.isEmpty()) {
        byId.sort((a, b) -> a.toString().compareTo(b.toString()));
        fields.put("<entries keyed by generated ids>", byId);
      }
      return fields;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(normalize(item)));
      items.sort((a, b) -> a.toString().compareTo(b.toString()));
      return items;
    }
    if (node.isTextual()) {
      return maskIds(node.asText());
    }
    return node.isNull() ? "null" : node.toString();
  }

  /** An S3 object's bytes (base64 in the state): its JSON or text, normalized, when it is text. */
  private static Object content(String base64) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(base64)))
              .toString();
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      return base64;
    }
    try {
      JsonNode json = JSON.readTree(text);
      if (json != null && json.isContainerNode()) {
        return normalize(json);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // not JSON: compared as text
    }
    return maskIds(text);
  }

  private static String maskIds(String text) {
    return GENERATED_ID.matcher(text)
        .replaceAll(
            m ->
                m.group().matches(UUID)
                    ? "<uuid>"
                    : m.group(1) != null
                    ? m.group(1) + "-id"
                    : m.group(2) != null ? m.group(2) + "-id" : m.group(3) != null ? "<hex>" : "<time>");
  }
}
