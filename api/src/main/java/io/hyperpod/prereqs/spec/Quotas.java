package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** How to treat SageMaker "cluster usage" quota shortfalls. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableQuotas.class)
@JsonDeserialize(as = ImmutableQuotas.class)
@JsonPropertyOrder({"requestIncreases"})
public interface Quotas {
  /** Plan increase requests for shortfalls; false reports them only. */
  @Value.Default
  default boolean requestIncreases() {
    return false;
  }

  static Quotas of(boolean requestIncreases) {
    return ImmutableQuotas.builder().requestIncreases(requestIncreases).build();
  }
}
