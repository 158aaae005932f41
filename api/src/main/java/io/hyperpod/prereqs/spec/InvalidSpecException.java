package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.PrerequisitesException;
import java.util.List;
import java.util.stream.Collectors;

/** A spec that cannot be used, with every problem found in it (not just the first). */
public class InvalidSpecException extends PrerequisitesException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  /**
   * @param source what was read ({@code the spec}, a file name), or null for the spec
   * @param problems every problem found, at least one
   */
  public InvalidSpecException(String source, List<SpecProblem> problems) {
    super(
        (source == null ? "the spec" : source)
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, each with its field, value, message and fix} */
  public List<SpecProblem> problems() {
    return problems;
  }
}
