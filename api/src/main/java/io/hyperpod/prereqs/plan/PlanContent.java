package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A plan as data: what {@code plan --out} saves and {@code apply PLAN.json} reads back. The
 * fingerprint is a digest of the observed state; apply refuses when the world has moved since.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePlanContent.class)
@JsonDeserialize(as = ImmutablePlanContent.class)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"summary"}, allowGetters = true)
@JsonPropertyOrder({
  "stack", "region", "account", "mode", "changes", "findings", "summary", "fingerprint", "spec"
})
public interface PlanContent {
  String stack();

  String region();

  String account();

  @Value.Default
  default PlanMode mode() {
    return PlanMode.APPLY;
  }

  /** Sorted by address. */
  List<ResourceChange> changes();

  /** Sorted by severity, id and address. */
  List<Finding> findings();

  @Value.Derived
  default PlanSummary summary() {
    return PlanSummary.of(changes());
  }

  String fingerprint();

  HyperPodPrerequisites spec();

  /** Whether the destroy plan also deletes data-holding resources (FSx). */
  @Value.Default
  default boolean deleteData() {
    return false;
  }

  /** Whether apply may replace lifecycle files the stack did not write ({@link PlanOptions}). */
  @Value.Default
  default boolean overwriteForeignObjects() {
    return false;
  }

  static ImmutablePlanContent.Builder builder() {
    return ImmutablePlanContent.builder();
  }
}
