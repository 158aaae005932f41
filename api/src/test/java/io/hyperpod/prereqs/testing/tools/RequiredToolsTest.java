package io.hyperpod.prereqs.testing.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class RequiredToolsTest {
  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

  /** moto and the AWS CLI missing, everything else there. */
  private static final Function<Tool, Optional<String>> WITHOUT_MOTO_AND_CLI =
      tool ->
          Set.of(Tool.MOTO, Tool.AWS_CLI).contains(tool)
              ? Optional.of("probe failed")
              : Optional.empty();

  @Test
  void evaluate_everythingThere_isEnabled() {
    RequiredTools rule = new RequiredTools(tool -> Optional.empty(), Map.of("CI", "true"));

    assertThat(rule.evaluate(EnumSet.allOf(Tool.class)).isDisabled()).isFalse();
  }

  @Test
  void evaluate_missingOffCi_skipsWithOneLineNamingEachMissingTool() {
    RequiredTools rule = new RequiredTools(WITHOUT_MOTO_AND_CLI, Map.of());

    ConditionEvaluationResult result =
        rule.evaluate(List.of(Tool.PYTHON3, Tool.BOTO3, Tool.MOTO, Tool.AWS_CLI));

    assertThat(result.isDisabled()).isTrue();
    String reason = result.getReason().orElseThrow();
    assertThat(reason)
        .doesNotContain("\n")
        .startsWith("skipped: needs ")
        .contains("moto (probe failed; pip install 'moto[server]')")
        .contains("the AWS CLI (probe failed; ")
        .doesNotContain("boto3 (")
        .doesNotContain("python3 (");
  }

  @Test
  void evaluate_missingOnCi_failsNamingTheTool() {
    for (String ci : List.of("true", "TRUE", " true ")) {
      RequiredTools rule = new RequiredTools(WITHOUT_MOTO_AND_CLI, Map.of("CI", ci));

      assertThat(rule.required()).isTrue();
      assertThatThrownBy(() -> rule.evaluate(List.of(Tool.BOTO3, Tool.MOTO)))
          .isInstanceOf(RequiredTools.MissingToolException.class)
          .hasMessage(
              "needs moto (probe failed; pip install 'moto[server]') - required because CI=true");
    }
  }

  @Test
  void evaluate_ciOtherThanTrue_skips() {
    for (String ci : List.of("", "false", "1", "yes")) {
      RequiredTools rule = new RequiredTools(WITHOUT_MOTO_AND_CLI, Map.of("CI", ci));

      assertThat(rule.required()).as("CI=%s", ci).isFalse();
      assertThat(rule.evaluate(List.of(Tool.AWS_CLI)).isDisabled()).isTrue();
    }
  }

  @Test
  void run_commandThatSucceeds_isThere() {
    assertThat(RequiredTools.run(List.of(JAVA, "-version"))).isEmpty();
  }

  @Test
  void run_commandThatFails_givesItsExitCodeAndLastLine() {
    Optional<String> why = RequiredTools.run(List.of(JAVA, "-XX:+NoSuchOptionAnywhere", "-version"));

    assertThat(why).isPresent();
    assertThat(why.orElseThrow())
        .startsWith("'" + JAVA + " -XX:+NoSuchOptionAnywhere -version' exited 1: ")
        .doesNotContain("\n");
  }

  @Test
  void run_programNotOnPath_saysSo() {
    assertThat(RequiredTools.run(List.of("hyperpod-prereqs-no-such-program", "--version")))
        .contains("'hyperpod-prereqs-no-such-program' is not on PATH");
  }

  @Test
  void run_pathThatCannotBeRun_saysSo() {
    assertThat(RequiredTools.run(List.of("/hyperpod-prereqs/no/such/python3", "-c", "pass")))
        .contains("'/hyperpod-prereqs/no/such/python3' cannot be run");
  }

  @Test
  void standard_probesThisMachineOncePerTool() {
    Optional<String> first = RequiredTools.missing(Tool.PYTHON3);

    assertThat(RequiredTools.missing(Tool.PYTHON3)).isSameAs(first);
  }
}
