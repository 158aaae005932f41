package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@code Principal} or {@code NotPrincipal} element of a resource policy. {@code "*"} is held
 * as the type {@code *} with the value {@code *}; otherwise the types are {@code AWS},
 * {@code Service}, {@code Federated} (and {@code CanonicalUser}, which evaluation does not
 * support).
 */
@Value.Immutable
@ValueStyle
public interface PrincipalElement {
  /** {@return whether this is {@code NotPrincipal}} */
  @Value.Parameter
  boolean negated();

  /**
   * {@return principal type ({@code AWS}, {@code Service}, ...) to its values, in document order}
   */
  @Value.Parameter
  Map<String, List<String>> values();

  /** {@return whether it is the bare {@code "*"} (everyone)} */
  @Value.Derived
  default boolean everyone() {
    return values().containsKey("*");
  }

  /**
   * A {@code Principal} or {@code NotPrincipal} element.
   *
   * @param negated {@code true} for {@code NotPrincipal}
   * @param values the principal type ({@code AWS}, {@code Service}, ...) to its values
   * @return the element
   */
  static PrincipalElement of(boolean negated, Map<String, List<String>> values) {
    return ImmutablePrincipalElement.of(negated, values);
  }
}
