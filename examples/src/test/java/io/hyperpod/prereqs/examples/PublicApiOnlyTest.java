package io.hyperpod.prereqs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples are what users copy, and the CLI is the SDK's first user, so both use the public API
 * only: no source file of this module or of the cli module (main and tests) names a type of an
 * {@code internal} package of the project (by import or fully qualified name). The api module's
 * PackageRulesTest keeps the rules inside the API; integration-tests' PublicSignaturesTest keeps
 * internal types out of the public signatures.
 */
class PublicApiOnlyTest {
  /** A reference to a project package named internal, at any depth. */
  static final Pattern INTERNAL =
      Pattern.compile(
          "\\bio\\.hyperpod\\.prereqs(?:\\.[a-z0-9_]+)*\\.internal\\b(?:\\.[A-Za-z0-9_]+)*");

  @Test
  void examples_nameNoInternalType() {
    List<String> uses =
        Stream.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"))
            .flatMap(PublicApiOnlyTest::javaFiles)
            .flatMap(file -> internalUses(file).stream().map(use -> file + ": " + use))
            .collect(Collectors.toList());

    assertThat(uses).as("internal types named by the examples").isEmpty();
  }

  @Test
  void cli_namesNoInternalType() {
    Path cli = Path.of("..", "cli", "src");
    List<String> uses =
        Stream.of(cli.resolve(Path.of("main", "java")), cli.resolve(Path.of("test", "java")))
            .flatMap(PublicApiOnlyTest::javaFiles)
            .flatMap(file -> internalUses(file).stream().map(use -> file + ": " + use))
            .collect(Collectors.toList());

    assertThat(uses).as("internal types named by the CLI").isEmpty();
  }

  @Test
  void rule_findsImportsAndQualifiedNames_andNothingElse() {
    assertThat(find("import io.hyperpod.prereqs.internal.json.Json;"))
        .containsExactly("io.hyperpod.prereqs.internal.json.Json");
    assertThat(find("x = io.hyperpod.prereqs.simulator.internal.Iam.of(y);"))
        .containsExactly("io.hyperpod.prereqs.simulator.internal.Iam.of");
    assertThat(find("import io.hyperpod.prereqs.plan.Plan; // internally planned")).isEmpty();
    assertThat(find("import io.hyperpod.prereqs.internalize.X;")).isEmpty();
  }

  private static List<String> internalUses(Path file) {
    try {
      // this file names internal packages in its own samples
      return file.endsWith("PublicApiOnlyTest.java") ? List.of() : find(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> find(String text) {
    Matcher m = INTERNAL.matcher(text);
    return m.results().map(r -> r.group()).collect(Collectors.toList());
  }

  private static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
      assertThat(all).as("sources under " + root).isNotEmpty();
      return all.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
