package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One planned change: the resource, the action, its attributes before (as observed; empty when
 * it does not exist) and after (as desired; empty for a delete), and why.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResourceChange.class)
@JsonDeserialize(as = ImmutableResourceChange.class)
@JsonPropertyOrder({"address", "action", "before", "after", "reason"})
public interface ResourceChange {
  ResourceAddress address();

  ChangeAction action();

  /** Observed attributes (JSON-compatible values), sorted by key. */
  Map<String, Object> before();

  /** Desired attributes; values not known until apply read {@code (known after apply)}. */
  Map<String, Object> after();

  String reason();

  /** What must be applied before this change (not part of the JSON contract). */
  @JsonIgnore
  List<ResourceAddress> dependsOn();

  static ImmutableResourceChange.Builder builder() {
    return ImmutableResourceChange.builder();
  }
}
