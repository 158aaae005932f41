package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One statement of a {@link PolicyDocument}, as parsed. */
@Value.Immutable
@ValueStyle
public interface PolicyStatement {
  /** {@return the statement's position in the document's {@code Statement} list, from 0} */
  int index();

  /** {@return the statement's {@code Sid}, if it has one} */
  Optional<String> sid();

  /** {@return whether the statement allows or denies} */
  Effect effect();

  /** {@return {@code Action} or {@code NotAction}} */
  MatchElement action();

  /** {@return {@code Resource} or {@code NotResource}; absent in trust policies} */
  Optional<MatchElement> resource();

  /** {@return {@code Principal} or {@code NotPrincipal}; only resource policies have one} */
  Optional<PrincipalElement> principal();

  /** {@return the {@code Condition} block, flattened to operator/key pairs in document order} */
  List<ConditionEntry> conditions();

  /**
   * Elements this engine does not know (e.g. {@code "Foo"} in the statement, or
   * {@code "document element Foo"} from the document's top level). A statement with any of them
   * never grants: evaluation fails closed and names them.
   *
   * @return the names of unknown elements; empty for a statement the engine can evaluate
   */
  List<String> unsupportedElements();

  /** {@return the {@code Sid}, or {@code #n} (1-based position) when the statement has none} */
  default String displayId() {
    return sid().orElse("#" + (index() + 1));
  }

  /** {@return a new builder with no field set} */
  static ImmutablePolicyStatement.Builder builder() {
    return ImmutablePolicyStatement.builder();
  }
}
