package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec's JSON Schema: {@code schema} prints the committed docs/spec.schema.json, and an
 * independent validator (networknt) accepts every example spec and what {@code init} writes, and
 * rejects every bad spec of the tests, which {@code validate} rejects too, naming the same key.
 */
class SpecSchemaTest {
  static final Path COMMITTED = Path.of("../docs/spec.schema.json");
  static final Path EXAMPLES = Path.of("../examples/specs");
  static final Path BAD = Path.of("src/test/resources/bad-specs");

  final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  @TempDir Path dir;

  private static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(Files.readString(COMMITTED, StandardCharsets.UTF_8));
  }

  private Set<ValidationMessage> problems(Path spec) throws IOException {
    return schema().validate(yaml.readTree(spec.toFile()));
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void schemaCommand_printsTheCommittedFile() throws IOException {
    CliRun run = CliRun.run(null, "schema");

    assertThat(run.code).isZero();
    assertThat(run.out).as("docs/spec.schema.json is stale: write it again with"
        + " `hyperpod-prereqs schema > docs/spec.schema.json`")
        .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
  }

  @Test
  void everyExampleSpec_matchesTheSchema() throws IOException {
    List<Path> examples = files(EXAMPLES);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (Path example : examples) {
      assertThat(problems(example)).as(example.toString()).isEmpty();
      assertThat(CliRun.run(null, "validate", example.toString()).code).as(example.toString())
          .isZero();
    }
  }

  @Test
  void everyBadSpec_failsTheSchemaAndValidate_atTheKeyItNames() throws IOException {
    List<Path> bad = files(BAD);
    assertThat(bad).hasSizeGreaterThanOrEqualTo(6);
    for (Path spec : bad) {
      String key = expectedKey(spec);
      String leaf = key.replaceAll(".*[.\\]]", "");
      Set<ValidationMessage> problems = problems(spec);
      assertThat(problems).as(spec.toString()).isNotEmpty();
      assertThat(problems).as(spec + ": " + problems)
          .anyMatch(m -> m.getMessage().contains(leaf) || m.getInstanceLocation().toString()
              .contains(leaf));
      CliRun validate = CliRun.run(null, "validate", spec.toString());
      assertThat(validate.code).as(validate.toString()).isEqualTo(1);
      assertThat(validate.err).as(spec.toString()).contains(key);
    }
  }

  @Test
  void initSpecs_ofEveryLifecycleMode_matchTheSchemaAndValidate() throws IOException {
    for (String mode : List.of("ami", "extension", "custom")) {
      Path out = dir.resolve(mode + ".yaml");
      CliRun init = CliRun.run(null, "init", "--stack", "team-" + mode, "--lifecycle-mode", mode,
          "--out", out.toString());
      assertThat(init.code).as(init.toString()).isZero();
      assertThat(Files.readString(out)).startsWith("#").contains("lifecycleMode: " + mode);
      assertThat(problems(out)).as(mode).isEmpty();
      CliRun validate = CliRun.run(null, "validate", out.toString());
      assertThat(validate.code).as(validate.toString()).isZero();
    }
  }

  @Test
  void init_refusesToOverwriteWithoutForce() throws IOException {
    Path out = dir.resolve("spec.yaml");
    Files.writeString(out, "mine");

    CliRun refused = CliRun.run(null, "init", "--stack", "team", "--out", out.toString());
    assertThat(refused.code).isEqualTo(1);
    assertThat(refused.err).contains("--force");
    assertThat(Files.readString(out)).isEqualTo("mine");

    CliRun forced = CliRun.run(null, "init", "--stack", "team", "--out", out.toString(),
        "--force");
    assertThat(forced.code).as(forced.toString()).isZero();
    assertThat(Files.readString(out)).contains("stack: team");
  }

  @Test
  void init_aBadStackName_writesNothingAndNamesTheProblem() {
    Path out = dir.resolve("spec.yaml");

    CliRun run = CliRun.run(null, "init", "--stack", "Bad_Name", "--out", out.toString());

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("stack");
    assertThat(out).doesNotExist();
  }

  /** The key a bad spec's first line names: {@code # expect: KEY (why)}. */
  private static String expectedKey(Path spec) throws IOException {
    String first = Files.readAllLines(spec).get(0);
    assertThat(first).as(spec.toString()).startsWith("# expect: ");
    return first.substring("# expect: ".length()).split(" ")[0];
  }
}
