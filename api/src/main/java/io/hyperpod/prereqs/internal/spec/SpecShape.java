package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one spec type looks like in a file, read from its model interface: the keys are the names in
 * its {@link JsonPropertyOrder} (the spec's key order), each typed by its accessor. Derived attributes
 * are not listed there, so a file may not set them.
 */
final class SpecShape {
  /** The type of a value in a spec file. */
  sealed interface ValueType permits Scalar, EnumType, ObjectType, ListType, MapType {
    /** How the type is named in messages: "text", "a list", ... */
    String describe();
  }

  /** Text, a whole number or a boolean. */
  enum Scalar implements ValueType {
    TEXT("text"),
    INT("a whole number"),
    LONG("a whole number"),
    BOOLEAN("true or false");

    private final String description;

    Scalar(String description) {
      this.description = description;
    }

    @Override
    public String describe() {
      return description;
    }
  }

  /**
   * A closed set of words (an enum of the model): each constant is written as its {@code
   * @JsonValue} form ({@code ami}, {@code Controller}).
   */
  record EnumType(Class<?> type, Map<String, Object> constants) implements ValueType {
    @Override
    public String describe() {
      return "one of " + String.join(", ", constants.keySet());
    }

    /** The file form of a constant. */
    String written(Object constant) {
      return constants.entrySet().stream()
          .filter(e -> e.getValue() == constant)
          .map(Map.Entry::getKey)
          .findFirst()
          .orElseThrow();
    }

    static EnumType of(Class<?> type) {
      Method value =
          java.util.Arrays.stream(type.getMethods())
              .filter(m -> m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class))
              .findFirst()
              .orElse(null);
      Map<String, Object> constants = new LinkedHashMap<>();
      for (Object c : type.getEnumConstants()) {
        try {
          constants.put(value == null ? ((Enum<?>) c).name() : (String) value.invoke(c), c);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read the spec form of " + c, e);
        }
      }
      return new EnumType(type, java.util.Collections.unmodifiableMap(constants));
    }
  }

  /** A nested spec type (a mapping with known keys). */
  record ObjectType(SpecShape shape) implements ValueType {
    @Override
    public String describe() {
      return "a mapping (key: value)";
    }
  }

  /** A list of values. */
  record ListType(ValueType element) implements ValueType {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping with free keys (tags): text to {@code value}. */
  record MapType(ValueType value) implements ValueType {
    @Override
    public String describe() {
      return "a mapping of text to " + value.describe();
    }
  }

  /**
   * One key: its type, whether the file must give it, and the value it takes when absent ({@code
   * null} for an absent Optional; an empty list or map for collections).
   */
  record Property(
      String name, Method accessor, ValueType type, boolean required, Object whenAbsent) {}

  private static final Map<Class<?>, SpecShape> SHAPES = new ConcurrentHashMap<>();

  private final Class<?> modelType;
  private final Map<String, Property> properties;

  private SpecShape(Class<?> modelType, Map<String, Property> properties) {
    this.modelType = modelType;
    this.properties = properties;
  }

  /** The shape of the whole spec file. */
  static SpecShape root() {
    return of(HyperPodPrerequisites.class);
  }

  static SpecShape of(Class<?> modelType) {
    SpecShape known = SHAPES.get(modelType);
    if (known == null) {
      known = read(modelType);
      SHAPES.putIfAbsent(modelType, known);
    }
    return known;
  }

  Class<?> modelType() {
    return modelType;
  }

  /** The keys in file order. */
  List<Property> properties() {
    return new ArrayList<>(properties.values());
  }

  Optional<Property> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  List<String> keys() {
    return List.copyOf(properties.keySet());
  }

  private static SpecShape read(Class<?> modelType) {
    JsonPropertyOrder order = modelType.getAnnotation(JsonPropertyOrder.class);
    if (order == null) {
      throw new IllegalStateException(modelType.getName() + " lacks @JsonPropertyOrder");
    }
    Map<String, Property> properties = new LinkedHashMap<>();
    for (String name : order.value()) {
      Method accessor;
      try {
        accessor = modelType.getMethod(name);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(modelType.getName() + " has no accessor " + name, e);
      }
      Type generic = accessor.getGenericReturnType();
      boolean optional = accessor.getReturnType() == Optional.class;
      ValueType type = typeOf(optional ? argument(generic, 0) : generic);
      boolean collection = type instanceof ListType || type instanceof MapType;
      boolean required = !optional && !collection && !accessor.isDefault();
      Object whenAbsent =
          accessor.isDefault()
              ? defaultValue(modelType, accessor)
              : type instanceof ListType ? List.of() : type instanceof MapType ? Map.of() : null;
      properties.put(name, new Property(name, accessor, type, required, whenAbsent));
    }
    return new SpecShape(modelType, properties);
  }

  private static ValueType typeOf(Type type) {
    if (type == String.class) {
      return Scalar.TEXT;
    }
    if (type == int.class || type == Integer.class) {
      return Scalar.INT;
    }
    if (type == long.class || type == Long.class) {
      return Scalar.LONG;
    }
    if (type == boolean.class || type == Boolean.class) {
      return Scalar.BOOLEAN;
    }
    if (type instanceof Class<?> e && e.isEnum()) {
      return EnumType.of(e);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new ListType(typeOf(argument(p, 0)));
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return new MapType(typeOf(argument(p, 1)));
    }
    if (type instanceof Class<?> c && c.isInterface()) {
      return new ObjectType(of(c));
    }
    throw new IllegalStateException("no spec-file type for " + type);
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  /** Calls the interface's default method on a stand-in that has nothing else. */
  private static Object defaultValue(Class<?> modelType, Method accessor) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          throw new IllegalStateException(
              "the default of " + accessor.getName() + " reads " + method.getName());
        };
    Object standIn =
        Proxy.newProxyInstance(modelType.getClassLoader(), new Class<?>[] {modelType}, handler);
    try {
      return accessor.invoke(standIn);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the default of " + accessor, e);
    }
  }
}
