package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of rules: each subclass gives {@code static Stream<Arguments> broken()} (specs that break
 * one rule, built with {@link #trips}) and {@code valid()} (their valid neighbours, built with
 * {@link #passes}).
 */
abstract class RuleTableTest {
  /** A row: {@code spec} breaks a rule at {@code path}; message or fix contain {@code words}. */
  static Arguments trips(String name, HyperPodPrerequisites spec, String path, String words) {
    return Arguments.of(name, spec, path, words);
  }

  /** A row: {@code spec} is valid. */
  static Arguments passes(String name, HyperPodPrerequisites spec) {
    return Arguments.of(name, spec);
  }

  /** Every problem is at {@code path} and has a fix; one of them says {@code words}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void validate_ruleBroken_reportsTheFieldWithAFix(
      String name, HyperPodPrerequisites spec, String path, String words) {
    List<SpecProblem> problems = spec.validate();
    assertThat(problems).as("problems of the spec").isNotEmpty();
    assertThat(problems)
        .allSatisfy(
            p -> {
              assertThat(p.path()).as(p.describe()).isEqualTo(path);
              assertThat(p.fix()).as(p.describe()).isNotBlank();
            });
    assertThat(problems)
        .as("problems of the spec")
        .anySatisfy(p -> assertThat(p.message() + " Fix: " + p.fix()).contains(words));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void validate_validNeighbour_reportsNothing(String name, HyperPodPrerequisites spec) {
    assertThat(spec.validate()).extracting(SpecProblem::describe).isEmpty();
  }
}
