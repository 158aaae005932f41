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
  String path();

  /** The offending value as written, absent for a missing field. */
  Optional<String> value();

  String message();

  String fix();

  Optional<Integer> line();

  static ImmutableSpecProblem.Builder builder() {
    return ImmutableSpecProblem.builder();
  }

  static SpecProblem of(String path, Object value, String message, String fix) {
    return builder()
        .path(path)
        .value(Optional.ofNullable(value).map(String::valueOf))
        .message(message)
        .fix(fix)
        .build();
  }

  /** {@code line 12: clusterUsers[1].uid = 0: uid 0 is root's. Fix: use a uid of 1000 or more.} */
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
