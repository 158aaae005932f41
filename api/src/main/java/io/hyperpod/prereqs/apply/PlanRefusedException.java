package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.PrerequisitesException;
import io.hyperpod.prereqs.plan.Finding;
import java.util.List;
import java.util.stream.Collectors;

/** Apply refused a plan with error findings; nothing was changed. */
public final class PlanRefusedException extends PrerequisitesException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> errors;

  /**
   * A refusal because of these error findings.
   *
   * @param errors the plan's error findings, each listed in the message with its id and fix
   */
  public PlanRefusedException(List<Finding> errors) {
    super("the plan has " + errors.size() + " error(s); nothing was changed:\n"
        + errors.stream().map(f -> "  - [" + f.id() + "] " + f.message() + " Fix: " + f.fix())
            .collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  /** {@return the error findings that block apply} */
  public List<Finding> errors() {
    return errors;
  }
}
