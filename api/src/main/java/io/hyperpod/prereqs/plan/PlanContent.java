package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A plan as data: what {@code plan --out} saves and {@code apply PLAN.json} reads back. The
 * fingerprint binds the whole of it (docs/plan-model.md): a digest of each section (target, mode,
 * spec, changes with the observed states, findings) and one over those. Apply refuses a plan
 * whose content no longer matches them (edited), and one whose changes the account no longer
 * gives (moved), naming the difference.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePlanContent.class)
@JsonDeserialize(as = ImmutablePlanContent.class)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"summary"}, allowGetters = true)
@JsonPropertyOrder({
  "stack", "region", "account", "mode", "changes", "findings", "summary", "fingerprint",
  "fingerprint_sections", "spec"
})
public interface PlanContent {
  /** {@return the stack the plan is for} */
  String stack();

  /** {@return the region it was computed in} */
  String region();

  /** {@return the account it was computed against} */
  String account();

  /** {@return whether it sets the stack up or destroys it} */
  @Value.Default
  default PlanMode mode() {
    return PlanMode.APPLY;
  }

  /** {@return the plan's changes, sorted by address} */
  List<ResourceChange> changes();

  /** {@return the plan's findings, sorted by severity, id and address} */
  List<Finding> findings();

  /** {@return the counts of its changes by action} */
  @Value.Derived
  default PlanSummary summary() {
    return PlanSummary.of(changes());
  }

  /** {@return the fingerprint of the content, checked when a plan file is read back} */
  String fingerprint();

  /**
   * {@return the digest of each section the fingerprint covers ({@code target}, {@code mode}, ...)}
   */
  @com.fasterxml.jackson.annotation.JsonProperty("fingerprint_sections")
  Map<String, String> fingerprintSections();

  /** {@return the spec it was computed from} */
  HyperPodPrerequisites spec();

  /** {@return whether the destroy plan also deletes data-holding resources (FSx)} */
  @Value.Default
  default boolean deleteData() {
    return false;
  }

  /**
   * {@return whether apply may replace lifecycle files the stack did not write ({@link
   * PlanOptions})}
   */
  @Value.Default
  default boolean overwriteForeignObjects() {
    return false;
  }

  /** {@return a new builder} */
  static ImmutablePlanContent.Builder builder() {
    return ImmutablePlanContent.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutablePlanContent.Builder toBuilder() {
    return ImmutablePlanContent.builder().from(this);
  }
}
