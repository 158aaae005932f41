package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.List;
import java.util.Map;

/**
 * The plan's words for resources the spec either creates or adopts by id (a VPC, a subnet, a
 * security group, a file system): one place for how such a resource is labelled, what is planned
 * when it is missing or adopted, and the finding when an adopted id does not exist.
 */
public final class Adoption {
  public static final String CREATED = "created by this stack";
  public static final String ADOPTED = "adopted";

  private Adoption() {}

  /** {@code created by this stack} or {@code adopted}, from the resource's tags. */
  public static String managed(StackModel model, Map<String, String> tags) {
    return model.ownedBy(tags) ? CREATED : ADOPTED;
  }

  /** A missing resource: created, or (to adopt) nothing, with a finding that says so. */
  public static Diff missing(boolean adopted, String what) {
    return adopted
        ? Diff.noop("the " + what + " to adopt does not exist (see the finding)")
        : Diff.create("the " + what + " does not exist");
  }

  /** An adopted resource that exists: left as it is. */
  public static Diff adoptedExists() {
    return Diff.noop("exists and is adopted: left as it is");
  }

  /** No steps: up to date; else an update of these steps. */
  public static Diff steps(List<String> steps) {
    return steps.isEmpty()
        ? Diff.noop("up to date")
        : Diff.update(String.join(" and ", steps) + " differ from the spec", steps);
  }

  /**
   * The error of an adopted id that does not exist: which field, where, how to look it up and the
   * alternative of letting the tool create one.
   */
  public static Finding notFound(
      String findingId,
      ResourceAddress address,
      String field,
      String value,
      StackModel model,
      String describeCommand,
      String createInstead) {
    return Finding.error(
        findingId,
        address,
        field
            + " "
            + value
            + " does not exist in account "
            + model.account()
            + " region "
            + model.region(),
        "check the id (aws "
            + describeCommand
            + " --region "
            + model.region()
            + "), or let the"
            + " tool create one with "
            + createInstead);
  }
}
