package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.ChangeAction;
import java.util.List;
import java.util.Objects;

/**
 * A resource's planned action, why, and the named update steps an UPDATE consists of (e.g.
 * {@code trust-policy}, {@code tags}) so that apply does exactly what the plan said.
 */
public final class Diff {
  private final ChangeAction action;
  private final String reason;
  private final List<String> steps;

  private Diff(ChangeAction action, String reason, List<String> steps) {
    this.action = Objects.requireNonNull(action, "action is null");
    this.reason = Objects.requireNonNull(reason, "reason is null");
    this.steps = List.copyOf(steps);
  }

  public static Diff noop(String reason) {
    return new Diff(ChangeAction.NOOP, reason, List.of());
  }

  public static Diff create(String reason) {
    return new Diff(ChangeAction.CREATE, reason, List.of());
  }

  public static Diff update(String reason, List<String> steps) {
    return new Diff(ChangeAction.UPDATE, reason, steps);
  }

  public static Diff replace(String reason) {
    return new Diff(ChangeAction.REPLACE, reason, List.of());
  }

  public static Diff request(String reason) {
    return new Diff(ChangeAction.REQUEST, reason, List.of());
  }

  public static Diff delete(String reason) {
    return new Diff(ChangeAction.DELETE, reason, List.of());
  }

  public ChangeAction action() {
    return action;
  }

  public String reason() {
    return reason;
  }

  public List<String> steps() {
    return steps;
  }

  public boolean has(String step) {
    return steps.contains(step);
  }
}
