package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import org.immutables.value.Value;

/** How to treat SageMaker "cluster usage" quota shortfalls. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableQuotas.class)
@JsonDeserialize(as = ImmutableQuotas.class)
@JsonPropertyOrder({"requestIncreases"})
public interface Quotas {
  /** {@return whether the plan requests increases for shortfalls; false reports them only} */
  @Value.Default
  default boolean requestIncreases() {
    return false;
  }

  /**
   * The quota setting with {@link #requestIncreases()}.
   *
   * @param requestIncreases {@code true} to file increase requests for shortfalls, {@code false} to
   *     report them only
   * @return the quota setting
   */
  static Quotas of(boolean requestIncreases) {
    return builder().requestIncreases(requestIncreases).build();
  }

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Quotas}. */
  final class Builder extends ImmutableQuotas.Builder implements SpecBuilder<Builder, Quotas> {}
}
