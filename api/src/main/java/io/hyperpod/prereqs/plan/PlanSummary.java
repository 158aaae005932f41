package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Collection;
import org.immutables.value.Value;

/** How many changes of each action a plan has. */
@Value.Immutable
@ValueStyle
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutablePlanSummary.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePlanSummary.class)
@JsonPropertyOrder({"create", "update", "delete", "request", "noop"})
public interface PlanSummary {
  /** {@return the number of resources to create} */
  int create();

  /** {@return the number of updates and replacements} */
  int update();

  /** {@return the number of resources to delete} */
  int delete();

  /** {@return the number of quota increases to request} */
  int request();

  /** {@return the number of resources left as they are} */
  int noop();

  /** {@return a new builder} */
  static ImmutablePlanSummary.Builder builder() {
    return ImmutablePlanSummary.builder();
  }

  /** {@return a builder holding this summary's counts, to build a changed copy} */
  default ImmutablePlanSummary.Builder toBuilder() {
    return ImmutablePlanSummary.builder().from(this);
  }

  /**
   * The counts of {@code changes} by action (replacements count as updates).
   *
   * @param changes a plan's changes
   * @return the number of changes of each action
   */
  static PlanSummary of(Collection<ResourceChange> changes) {
    int[] n = new int[ChangeAction.values().length];
    changes.forEach(c -> n[c.action().ordinal()]++);
    return ImmutablePlanSummary.builder()
        .create(n[ChangeAction.CREATE.ordinal()])
        .update(n[ChangeAction.UPDATE.ordinal()] + n[ChangeAction.REPLACE.ordinal()])
        .delete(n[ChangeAction.DELETE.ordinal()])
        .request(n[ChangeAction.REQUEST.ordinal()])
        .noop(n[ChangeAction.NOOP.ordinal()])
        .build();
  }
}
