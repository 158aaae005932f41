package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.AttributeValues;
import io.hyperpod.prereqs.plan.AttributeValues.Normalized;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ImmutableResourceChange;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The change model's one rule in one place: a change's {@code before} is the observed state, its
 * {@code after} the whole state apply leaves (the observed one for a noop, nothing for a delete,
 * the resource's planned state otherwise), and its action follows from the two. A resource whose
 * diff says otherwise than its states is an engine bug, refused here rather than shown to a user
 * as a plan that lies.
 */
final class ChangeStates {
  private ChangeStates() {}

  /** The change's address, action and states; the caller adds the reason and dependencies. */
  static ImmutableResourceChange.Builder of(Resource<?> r, Optional<?> observed, Diff diff,
      Outputs outputs, ObserveContext ctx) {
    Normalized before = observed.map(o -> AttributeValues.normalize(observedOf(r, o)))
        .orElse(new Normalized(Map.of(), new TreeSet<>()));
    if (!before.unknown().isEmpty()) {
      throw new IllegalStateException(r.address() + ": an observed state has unknown values "
          + before.unknown());
    }
    Normalized after = switch (diff.action()) {
      case DELETE -> new Normalized(Map.of(), new TreeSet<>());
      case NOOP -> before;
      default -> AttributeValues.normalize(plannedOf(r, observed, diff, outputs, ctx));
    };
    ChangeAction action =
        ResourceChange.derive(before.values(), after.values(), after.unknown(), diff.action());
    if (action != diff.action()) {
      throw new IllegalStateException(r.address() + " plans " + diff.action().jsonName()
          + " (" + diff.reason() + ") but its states make it " + action.jsonName()
          + ": before " + before.values() + ", after " + after.values() + ", unknown "
          + after.unknown());
    }
    return ResourceChange.builder()
        .address(r.address())
        .action(action)
        .before(before.values())
        .after(after.values())
        .afterUnknown(after.unknown());
  }

  /** The {@code before} of a change to {@code r} when the account shows {@code observed}. */
  static Map<String, Object> before(Resource<?> r, Optional<?> observed) {
    return observed.map(o -> AttributeValues.normalize(observedOf(r, o)).values()).orElse(Map.of());
  }

  // The resources are heterogeneous; these recover the type each one declared.

  @SuppressWarnings("unchecked")
  private static <O> Map<String, Object> observedOf(Resource<O> r, Object observed) {
    return r.observedAttributes((O) observed);
  }

  @SuppressWarnings("unchecked")
  private static <O> Map<String, Object> plannedOf(Resource<O> r, Optional<?> observed,
      Diff diff, Outputs outputs, ObserveContext ctx) {
    return r.plannedAttributes((Optional<O>) observed, diff, outputs, ctx);
  }
}
