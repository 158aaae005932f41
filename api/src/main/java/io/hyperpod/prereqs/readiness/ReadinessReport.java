package io.hyperpod.prereqs.readiness;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether an account is ready for a HyperPod cluster: every requirement checked, read-only, with
 * its evidence and fix. Made by {@code HyperPodPrerequisites.verify(backend)}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableReadinessReport.class)
@JsonPropertyOrder({"stack", "region", "ready", "requirements"})
public interface ReadinessReport {
  /** {@return the spec's stack name the report is about} */
  String stack();

  /** {@return the region that was checked, e.g. {@code us-west-2}} */
  String region();

  /** {@return every requirement checked, in the order they were checked} */
  List<RequirementResult> requirements();

  /** {@return true when every requirement passes} */
  @JsonProperty("ready")
  @Value.Derived
  default boolean ready() {
    return requirements().stream().allMatch(RequirementResult::passed);
  }

  /** {@return the failing requirements, in check order} */
  default List<RequirementResult> failures() {
    return requirements().stream().filter(r -> !r.passed()).toList();
  }

  /**
   * The first result with this id that fails, if any.
   *
   * @param id a requirement id, e.g. {@code role.trust}
   * @return the first failing result with this id, or empty when none fails
   */
  default Optional<RequirementResult> failure(String id) {
    return failures().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** {@return one line per requirement: {@code PASS|FAIL id subject: evidence [fix: ...]}} */
  default String toText() {
    StringBuilder b = new StringBuilder();
    for (RequirementResult r : requirements()) {
      b.append(r.status()).append(' ').append(r.id()).append(' ').append(r.subject());
      b.append(": ").append(r.evidence().replace('\n', ' '));
      r.fix().ifPresent(f -> b.append(" | fix: ").append(f));
      b.append('\n');
    }
    b.append(ready() ? "READY" : "NOT READY: " + failures().size() + " requirement(s) failed")
        .append('\n');
    return b.toString();
  }

  /** {@return a new builder with no field set} */
  static ImmutableReadinessReport.Builder builder() {
    return ImmutableReadinessReport.builder();
  }
}
