package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, show and completion: commands that need no backend. */
class OfflineCommandsTest {
  @TempDir Path dir;
  Path spec;
  Path state;

  @BeforeEach
  void files() throws Exception {
    spec = dir.resolve("spec.yaml");
    Files.writeString(spec, CliEndToEndTest.SPEC, StandardCharsets.UTF_8);
    state = dir.resolve("state/simulator.json");
  }

  @Test
  void validate_aValidSpec_exitsZeroAndTouchesNoBackend() {
    CliRun run = CliRun.run(null, "validate", spec.toString());

    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("is valid").contains("stack clitest").contains("us-west-2");
    assertThat(dir.resolve(".hyperpod-prereqs")).doesNotExist();
    assertThat(Path.of(".hyperpod-prereqs/simulator.json")).doesNotExist();
  }

  @Test
  void validate_anInvalidSpec_listsEveryProblemAtOnce() throws Exception {
    Files.writeString(spec, CliEndToEndTest.SPEC.replace("stack: clitest", "stack: Bad_Stack")
        .replace("uid: 2001", "uid: 0").replace("osUser: alice", "osuser: alice"));

    CliRun run = CliRun.run(null, "validate", spec.toString());
    CliRun json = CliRun.run(null, "validate", spec.toString(), "--json");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("stack").contains("osuser").contains("uid")
        .doesNotContain("Exception");
    assertThat(json.code).isEqualTo(1);
    assertThat(json.onlyDocument().path("error").path("problems")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void validate_takesNoBackendOption() {
    CliRun run = CliRun.run(null, "validate", spec.toString(), "--backend", "aws");

    assertThat(run.code).isEqualTo(64);
    assertThat(run.err).contains("--backend");
  }

  @Test
  void show_aSavedPlan_printsTheTextPlanOfPlan() throws Exception {
    Path saved = dir.resolve("plan.json");
    CliRun plan = CliRun.run(state, "plan", spec.toString(), "--out", saved.toString());
    assertThat(plan.code).as(plan.toString()).isEqualTo(2);

    CliRun show = CliRun.run(null, "show", saved.toString());
    CliRun json = CliRun.run(null, "show", saved.toString(), "--json");

    assertThat(show.code).as(show.toString()).isZero();
    assertThat(show.out).startsWith("saved plan " + saved + ": AWS account 123456789012,"
        + " us-west-2");
    String planText = plan.out.substring(plan.out.indexOf('\n') + 1);
    assertThat(show.out).endsWith(planText);
    assertThat(json.onlyDocument().path("changes").size())
        .isEqualTo(CliRun.run(state, "plan", spec.toString(), "--json").onlyDocument()
            .path("changes").size());
  }

  @Test
  void show_aSpecOrNothing_isAClearError() {
    CliRun spec = CliRun.run(null, "show", this.spec.toString());
    CliRun missing = CliRun.run(null, "show", dir.resolve("nope.json").toString());

    assertThat(spec.code).isEqualTo(1);
    assertThat(spec.err).contains("is not a plan saved by `plan --out`");
    assertThat(missing.code).isEqualTo(1);
    assertThat(missing.err).contains("plan file not found");
  }

  @Test
  void everyHumanOutput_beginsWithTheTarget() {
    String target = "simulator (" + state + "), us-west-2";
    for (List<String> args : List.of(
        List.of("plan", spec.toString()),
        List.of("apply", spec.toString(), "--yes"),
        List.of("verify", spec.toString()),
        List.of("outputs", spec.toString()),
        List.of("quotas", "--region", "us-west-2"),
        List.of("destroy", spec.toString(), "--yes"))) {
      CliRun run = CliRun.run(state, args.toArray(String[]::new));
      assertThat(run.out).as(args + "\n" + run).startsWith(target + "\n");
    }
    CliRun json = CliRun.run(state, "plan", spec.toString(), "--json");
    assertThat(json.err).startsWith(target + "\n");
    json.onlyDocument();
  }

  @Test
  void applyAndDestroy_giveTheTimeOfEachChangeAndOfTheRun() {
    CliRun apply = CliRun.run(state, "apply", spec.toString(), "--yes");
    CliRun destroy = CliRun.run(state, "destroy", spec.toString(), "--yes");

    for (CliRun run : List.of(apply, destroy)) {
      assertThat(run.code).as(run.toString()).isZero();
      assertThat(run.err).containsPattern("\\+ iam_user\\.alice: done \\(\\d+(\\.\\d)?s\\)|"
          + "- iam_user\\.alice: done \\(\\d+(\\.\\d)?s\\)");
      assertThat(run.err).containsPattern("complete: \\d+ change\\(s\\) made in"
          + " (\\d+\\.\\ds|\\d+s|\\d+m\\d\\ds)\\.");
    }
    JsonNode doc = CliRun.run(dir.resolve("other/state.json"), "apply", spec.toString(), "--yes",
        "--json").onlyDocument();
    assertThat(doc.path("elapsedSeconds").isNumber()).isTrue();
  }

  @Test
  void completionBash_completesCommandsAndSubcommands() throws Exception {
    CliRun run = CliRun.run(null, "completion", "bash");
    assertThat(run.code).isZero();
    Path script = dir.resolve("hyperpod-prereqs.bash");
    Files.writeString(script, run.out, StandardCharsets.UTF_8);

    assertThat(complete(script, "hyperpod-prereqs", "va")).containsExactly("validate");
    assertThat(complete(script, "hyperpod-prereqs", "simulator", "se")).containsExactly("serve");
    assertThat(complete(script, "hyperpod-prereqs", "plan", "--ou")).contains("--out");
  }

  @Test
  void completionZsh_isTheBashScriptBehindBashcompinit() {
    CliRun zsh = CliRun.run(null, "completion", "zsh");
    CliRun bash = CliRun.run(null, "completion", "bash");

    assertThat(zsh.code).isZero();
    assertThat(zsh.out).contains("compinit").endsWith(bash.out);
    assertThat(bash.out).contains("bashcompinit");
    assertThat(CliRun.run(null, "completion", "fish").code).isEqualTo(64);
  }

  /** What bash completes for the words (the last one being typed), with the script sourced. */
  private static List<String> complete(Path script, String... words)
      throws IOException, InterruptedException {
    assumeThat(Path.of("/bin/bash")).as("bash is needed to run the script").exists();
    String line = String.join(" ", words);
    String cmd = "source '" + script + "'; COMP_WORDS=(" + line + "); COMP_CWORD="
        + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + ";"
        + " _complete_hyperpod-prereqs; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("/bin/bash", "-c", cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
