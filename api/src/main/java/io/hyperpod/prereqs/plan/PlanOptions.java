package io.hyperpod.prereqs.plan;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** How a plan treats what is in the account but not the stack's (docs/ownership.md). */
@Value.Immutable
@ValueStyle
public interface PlanOptions {
  /**
   * Whether apply may replace a file at one of the stack's lifecycle keys that the stack did not
   * write (it carries no {@code x-amz-meta-hyperpod-prereqs-stack} of this stack); without it the
   * plan has the error {@code s3.object.foreign}. What it writes is then the stack's, and destroy
   * deletes it. CLI: {@code --overwrite-foreign-objects}.
   *
   * @return whether foreign lifecycle files may be overwritten; {@code false} by default
   */
  @Value.Default
  default boolean overwriteForeignObjects() {
    return false;
  }

  /** {@return a new builder} */
  static ImmutablePlanOptions.Builder builder() {
    return ImmutablePlanOptions.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutablePlanOptions.Builder toBuilder() {
    return ImmutablePlanOptions.builder().from(this);
  }

  /** {@return the options of a plain plan} */
  static PlanOptions defaults() {
    return builder().build();
  }
}
