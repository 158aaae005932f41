package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.plan.Finding;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What an apply did, change by change, and the CreateCluster input it prepared. */
@Value.Immutable
@ValueStyle
@JsonPropertyOrder({"changes", "findings", "createClusterRequest"})
public interface ApplyResult {
  /** {@return the result of each change, in plan order} */
  List<ChangeResult> changes();

  /** {@return what apply found beside the changes} */
  List<Finding> findings();

  /**
   * {@return the CreateCluster request as the account is after the apply; absent after a destroy}
   */
  Optional<CreateClusterRequest> createClusterRequest();

  /** {@return whether every change was applied or unchanged} */
  @JsonIgnore
  @Value.Derived
  default boolean succeeded() {
    return changes().stream()
        .allMatch(
            c -> c.outcome() == ChangeOutcome.APPLIED || c.outcome() == ChangeOutcome.UNCHANGED);
  }

  /** {@return the failed changes: the root causes of anything skipped} */
  @JsonIgnore
  default List<ChangeResult> failures() {
    return changes().stream().filter(c -> c.outcome() == ChangeOutcome.FAILED).toList();
  }

  /** {@return a new builder} */
  static ImmutableApplyResult.Builder builder() {
    return ImmutableApplyResult.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutableApplyResult.Builder toBuilder() {
    return ImmutableApplyResult.builder().from(this);
  }
}
