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
  ResourceAddress address();

  ChangeAction action();

  ChangeOutcome outcome();

  Optional<String> error();

  /** For a skipped change: the failed change that caused the skip. */
  Optional<ResourceAddress> rootCause();

  static ImmutableChangeResult.Builder builder() {
    return ImmutableChangeResult.builder();
  }
}
