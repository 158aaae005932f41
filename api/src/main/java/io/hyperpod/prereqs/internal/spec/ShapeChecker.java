package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.spec.SpecShape.EnumType;
import io.hyperpod.prereqs.internal.spec.SpecShape.ListType;
import io.hyperpod.prereqs.internal.spec.SpecShape.MapType;
import io.hyperpod.prereqs.internal.spec.SpecShape.ObjectType;
import io.hyperpod.prereqs.internal.spec.SpecShape.Property;
import io.hyperpod.prereqs.internal.spec.SpecShape.Scalar;
import io.hyperpod.prereqs.internal.spec.SpecShape.ValueType;
import io.hyperpod.prereqs.spec.SpecProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Walks a whole spec tree against the {@link SpecShape} of the model and reports every unknown key
 * (with the nearest known one), wrong type and missing key, all at once.
 *
 * <p>It also leaves a tree that can still be bound, so that the semantic rules can run on the rest
 * of the file: unknown keys and wrong optional values are dropped, and a misspelt key whose
 * suggestion is absent stands in for it ({@code osuser: alice} is read as {@code osUser}). The tree
 * cannot be bound when a required value or a list item is missing or wrong (binding would move or
 * lose paths, so the rules would report them under the wrong names).
 */
final class ShapeChecker {
  private final LocatedTree tree;
  private final List<SpecProblem> problems = new ArrayList<>();
  private final Map<String, Integer> standInLines = new HashMap<>();
  private boolean bindable = true;

  /**
   * The outcome: the problems, the tree to bind, whether it can be bound, and the lines of keys
   * that stand in for misspelt ones.
   */
  record Result(
      List<SpecProblem> problems,
      JsonNode accepted,
      boolean bindable,
      Map<String, Integer> standInLines) {}

  private ShapeChecker(LocatedTree tree) {
    this.tree = tree;
  }

  static Result check(LocatedTree tree) {
    ShapeChecker checker = new ShapeChecker(tree);
    JsonNode accepted = tree.root().deepCopy();
    if (!checker.checkValue(accepted, new ObjectType(SpecShape.root()), SpecPath.ROOT)) {
      checker.bindable = false;
    } else if (!accepted.has("apiVersion")) {
      checker.missing(SpecPath.ROOT, "apiVersion", HyperPodPrerequisites.API_VERSION);
    }
    return new Result(
        List.copyOf(checker.problems), accepted, checker.bindable, checker.standInLines);
  }

  /** Whether {@code node} has the type; reports what is wrong inside it and removes that. */
  private boolean checkValue(JsonNode node, ValueType type, String path) {
    if (type instanceof Scalar scalar) {
      return checkScalar(node, scalar, path);
    }
    if (type instanceof EnumType words) {
      return checkWord(node, words, path);
    }
    if (!(type instanceof ListType ? node.isArray() : node.isObject())) {
      return wrongType(node, type, path);
    }
    if (type instanceof ObjectType object) {
      checkObject((ObjectNode) node, object.shape(), path);
    } else if (type instanceof ListType list) {
      checkList((ArrayNode) node, list.element(), path);
    } else {
      ValueType valueType = ((MapType) type).value();
      Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        if (!checkValue(entry.getValue(), valueType, SpecPath.child(path, entry.getKey()))) {
          entries.remove();
        }
      }
    }
    return true;
  }

  private void checkObject(ObjectNode node, SpecShape shape, String path) {
    Map<String, JsonNode> standIns = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String key = entry.getKey();
      Optional<Property> property = shape.property(key);
      if (property.isEmpty()) {
        unknownKey(key, SpecPath.child(path, key), shape)
            .filter(known -> !node.has(known) && !standIns.containsKey(known))
            .ifPresent(
                known -> {
                  standIns.put(known, entry.getValue());
                  standInLines.put(
                      SpecPath.child(path, known), tree.lines().get(SpecPath.child(path, key)));
                });
        entries.remove();
      } else if (!accept(entry.getValue(), property.get(), SpecPath.child(path, key))) {
        entries.remove();
      }
    }
    standIns.forEach(
        (known, value) -> {
          if (accept(value, shape.property(known).orElseThrow(), SpecPath.child(path, known))) {
            node.set(known, value);
          }
        });
    for (Property property : shape.properties()) {
      String propertyPath = SpecPath.child(path, property.name());
      if (property.required() && !node.has(property.name())) {
        if (!tree.lines().containsKey(propertyPath) && !standIns.containsKey(property.name())) {
          missing(path, property.name(), example(property));
        }
        bindable = false;
      }
    }
  }

  /** Whether the value of a known key can stay; a wrong required one makes the tree unbindable. */
  private boolean accept(JsonNode value, Property property, String path) {
    if (value.isNull()) {
      if (property.required()) {
        problem(
            path,
            null,
            "has no value",
            "give " + property.name() + " " + property.type().describe() + ".");
      }
      return false;
    }
    return checkValue(value, property.type(), path);
  }

  private void checkList(ArrayNode list, ValueType element, String path) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String itemPath = SpecPath.index(path, i);
      if (item.isNull()) {
        problem(itemPath, null, "is an empty list item", "remove the lone '-' or give the item.");
        bindable = false;
      } else if (!checkValue(item, element, itemPath)) {
        bindable = false;
      }
    }
  }

  private boolean checkScalar(JsonNode node, Scalar scalar, String path) {
    switch (scalar) {
      case TEXT:
        if (node.isTextual()) {
          return true;
        }
        if (node.isValueNode()) {
          String written = tree.source(path, node);
          problem(
              path,
              written,
              "is " + kindOf(node) + ", but text is expected here",
              "put the value in quotes: \"" + written + "\".");
          return false;
        }
        return wrongType(node, scalar, path);
      case INT:
      case LONG:
        if (node.isIntegralNumber()) {
          if (scalar == Scalar.INT ? node.canConvertToInt() : node.canConvertToLong()) {
            return true;
          }
          problem(
              path,
              tree.source(path, node),
              "is too large a number",
              "use a smaller whole number.");
          return false;
        }
        if (node.isNumber()) {
          problem(
              path,
              tree.source(path, node),
              "is not a whole number",
              "write a whole number, without a fraction.");
          return false;
        }
        return wrongType(node, scalar, path);
      default:
        return node.isBoolean() || wrongType(node, scalar, path);
    }
  }

  /** A word of a closed set, written exactly; a near miss names the word meant. */
  private boolean checkWord(JsonNode node, EnumType words, String path) {
    if (node.isTextual() && words.constants().containsKey(node.asText())) {
      return true;
    }
    if (!node.isValueNode()) {
      return wrongType(node, words, path);
    }
    String written = tree.source(path, node);
    Optional<String> exact =
        words.constants().keySet().stream().filter(w -> w.equalsIgnoreCase(node.asText())).findFirst();
    Optional<String> near =
        exact.or(
            () ->
                NameSuggester.closest(
                    node.asText(), List.copyOf(words.constants().keySet()), NameSuggester.toleranceFor(node.asText())));
    problem(
        path,
        written,
        "is not " + words.describe() + near.map(n -> "; did you mean " + n + "?").orElse(""),
        near.map(n -> "write " + n + ".").orElse("use " + words.describe() + "."));
    return false;
  }

  private boolean wrongType(JsonNode node, ValueType expected, String path) {
    String value = node.isValueNode() ? tree.source(path, node) : null;
    String fix = "write " + expected.describe() + " here";
    if (node.isTextual() && expected instanceof Scalar) {
      fix = "write " + expected.describe() + ", without quotes";
    }
    problem(
        path,
        value,
        "is " + kindOf(node) + ", but " + expected.describe() + " is expected here",
        fix + ".");
    return false;
  }

  /** Reports an unknown key; returns the known key it is probably a misspelling of. */
  private Optional<String> unknownKey(String key, String path, SpecShape shape) {
    Optional<String> near =
        NameSuggester.closest(key, shape.keys(), NameSuggester.toleranceFor(key));
    if (near.isPresent()) {
      problem(
          path,
          null,
          "is not a known key; did you mean " + near.get() + "?",
          "rename it to " + near.get() + ".");
    } else {
      String parent = SpecPath.parent(path);
      String where = parent.isEmpty() ? "at the top level" : "in " + parent;
      problem(
          path,
          null,
          "is not a known key",
          "remove it; the keys "
              + where
              + " are "
              + shape.keys().stream().collect(Collectors.joining(", "))
              + ".");
    }
    return near;
  }

  /** A missing key has no line of its own: it takes its mapping's, unless that is the file. */
  private void missing(String parent, String key, String example) {
    SpecProblem problem =
        SpecProblem.of(
            SpecPath.child(parent, key), null, "is missing", "add " + key + ": " + example + ".");
    Optional<Integer> line = parent.isEmpty() ? Optional.empty() : tree.lineOf(parent);
    problems.add(SpecProblem.builder().from(problem).line(line).build());
    bindable = false;
  }

  private void problem(String path, String value, String message, String fix) {
    SpecProblem problem = SpecProblem.of(SpecPath.display(path), value, message, fix);
    problems.add(SpecProblem.builder().from(problem).line(tree.lineOf(path)).build());
  }

  private static String kindOf(JsonNode node) {
    if (node.isTextual()) {
      return "text";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isObject() ? "a mapping" : "empty";
  }

  private static String example(Property property) {
    if (property.type() instanceof ObjectType object) {
      return "{"
          + object.shape().properties().stream()
              .filter(Property::required)
              .map(p -> p.name() + ": …")
              .collect(Collectors.joining(", "))
          + "}";
    }
    return "<" + property.type().describe() + ">";
  }
}
