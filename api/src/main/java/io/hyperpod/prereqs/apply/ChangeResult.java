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
  /** The resource. */
  ResourceAddress address();

  /** What was planned. */
  ChangeAction action();

  /** What happened. */
  ChangeOutcome outcome();

  /** The error, when it failed. */
  Optional<String> error();

  /** For a skipped change: the failed change that caused the skip. */
  Optional<ResourceAddress> rootCause();

  /** A new builder. */
  static ImmutableChangeResult.Builder builder() {
    return ImmutableChangeResult.builder();
  }

  /** A builder holding this value's fields, to build a changed copy. */
  default ImmutableChangeResult.Builder toBuilder() {
    return ImmutableChangeResult.builder().from(this);
  }
}
