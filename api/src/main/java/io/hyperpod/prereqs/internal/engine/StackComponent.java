package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.List;
import java.util.Set;

/**
 * One section of the prerequisites (IAM, lifecycle scripts, network, ...): the resources it
 * wants, the leftovers of earlier runs it removes, its account-level checks, and its part of the
 * CreateCluster request.
 */
public interface StackComponent {
  /** The resources this section wants, with their dependencies. */
  List<Resource<?>> resources(StackModel model);

  /**
   * Resources this stack created earlier that the spec no longer wants (found by the stack tag);
   * planned as deletes. {@code wanted} holds every address the stack wants now.
   */
  default List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    return List.of();
  }

  /**
   * Reads this section's diffs and checks make whatever the resources' observations show (through
   * {@link ObserveContext#cached}), started with the read pass of a plan to apply (the only one that runs the checks) so that they overlap it
   * rather than follow it. A prefetch that fails is forgotten: the read's own use, later, tries
   * again and reports what it meets.
   */
  default List<Runnable> prefetches(StackModel model, ObserveContext ctx) {
    return List.of();
  }

  /** Account-level checks that no single resource owns. */
  default List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    return List.of();
  }

  /** Fills this section's part of the CreateCluster request from the outputs. */
  default void describeCluster(
      StackModel model, Outputs outputs, ImmutableCreateClusterRequest.Builder request) {}
}
