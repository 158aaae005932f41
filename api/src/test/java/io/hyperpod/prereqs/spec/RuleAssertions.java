package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Rows and checks of the rule tables: a spec that breaks one rule, or a valid neighbour. */
final class RuleAssertions {
  private RuleAssertions() {}

  /** A row: {@code spec} breaks a rule at {@code path}; message or fix contain {@code words}. */
  static Arguments trips(String name, HyperPodPrerequisites spec, String path, String words) {
    return Arguments.of(name, spec, path, words);
  }

  /** A row: {@code spec} is valid. */
  static Arguments passes(String name, HyperPodPrerequisites spec) {
    return Arguments.of(name, spec);
  }

  /** Every problem is at {@code path} and has a fix; one of them says {@code words}. */
  static void assertTrips(HyperPodPrerequisites spec, String path, String words) {
    List<SpecProblem> problems = spec.validate();
    assertThat(problems).as("problems of the spec").isNotEmpty();
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.path()).as(p.describe()).isEqualTo(path);
      assertThat(p.fix()).as(p.describe()).isNotBlank();
    });
    assertThat(problems)
        .as("problems of the spec")
        .anySatisfy(p -> assertThat(p.message() + " Fix: " + p.fix()).contains(words));
  }

  static void assertPasses(HyperPodPrerequisites spec) {
    assertThat(spec.validate()).extracting(SpecProblem::describe).isEmpty();
  }
}
