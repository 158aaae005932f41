package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.spec.SpecShape.ListType;
import io.hyperpod.prereqs.internal.spec.SpecShape.MapType;
import io.hyperpod.prereqs.internal.spec.SpecShape.ObjectType;
import io.hyperpod.prereqs.internal.spec.SpecShape.Property;
import io.hyperpod.prereqs.internal.spec.SpecShape.ValueType;
import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a spec into the tree that is written out: keys in the spec's order, values that equal their
 * default and empty lists/maps left out (loading the output gives them back, so the spec stays
 * equal), {@code apiVersion} always written. Derived attributes are not part of the shape, so they
 * never appear.
 */
final class SpecTreeWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ALWAYS_WRITTEN = "apiVersion";

  private SpecTreeWriter() {}

  static ObjectNode write(Object spec) {
    return writeObject(spec, SpecShape.root());
  }

  private static ObjectNode writeObject(Object value, SpecShape shape) {
    ObjectNode node = NODES.objectNode();
    for (Property property : shape.properties()) {
      Object attribute = read(value, property);
      if (attribute instanceof Optional<?> optional) {
        attribute = optional.orElse(null);
      }
      boolean omit =
          attribute == null
              || (attribute instanceof Collection<?> c && c.isEmpty())
              || (attribute instanceof Map<?, ?> m && m.isEmpty())
              || (Objects.equals(attribute, property.whenAbsent())
                  && !property.name().equals(ALWAYS_WRITTEN));
      if (!omit) {
        node.set(property.name(), writeValue(attribute, property.type()));
      }
    }
    return node;
  }

  private static JsonNode writeValue(Object value, ValueType type) {
    if (type instanceof ObjectType object) {
      return writeObject(value, object.shape());
    }
    if (type instanceof ListType list) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : (List<?>) value) {
        array.add(writeValue(item, list.element()));
      }
      return array;
    }
    if (type instanceof SpecShape.EnumType words) {
      return NODES.textNode(words.written(value));
    }
    if (type instanceof MapType map) {
      ObjectNode object = NODES.objectNode();
      ((Map<?, ?>) value)
          .forEach((k, v) -> object.set(String.valueOf(k), writeValue(v, map.value())));
      return object;
    }
    return scalar(value);
  }

  private static JsonNode scalar(Object value) {
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    throw new IllegalStateException("no spec-file form for " + value.getClass());
  }

  private static Object read(Object value, Property property) {
    try {
      return property.accessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + property.name(), e);
    }
  }
}
