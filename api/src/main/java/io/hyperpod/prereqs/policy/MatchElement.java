package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An {@code Action}/{@code NotAction} or {@code Resource}/{@code NotResource} element: its name
 * as written and its patterns (which may hold the wildcards {@code *} and {@code ?}).
 */
@Value.Immutable
@ValueStyle
public interface MatchElement {
  /** {@return {@code Action}, {@code NotAction}, {@code Resource} or {@code NotResource}} */
  @Value.Parameter
  String name();

  /** {@return the patterns as written, with {@code *} and {@code ?} wildcards} */
  @Value.Parameter
  List<String> patterns();

  /**
   * {@return whether this is the {@code Not...} form: it applies to everything its patterns miss}
   */
  @Value.Derived
  default boolean negated() {
    return name().startsWith("Not");
  }

  /**
   * An {@code Action}, {@code Resource} element or its {@code Not...} form.
   *
   * @param name {@code Action}, {@code NotAction}, {@code Resource} or {@code NotResource}
   * @param patterns the patterns as written
   * @return the element
   */
  static MatchElement of(String name, List<String> patterns) {
    return ImmutableMatchElement.of(name, patterns);
  }
}
