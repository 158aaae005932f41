package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stale-plan check of a plan applied by the process that made it: only the resources its
 * changes touch are read again (concurrently, as planning reads), and each must still look as the
 * plan saw it; a create's resource is looked up by name where its kind allows
 * ({@link ObserveContext#oneByOneView}). A no-op plan reads nothing. A plan loaded from a file has no such shortcut: it is
 * planned again and compared by fingerprint.
 */
public final class TouchedReads {
  private TouchedReads() {}

  /** The addresses of the changes whose resources no longer look as the plan saw them. */
  public static List<String> moved(Planning planning, CloudBackend backend) {
    List<ResourceChange> touched =
        planning.content().changes().stream()
            .filter(c -> c.action() != ChangeAction.NOOP)
            .toList();
    if (touched.isEmpty()) {
      return List.of();
    }
    ObserveContext fresh = new ObserveContext(backend, planning.context().caller());
    // A create asks only whether its resource still does not exist: by name where the kind can
    // (an IAM role, user or policy), not through a bulk read of every resource of the kind.
    ObserveContext byName = fresh.oneByOneView();
    Map<ResourceAddress, ChangeAction> actions = new java.util.HashMap<>();
    touched.forEach(c -> actions.put(c.address(), c.action()));
    Map<ResourceAddress, Optional<?>> now =
        ConcurrentReads.<ResourceAddress, Optional<?>>readAll(
            touched.stream().map(ResourceChange::address).toList(),
            backend.readConcurrency(),
            a -> planning.resources().get(a).observe(
                actions.get(a) == ChangeAction.CREATE ? byName : fresh));
    List<String> moved = new ArrayList<>();
    for (ResourceChange change : touched) {
      Resource<?> resource = planning.resources().get(change.address());
      if (!ChangeStates.before(resource, now.get(change.address())).equals(change.before())) {
        moved.add(change.address().toString());
      }
    }
    return moved;
  }
}
