package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Objects;

/** A resource's address in a plan: {@code type.name}, e.g. {@code iam_role.demo-execution-role}. */
public final class ResourceAddress implements Comparable<ResourceAddress> {
  private static final Comparator<ResourceAddress> ORDER =
      Comparator.comparing(ResourceAddress::type).thenComparing(ResourceAddress::name);

  private final String type;
  private final String name;

  private ResourceAddress(String type, String name) {
    this.type = Objects.requireNonNull(type, "type is null");
    this.name = Objects.requireNonNull(name, "name is null");
    if (type.isEmpty() || type.contains(".")) {
      throw new IllegalArgumentException("resource type must be non-empty without '.': " + type);
    }
  }

  /**
   * The address of resource {@code name} of {@code type}.
   *
   * @param type the resource type, e.g. {@code iam_role}
   * @param name the resource's name in the stack, e.g. {@code demo-execution-role}
   * @return the address {@code type.name}
   */
  public static ResourceAddress of(String type, String name) {
    return new ResourceAddress(type, name);
  }

  /**
   * Parses {@code type.name} (the name may hold dots).
   *
   * @param address {@code type.name}, e.g. {@code iam_role.demo-execution-role}
   * @return the address
   * @throws IllegalArgumentException when there is no dot, or nothing before or after it
   */
  @JsonCreator
  public static ResourceAddress parse(String address) {
    int dot = address.indexOf('.');
    if (dot <= 0 || dot == address.length() - 1) {
      throw new IllegalArgumentException("not a resource address (type.name): " + address);
    }
    return new ResourceAddress(address.substring(0, dot), address.substring(dot + 1));
  }

  /** {@return the resource type, e.g. {@code iam_role}} */
  public String type() {
    return type;
  }

  /** {@return the resource name within its type} */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(ResourceAddress o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceAddress
        && ((ResourceAddress) o).type.equals(type)
        && ((ResourceAddress) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name);
  }

  @JsonValue
  @Override
  public String toString() {
    return type + "." + name;
  }
}
