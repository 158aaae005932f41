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
  @Value.Parameter
  String key();

  @Value.Parameter
  String type();

  @Value.Parameter
  List<String> values();

  static SimulationContextEntry of(String key, String type, String... values) {
    return ImmutableSimulationContextEntry.of(key, type, List.of(values));
  }
}
