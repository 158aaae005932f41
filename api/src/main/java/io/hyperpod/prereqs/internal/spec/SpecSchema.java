package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.internal.spec.SpecShape.EnumType;
import io.hyperpod.prereqs.internal.spec.SpecShape.ListType;
import io.hyperpod.prereqs.internal.spec.SpecShape.MapType;
import io.hyperpod.prereqs.internal.spec.SpecShape.ObjectType;
import io.hyperpod.prereqs.internal.spec.SpecShape.Property;
import io.hyperpod.prereqs.internal.spec.SpecShape.Scalar;
import io.hyperpod.prereqs.internal.spec.SpecShape.ValueType;

/**
 * The JSON Schema (draft-07) of the spec file, written from the same {@link SpecShape} the
 * loader checks files against: every key with its type, closed sets as {@code enum}, defaults,
 * required keys, and no unknown keys. It describes the shape only; the rules between keys
 * (names, CIDRs, instance types, ...) are the loader's, reported by {@code validate}.
 */
public final class SpecSchema {
  private SpecSchema() {}

  /** The schema as pretty JSON text (what {@code hyperpod-prereqs schema} prints). */
  public static String json() {
    return Json.pretty(schema()) + "\n";
  }

  static ObjectNode schema() {
    ObjectNode root = Json.object()
        .put("$schema", "http://json-schema.org/draft-07/schema#")
        .put("title", "hyperpod-prereqs spec (" + HyperPodPrerequisites.API_VERSION + ")")
        .put("description", "The spec file of hyperpod-prereqs (YAML or JSON); see docs/spec.md"
            + " for every key.");
    root.setAll(object(SpecShape.root()));
    ObjectNode apiVersion = (ObjectNode) root.with("properties").get("apiVersion");
    apiVersion.remove("default");
    apiVersion.put("type", "string").put("const", HyperPodPrerequisites.API_VERSION);
    ArrayNode required = root.withArray("required");
    required.insert(0, "apiVersion");
    return root;
  }

  private static ObjectNode object(SpecShape shape) {
    ObjectNode node = Json.object().put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = Json.array();
    for (Property p : shape.properties()) {
      ObjectNode property = type(p.type());
      Object absent = p.whenAbsent();
      if (absent != null && (p.type() instanceof Scalar || p.type() instanceof EnumType)) {
        property.set("default", Json.mapper().valueToTree(p.type() instanceof EnumType e
            ? e.written(absent) : absent));
      }
      if (p.required()) {
        required.add(p.name());
        properties.set(p.name(), property);
      } else {
        properties.set(p.name(), nullable(property));
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  /** An optional key may be written empty ({@code key:} in YAML), which means absent. */
  private static ObjectNode nullable(ObjectNode type) {
    if (type.has("type")) {
      ArrayNode types = Json.array().add(type.get("type").asText()).add("null");
      type.set("type", types);
      if (type.has("enum")) {
        type.withArray("enum").addNull();
      }
      return type;
    }
    return type;
  }

  private static ObjectNode type(ValueType type) {
    if (type instanceof Scalar s) {
      return Json.object().put("type", switch (s) {
        case TEXT -> "string";
        case INT, LONG -> "integer";
        case BOOLEAN -> "boolean";
      });
    }
    if (type instanceof EnumType e) {
      ObjectNode node = Json.object().put("type", "string");
      ArrayNode values = node.putArray("enum");
      e.constants().keySet().forEach(values::add);
      return node;
    }
    if (type instanceof ObjectType o) {
      return object(o.shape());
    }
    if (type instanceof ListType l) {
      ObjectNode node = Json.object().put("type", "array");
      node.set("items", type(l.element()));
      return node;
    }
    ObjectNode node = Json.object().put("type", "object");
    node.set("additionalProperties", type(((MapType) type).value()));
    return node;
  }
}
