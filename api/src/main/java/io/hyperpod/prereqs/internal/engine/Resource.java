package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.plan.AttributeValues;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One desired resource of a stack and everything the engine needs to plan and apply it: how to
 * read it, how to compare it, how to create, update and delete it. {@code O} is the observed form
 * (typically an SPI value such as {@code IamRole}).
 *
 * <p>Implementations are immutable: everything they know comes from the spec at compile time and
 * from the contexts at plan and apply time.
 */
public interface Resource<O> {
  ResourceAddress address();

  /** Resources that must exist before this one can be created. */
  List<ResourceAddress> dependsOn();

  /** Reads the resource; absent when it does not exist. May use the context's cached bulk reads. */
  Optional<O> observe(ObserveContext ctx);

  /**
   * The resource's state as attributes: the plan's {@code before}, and what the state after apply
   * is compared with. Values are JSON-compatible (strings, booleans, numbers, lists, maps, JSON
   * nodes); the engine brings them into one form ({@link AttributeValues}).
   */
  Map<String, Object> observedAttributes(O observed);

  /**
   * The whole state a create, update, replace or request leaves (the plan's {@code after}), in the
   * same attributes {@link #observedAttributes} gives once it is applied; each value only apply can
   * know is {@link Unknown#VALUE}. The engine does not ask for a noop (the state stays as
   * observed) nor a delete (nothing is left).
   */
  Map<String, Object> plannedAttributes(
      Optional<O> observed, Diff diff, Outputs outputs, ObserveContext ctx);

  /** Outputs others may need (ids, ARNs, DNS names), taken from the observed resource. */
  default Map<String, String> outputs(O observed) {
    return Map.of();
  }

  /** What to do when the resource is missing. */
  Diff diffMissing(Outputs outputs);

  /** What to do when the resource exists. */
  Diff diff(O observed, Outputs outputs);

  /**
   * Carries out a create, update, replace or request; returns the outputs of the resource as it
   * now is.
   */
  Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<O> observed);

  /** Whether destroy may delete it: it was created by this stack (or is owned by it). */
  boolean destroyable(O observed);

  /**
   * Whether the resource found is one this stack made (it carries the stack's tag): a create
   * whose answer was lost, or that was answered "already exists", takes it when so, and fails
   * otherwise. The same as {@link #destroyable} unless destroy keeps some of the stack's own
   * resources (a bucket holding others' files, the account-wide Session Manager preferences).
   */
  default boolean madeByStack(O observed) {
    return destroyable(observed);
  }

  /** Why destroy keeps it when {@link #destroyable} says no: the plan's reason. */
  default String keptReason(O observed) {
    return "not created by this stack; kept";
  }

  /**
   * Findings of a destroy plan for the observed resource, e.g. the info finding of a resource this
   * stack created that another stack still uses (docs/ownership.md).
   */
  default List<io.hyperpod.prereqs.plan.Finding> destroyFindings(O observed) {
    return List.of();
  }

  /** Deletes (or, for an adopted resource, takes back what the stack added to) the resource. */
  void destroy(ApplyContext ctx, O observed);

  /**
   * Problems this resource has that the engine cannot fix by itself (e.g. a role that exists,
   * was not created by the stack, and does not trust SageMaker).
   */
  default List<io.hyperpod.prereqs.plan.Finding> findings(
      ObserveContext ctx, Optional<O> observed, Outputs outputs) {
    return List.of();
  }

  /** Whether deleting it destroys user data (FSx); such deletes need {@code --delete-data}. */
  default boolean holdsData() {
    return false;
  }
}
