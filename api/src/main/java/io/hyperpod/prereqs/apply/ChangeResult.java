package io.hyperpod.prereqs.apply;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of one change; a failure names its error, a skip names the root cause. */
@Value.Immutable
@ValueStyle
@JsonPropertyOrder({"address", "action", "outcome", "error", "rootCause"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface ChangeResult {
  /** {@return the resource} */
  ResourceAddress address();

  /** {@return what was planned} */
  ChangeAction action();

  /** {@return what happened} */
  ChangeOutcome outcome();

  /** {@return the error, when it failed} */
  Optional<String> error();

  /**
   * For a skipped change: the failed change that caused the skip.
   *
   * @return the address of the failed change, or empty for changes that were not skipped
   */
  Optional<ResourceAddress> rootCause();

  /** {@return a new builder} */
  static ImmutableChangeResult.Builder builder() {
    return ImmutableChangeResult.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutableChangeResult.Builder toBuilder() {
    return ImmutableChangeResult.builder().from(this);
  }
}
