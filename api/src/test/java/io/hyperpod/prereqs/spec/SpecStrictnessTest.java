package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.spec.SpecCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading is strict: every unknown key, wrong type and missing key, each with its line. */
class SpecStrictnessTest {
  /** A valid spec; the comments give the line numbers the tests refer to. */
  private static final String VALID =
      """
      apiVersion: hyperpod-prereqs/v1
      stack: demo
      region: us-west-2
      clusterUsers:
        - iamUser: alice
          osUser: alice
          uid: 2001
      instanceGroups:
        - name: workers
          instanceType: ml.g5.8xlarge
          count: 2
      lifecycleScripts:
        bucket: sagemaker-demo-lifecycle
      """;

  @Test
  void parse_validText_givesTheSpec() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(VALID);

    assertThat(spec.clusterUsers()).containsExactly(ClusterUser.iamUser("alice", "alice", 2001));
    assertThat(spec.lifecycleScripts().orElseThrow().prefix()).isEqualTo("hyperpod/lifecycle");
  }

  @Test
  void parse_misspeltKey_namesItsLineAndTheNearestKnownKey() {
    List<SpecProblem> problems =
        problemsOf(VALID.replace("    osUser: alice", "    osuser: alice"));

    assertThat(problems)
        .extracting(SpecProblem::describe)
        .containsExactly(
            "line 6: clusterUsers[0].osuser: is not a known key; did you mean osUser? Fix: rename"
                + " it to osUser.");
  }

  @Test
  void parse_unknownKeyFarFromAnyKnownOne_listsTheKeysOfItsMapping() {
    List<SpecProblem> problems =
        problemsOf(VALID.replace("    uid: 2001\n", "    uid: 2001\n    shell: zsh\n"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("clusterUsers[0].shell");
              assertThat(p.line()).contains(8);
              assertThat(p.fix()).contains("iamUser, iamRole, osUser, uid");
            });
  }

  @Test
  void parse_derivedAttributes_areRejectedAsUnknownKeys() {
    String text =
        VALID
            .replace("    uid: 2001\n", "    uid: 2001\n    principalLabel: user/alice\n")
            .replace(
                "  bucket: sagemaker-demo-lifecycle\n",
                "  bucket: sagemaker-demo-lifecycle\n"
                    + "  sourceS3Uri: s3://sagemaker-demo-lifecycle/x\n");

    assertThat(problemsOf(text))
        .extracting(SpecProblem::path, SpecProblem::line, SpecProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "clusterUsers[0].principalLabel", Optional.of(8), "is not a known key"),
            org.assertj.core.groups.Tuple.tuple(
                "lifecycleScripts.sourceS3Uri", Optional.of(15), "is not a known key"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uid: 2001          | uid: two                  | clusterUsers[0].uid      | 7  | is text,"
            + " but a whole number is expected here",
        "count: 2           | count: 1.5                | instanceGroups[0].count  | 11 | is not a"
            + " whole number",
        "count: 2           | count: 99999999999        | instanceGroups[0].count  | 11 | is too"
            + " large a number",
        "stack: demo        | stack: [demo]             | stack                    | 2  | is a"
            + " list, but text is expected here",
        "region: us-west-2  | region: 2                 | region                   | 3  | put the"
            + " value in quotes: \"2\"",
        "stack: demo        | stack: demo\\n"
            + "account: 123456789012 | account | 3 | put the value in quotes: \"123456789012\"",
        "stack: demo        | stack: demo\\n"
            + "runAs: {enabled: \"true\"} | runAs.enabled | 3 | write true or false, without"
            + " quotes",
        "stack: demo        | stack: demo\\n"
            + "runAs: {enabled: yes} | runAs.enabled | 3 | is text, but true or false is expected",
        "stack: demo        | stack: demo\\n"
            + "tags: {team: true} | tags.team | 3 | put the value in quotes: \"true\"",
        "stack: demo        | stack: demo\\n"
            + "network: [usw2-az2] | network | 3 | is a list, but a mapping (key: value) is"
            + " expected here",
      })
  void parse_wrongType_namesPathLineAndFix(
      String from, String to, String path, int line, String words) {
    List<SpecProblem> problems =
        problemsOf(VALID.replace(from.strip(), to.strip().replace("\\n", "\n")));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo(path);
              assertThat(p.line()).contains(line);
              assertThat(p.message() + " Fix: " + p.fix()).contains(words);
            });
  }

  @Test
  void parse_missingRequiredKeys_nameTheirPaths() {
    String text =
        VALID
            .replace("stack: demo\n", "")
            .replace("    uid: 2001\n", "")
            .replace("lifecycleScripts:\n  bucket: sagemaker-demo-lifecycle\n", "");

    assertThat(problemsOf(text))
        .extracting(SpecProblem::path, SpecProblem::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("stack", Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("clusterUsers[0].uid", Optional.of(4)));
  }

  @Test
  void parse_missingLifecycleScriptsInCustomMode_namesItAndTheAmiMode() {
    String text = VALID.replace("lifecycleScripts:\n  bucket: sagemaker-demo-lifecycle\n", "");

    assertThat(problemsOf(text))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("lifecycleScripts");
          assertThat(p.fix()).contains("lifecycleMode: ami");
        });
  }

  @Test
  void parse_missingApiVersion_asksForIt() {
    assertThat(problemsOf(VALID.replace("apiVersion: hyperpod-prereqs/v1\n", "")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("apiVersion");
              assertThat(p.fix()).isEqualTo("add apiVersion: hyperpod-prereqs/v1.");
            });
  }

  @Test
  void parse_otherApiVersion_namesItsLine() {
    assertThat(problemsOf(VALID.replace("prereqs/v1", "prereqs/v2")))
        .extracting(SpecProblem::describe)
        .containsExactly(
            "line 1: apiVersion = hyperpod-prereqs/v2: is not a version this tool reads."
                + " Fix: use apiVersion: hyperpod-prereqs/v1.");
  }

  @Test
  void parse_requiredKeyWithoutValue_saysItHasNoValue() {
    assertThat(problemsOf(VALID.replace("stack: demo", "stack:")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("stack");
              assertThat(p.line()).contains(2);
              assertThat(p.message()).isEqualTo("has no value");
            });
  }

  @Test
  void parse_optionalKeyWithoutValue_readsAsAbsent() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(VALID + "tags:\nfsx:\n");

    assertThat(spec.tags()).isEmpty();
    assertThat(spec.fsx()).isEmpty();
  }

  @Test
  void parse_severalProblems_reportsEveryOneAtOnceInLineOrder() {
    String text =
        """
        apiVersion: hyperpod-prereqs/v1
        stack: Demo
        region: us-west-2
        clusterUsers:
          - iamUser: alice
            osuser: root
            uid: 0
        instanceGroups:
          - name: workers
            instanceType: p5.48xlarge
            count: 2
        quotas: {requestIncreases: maybe}
        lifecycleScripts:
          bucket: my-bucket
        """;

    InvalidSpecException e =
        catchThrowableOfType(
            InvalidSpecException.class, () -> HyperPodPrerequisites.fromYaml(text));

    assertThat(e.problems())
        .extracting(SpecProblem::path, p -> p.line().orElse(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("stack", 2),
            org.assertj.core.groups.Tuple.tuple("clusterUsers[0].osuser", 6),
            org.assertj.core.groups.Tuple.tuple("clusterUsers[0].osUser", 6),
            org.assertj.core.groups.Tuple.tuple("clusterUsers[0].uid", 7),
            org.assertj.core.groups.Tuple.tuple("instanceGroups[0].instanceType", 10),
            org.assertj.core.groups.Tuple.tuple("quotas.requestIncreases", 12),
            org.assertj.core.groups.Tuple.tuple("lifecycleScripts.bucket", 14));
    assertThat(e.getMessage())
        .startsWith("<yaml> has 7 problems:\n")
        .contains(
            "did you mean osUser?",
            "is root",
            "root's uid",
            "did you mean ml.p5.48xlarge?",
            "is text, but true or false is expected here",
            "does not start with sagemaker-");
  }

  @Test
  void parse_structuralProblemsThatPreventBinding_areAllReported() {
    String text =
        VALID
            .replace("uid: 2001", "uid: two")
            .replace("region: us-west-2\n", "")
            .replace("count: 2", "count: 2\n    size: big");

    assertThat(problemsOf(text))
        .extracting(SpecProblem::path)
        .containsExactly("clusterUsers[0].uid", "instanceGroups[0].size", "region");
  }

  @Test
  void parse_semanticProblemDeepInTheFile_namesItsLine() {
    String design = readDesignExample().replace("{cidr: 10.0.0.0/20}", "{cidr: 10.1.0.0/20}");

    assertThat(problemsOf(design))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("network.subnets[0].create.cidr");
              assertThat(p.line()).contains(33);
              assertThat(p.message()).contains("not inside the VPC's block 10.0.0.0/16");
            });
  }

  @Test
  void parse_brokenYaml_namesTheLineOfTheSyntaxError() {
    assertThat(problemsOf(VALID.replace("region: us-west-2", "region: [us-west-2")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("(document)");
              assertThat(p.message()).startsWith("is not valid YAML");
              assertThat(p.line()).isPresent();
            });
  }

  @Test
  void parse_keyGivenTwice_namesBothLines() {
    assertThat(problemsOf(VALID.replace("region: us-west-2", "region: us-west-2\nstack: other")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("stack");
              assertThat(p.line()).contains(4);
              assertThat(p.message()).contains("appears twice", "first on line 2");
            });
  }

  @Test
  void parse_emptyText_saysTheFileIsEmpty() {
    assertThat(problemsOf("# nothing\n"))
        .extracting(SpecProblem::message)
        .containsExactly("is empty");
  }

  @Test
  void parse_secondDocument_isRejected() {
    assertThat(problemsOf(VALID + "---\nstack: other\n"))
        .extracting(SpecProblem::message)
        .containsExactly("the file holds more than one document");
  }

  @Test
  void parse_listInsteadOfMapping_isRejectedAtTheTop() {
    assertThat(problemsOf("- stack: demo\n"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo("is a list, but a mapping (key: value) is expected here"));
  }

  @Test
  void parse_emptyListItem_namesIt() {
    assertThat(problemsOf(VALID.replace("clusterUsers:\n", "clusterUsers:\n  -\n")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("clusterUsers[0]");
              assertThat(p.message()).isEqualTo("is an empty list item");
            });
  }

  @Test
  void parse_jsonWithMisspeltKey_namesItsLine() {
    String json =
        """
        {
          "apiVersion": "hyperpod-prereqs/v1",
          "stack": "demo",
          "region": "us-west-2",
          "instanceGroups": [
            {"name": "workers", "instanceType": "ml.g5.8xlarge", "count": 2}
          ],
          "lifecycleScripts": {"bucket": "sagemaker-demo-lifecycle", "prefx": "scripts"}
        }
        """;

    assertThatThrownBy(() -> SpecCodec.parse(json, "spec.json"))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SpecProblem::describe)
                    .containsExactly(
                        "line 8: lifecycleScripts.prefx: is not a known key; did you mean prefix?"
                            + " Fix: rename it to prefix."))
        .hasMessageStartingWith("spec.json has 1 problem:");
  }

  @Test
  void load_invalidFile_namesTheFileInTheMessage(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, VALID.replace("uid: 2001", "uid: 0"));

    assertThatThrownBy(() -> HyperPodPrerequisites.load(file))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith(file + " has 1 problem:")
        .hasMessageContaining("line 7: clusterUsers[0].uid = 0: is root's uid");
  }

  private static List<SpecProblem> problemsOf(String text) {
    InvalidSpecException e =
        catchThrowableOfType(
            InvalidSpecException.class, () -> HyperPodPrerequisites.fromYaml(text));
    assertThat(e).as("the text is rejected").isNotNull();
    return e.problems();
  }

  private static String readDesignExample() {
    try {
      return Files.readString(Path.of("src", "test", "resources", "specs", "design-example.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
