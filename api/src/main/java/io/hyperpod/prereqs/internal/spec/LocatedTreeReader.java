package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.spec.SpecProblem;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML or JSON tokens into a tree, noting the line of every path and reporting keys that
 * appear twice in one mapping (YAML and JSON parsers would keep only the last).
 */
final class LocatedTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final JsonParser parser;
  private final List<SpecProblem> problems;
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();

  private LocatedTreeReader(JsonParser parser, List<SpecProblem> problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * The tree of the first document, or {@code null} when the text holds none; syntax errors come
   * out as the parser's exception, duplicate keys and extra documents in {@code problems}.
   */
  static LocatedTree read(JsonParser parser, List<SpecProblem> problems) throws IOException {
    LocatedTreeReader reader = new LocatedTreeReader(parser, problems);
    if (parser.nextToken() == null) {
      return null;
    }
    JsonNode root = reader.readValue(SpecPath.ROOT);
    if (parser.nextToken() != null) {
      problems.add(
          SpecProblem.builder()
              .path("(document)")
              .message("the file holds more than one document")
              .fix("keep one spec per file; remove everything from the second '---' on.")
              .line(reader.line())
              .build());
    }
    return new LocatedTree(root, reader.lines, reader.sources);
  }

  private JsonNode readValue(String path) throws IOException {
    lines.putIfAbsent(path, line());
    JsonToken token = parser.currentToken();
    if (token.isNumeric() || token.isBoolean()) {
      sources.put(path, parser.getText());
    }
    switch (token) {
      case START_OBJECT:
        return readObject(path);
      case START_ARRAY:
        return readArray(path);
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return NODES.textNode(parser.getText());
    }
  }

  private ObjectNode readObject(String path) throws IOException {
    ObjectNode object = NODES.objectNode();
    Map<String, Integer> keyLines = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String childPath = SpecPath.child(path, name);
      int keyLine = line();
      Integer firstLine = keyLines.putIfAbsent(name, keyLine);
      if (firstLine != null) {
        problems.add(
            SpecProblem.builder()
                .path(childPath)
                .message("appears twice in the same mapping (first on line " + firstLine + ")")
                .fix("keep one " + name + " key; the second would silently replace the first.")
                .line(keyLine)
                .build());
      } else {
        lines.put(childPath, keyLine);
      }
      parser.nextToken();
      JsonNode value = readValue(childPath);
      if (firstLine == null) {
        object.set(name, value);
      }
    }
    return object;
  }

  private ArrayNode readArray(String path) throws IOException {
    ArrayNode array = NODES.arrayNode();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(readValue(SpecPath.index(path, index++)));
    }
    return array;
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }
}
