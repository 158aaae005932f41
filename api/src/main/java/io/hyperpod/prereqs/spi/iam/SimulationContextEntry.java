package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A condition context key given to a policy simulation ({@code ContextEntries}): its name, its
 * type as IAM names it ({@code string}, {@code stringList}, {@code boolean}, {@code numeric},
 * {@code ip}, {@code arn}, {@code date} ...) and its values.
 */
@Value.Immutable
@ValueStyle
public interface SimulationContextEntry {
  /** {@return the context key, e.g. {@code aws:SourceVpce}} */
  @Value.Parameter
  String key();

  /** {@return the key's type: {@code string}, {@code stringList}, {@code ip}, {@code arn}, ...} */
  @Value.Parameter
  String type();

  /** {@return the key's values in the simulated request} */
  @Value.Parameter
  List<String> values();

  /**
   * A context entry of a simulation.
   *
   * @param key the context key, e.g. {@code aws:PrincipalTag/team}
   * @param type the key's type, e.g. {@code string}
   * @param values the key's values
   * @return the entry
   */
  static SimulationContextEntry of(String key, String type, String... values) {
    return ImmutableSimulationContextEntry.of(key, type, List.of(values));
  }
}
