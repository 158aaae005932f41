package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec size bounds, checked before parsing: a file over 2 MiB is refused whatever it holds
 * (comments count), a YAML line longer than 64 KiB outside comments is refused, and a long
 * comment is cut before the parser sees it, so that the spec reads as without it.
 */
class SpecLimitsTest {
  static final String VALID =
      """
      apiVersion: hyperpod-prereqs/v1
      stack: demo
      region: us-west-2
      clusterUsers:
        - iamUser: alice   # 'quoted? # not a problem
          osUser: alice
          uid: 2001
      instanceGroups:
        - name: workers
          instanceType: ml.g5.8xlarge
          count: 2
      lifecycleScripts:
        bucket: sagemaker-demo-lifecycle
      """;

  @TempDir Path dir;

  @Test
  void load_fileOverTheLimit_isRefusedBeforeParsing_commentsIncluded() throws Exception {
    Path spec = dir.resolve("big.yaml");
    // valid YAML up to the limit, then text no parser would accept: the size is the problem
    String comments = ("# " + "c".repeat(1000) + "\n").repeat(2100);
    Files.writeString(spec, VALID + comments + ": : : [ {");

    InvalidSpecException e =
        catchThrowableOfType(InvalidSpecException.class, () -> HyperPodPrerequisites.load(spec));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).describe())
        .contains("more than the 2097152 bytes (2 MiB) a spec may have (comments included)")
        .contains("split it into smaller stacks");
  }

  @Test
  void parse_textOverTheLimit_isRefused() {
    String text = VALID + "# " + "x".repeat(2 * 1024 * 1024) + "\n";

    InvalidSpecException e =
        catchThrowableOfType(InvalidSpecException.class, () -> HyperPodPrerequisites.fromYaml(text));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("2 MiB"));
  }

  @Test
  void parse_longOneLineComments_readAsWithoutThem_andLinesKeepTheirNumbers() {
    String comment = "# " + "a long comment, 'with quotes\" and # signs ".repeat(20_000);
    String text = comment + "\n" + VALID.replace("count: 2", "count: 2   " + comment)
        .replace("    osUser: alice", "    osuser: alice");

    InvalidSpecException e =
        catchThrowableOfType(InvalidSpecException.class, () -> HyperPodPrerequisites.fromYaml(text));

    assertThat(e.problems()).extracting(SpecProblem::describe)
        .containsExactly("line 7: clusterUsers[0].osuser: is not a known key; did you mean osUser?"
            + " Fix: rename it to osUser.");
    assertThat(HyperPodPrerequisites.fromYaml(text.replace("osuser", "osUser")))
        .isEqualTo(HyperPodPrerequisites.fromYaml(VALID));
  }

  @Test
  void parse_longLineOutsideComments_isRefusedNamingTheLine() {
    String text = VALID.replace("stack: demo", "stack: " + "d".repeat(70_000));

    InvalidSpecException e =
        catchThrowableOfType(InvalidSpecException.class, () -> HyperPodPrerequisites.fromYaml(text));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).contains(2);
      assertThat(p.message()).contains("line 2 is 70007 characters long").contains("65536");
      assertThat(p.fix()).contains("JSON");
    });
  }
}
