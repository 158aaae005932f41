package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a spec: the field path ({@code clusterUsers[1].uid}), the bad value, what
 * is wrong, how to fix it, and the line in the file when it came from one.
 */
@Value.Immutable
@ValueStyle
public interface SpecProblem {
  /** {@return the field, as a spec path: {@code clusterUsers[1].uid}} */
  String path();

  /** {@return the offending value as written, absent for a missing field} */
  Optional<String> value();

  /** {@return what is wrong} */
  String message();

  /** {@return how to fix it} */
  String fix();

  /** {@return the line in the spec file, when the spec came from one} */
  Optional<Integer> line();

  /** {@return a new builder} */
  static ImmutableSpecProblem.Builder builder() {
    return ImmutableSpecProblem.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutableSpecProblem.Builder toBuilder() {
    return ImmutableSpecProblem.builder().from(this);
  }

  /**
   * A problem at {@code path} with the value as written ({@code null} for a missing field).
   *
   * @param path where in the spec, e.g. {@code instanceGroups[0].count}
   * @param value the value as written, or {@code null} when the field is missing
   * @param message what is wrong
   * @param fix how to fix it
   * @return the problem
   */
  static SpecProblem of(String path, Object value, String message, String fix) {
    return builder()
        .path(path)
        .value(Optional.ofNullable(value).map(String::valueOf))
        .message(message)
        .fix(fix)
        .build();
  }

  /**
   * {@return {@code line 12: clusterUsers[1].uid = 0: uid 0 is root's} Fix: use a uid of 1000 or
   * more.}
   */
  default String describe() {
    StringBuilder b = new StringBuilder();
    line().ifPresent(l -> b.append("line ").append(l).append(": "));
    b.append(path());
    value().ifPresent(v -> b.append(" = ").append(v));
    b.append(": ").append(message());
    if (!message().matches("(?s).*[.?!]$")) {
      b.append('.');
    }
    if (!fix().isEmpty()) {
      b.append(" Fix: ").append(fix());
    }
    return b.toString();
  }
}
