package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** How to carry out a plan. */
@Value.Immutable
@ValueStyle
public interface ApplyOptions {
  /** How many independent changes run at once. */
  @Value.Default
  default int parallelism() {
    return 8;
  }

  @Value.Default
  default ApplyListener listener() {
    return ApplyListener.NONE;
  }

  @Value.Check
  default void check() {
    if (parallelism() < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism());
    }
  }

  static ApplyOptions defaults() {
    return ImmutableApplyOptions.builder().build();
  }

  static ImmutableApplyOptions.Builder builder() {
    return ImmutableApplyOptions.builder();
  }
}
