package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.AllowNulls;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One planned change, in the change model of docs/plan-model.md: the resource's attributes
 * {@link #before} (as observed; empty when it does not exist), {@link #after} (the whole state apply
 * leaves, in the same attributes; empty when it is deleted), the paths of the values in
 * {@code after} only apply can know ({@link #afterUnknown}), the action those imply, and why.
 *
 * <p>The action agrees with the states: {@code create} has no before, {@code delete} no after,
 * {@code noop} equal states and nothing unknown, {@code update}, {@code replace} and {@code
 * request} states that differ (or values still unknown). A change that breaks this is refused when
 * built or read.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResourceChange.class)
@JsonDeserialize(as = ImmutableResourceChange.class)
@JsonPropertyOrder({"address", "action", "before", "after", "after_unknown", "reason"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public interface ResourceChange {
  /** {@return the resource this change is about} */
  ResourceAddress address();

  /** {@return what applying it does} */
  ChangeAction action();

  /**
   * Observed attributes, sorted by key; values are JSON values (String, Boolean, Long, Double,
   * List, Map, never null).
   *
   * @return the attributes as read from the account; empty for a create
   */
  Map<String, Object> before();

  /**
   * The state apply leaves, in the same attributes as {@link #before}; a value only apply can know
   * is {@code null} here and its path is in {@link #afterUnknown}.
   *
   * @return the attributes after apply; empty for a delete
   */
  @AllowNulls
  Map<String, Object> after();

  /**
   * JSON Pointers (RFC 6901) into {@link #after} of the values only apply can know, sorted: e.g.
   * {@code /id}, {@code /statement/Condition/StringNotEquals/aws:SourceVpce}.
   *
   * @return the paths of the unknown values of {@link #after()}
   */
  @JsonProperty("after_unknown")
  @Value.NaturalOrder
  SortedSet<String> afterUnknown();

  /**
   * Why: what differs, in words.
   *
   * @return the reason, e.g. {@code tags differ: team}
   */
  String reason();

  /** {@return what must be applied before this change (not part of the JSON contract)} */
  @JsonIgnore
  List<ResourceAddress> dependsOn();

  /** {@return whether the states differ: the change does something} */
  @JsonIgnore
  @Value.Derived
  default boolean changes() {
    return !afterUnknown().isEmpty() || !Objects.equals(before(), after());
  }

  /**
   * The observed state with typed access, e.g. {@code beforeState().string("arn")}; a state that
   * does not {@linkplain ChangeState#exists() exist} for a create.
   *
   * @return the typed view of {@link #before()}
   */
  @JsonIgnore
  default ChangeState beforeState() {
    return new ChangeState(address(), "before", before(), java.util.Set.of());
  }

  /**
   * The state apply leaves with typed access, e.g. {@code afterState().string("name")}; the values
   * of {@link #afterUnknown()} are {@linkplain ChangeState#isUnknown(String) unknown} there.
   *
   * @return the typed view of {@link #after()}
   */
  @JsonIgnore
  default ChangeState afterState() {
    return new ChangeState(address(), "after", after(), afterUnknown());
  }

  /**
   * The action the states imply, with {@code flavour} deciding among update-like actions.
   *
   * @param before the observed attributes; empty when the resource does not exist
   * @param after the attributes apply leaves; empty when it is to be deleted
   * @param afterUnknown the paths of the values only apply can know
   * @param flavour {@link ChangeAction#UPDATE}, {@link ChangeAction#REPLACE} or {@link
   *     ChangeAction#REQUEST}: the action when the states differ
   * @return {@code CREATE}, {@code DELETE}, {@code NOOP} or {@code flavour}
   */
  static ChangeAction derive(Map<String, Object> before, Map<String, Object> after,
      SortedSet<String> afterUnknown, ChangeAction flavour) {
    boolean known = afterUnknown.isEmpty();
    if (before.isEmpty() && after.isEmpty() && known) {
      return ChangeAction.NOOP;
    }
    if (before.isEmpty()) {
      return ChangeAction.CREATE;
    }
    if (after.isEmpty() && known) {
      return ChangeAction.DELETE;
    }
    if (known && before.equals(after)) {
      return ChangeAction.NOOP;
    }
    return flavour == ChangeAction.REPLACE || flavour == ChangeAction.REQUEST
        ? flavour : ChangeAction.UPDATE;
  }

  /** {@return values in their one form, and the action consistent with the states} */
  @Value.Check
  default ResourceChange check() {
    Map<String, Object> b = AttributeValues.normalize(before()).values();
    Map<String, Object> a = AttributeValues.normalize(after(), afterUnknown()).values();
    ChangeAction derived = derive(b, a, afterUnknown(), action());
    if (derived != action()) {
      throw new IllegalArgumentException("change " + address() + " says " + action().jsonName()
          + " but its before and after make it " + derived.jsonName());
    }
    for (String p : afterUnknown()) {
      if (!p.startsWith("/")) {
        throw new IllegalArgumentException("change " + address() + ": after_unknown path '" + p
            + "' is not a JSON Pointer (it must start with '/')");
      }
    }
    if (b.equals(before()) && a.equals(after())) {
      return this;
    }
    return ImmutableResourceChange.builder().from(this).before(b).after(a).build();
  }

  /** {@return a new builder} */
  static ImmutableResourceChange.Builder builder() {
    return ImmutableResourceChange.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutableResourceChange.Builder toBuilder() {
    return ImmutableResourceChange.builder().from(this);
  }
}
