package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's documentation keeps up with the code: every key of the spec's schema is in
 * docs/spec.md, every finding and requirement id the code can emit is in docs/findings.md, and
 * nothing in README.md or docs/ points outside the repository.
 */
class DocsTest {
  static final Path DOCS = Path.of("../docs");

  @Test
  void everySpecKey_isInSpecMd() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(CliRun.run(null, "schema").out);
    List<String> keys = new ArrayList<>();
    keys(schema, "", keys);
    assertThat(keys).hasSizeGreaterThan(50).contains("clusterUsers[].iamRole", "network.vpc.id",
        "fsx.id", "cluster.lifecycleMode", "instanceGroups[].slurm.nodeType");
    String doc = Files.readString(DOCS.resolve("spec.md"), StandardCharsets.UTF_8);
    assertThat(keys).as("keys of the spec missing from docs/spec.md: add a row each (key, type,"
        + " default, what it is)").allMatch(k -> doc.contains("`" + k + "`"));
  }

  @Test
  void everyEmittedId_isInFindingsMd() throws IOException {
    EmittedIds emitted = EmittedIds.of(Path.of("../api/src/main/java"),
        Path.of("../aws-backend/src/main/java"), Path.of("../simulator-backend/src/main/java"));

    assertThat(emitted.unresolved).as("id arguments the scan cannot resolve: pass a literal or a"
        + " String constant").isEmpty();
    assertThat(emitted.ids).hasSizeGreaterThan(60)
        .contains("account.mismatch", "quota.unknown", "role.trust", "plan.applied");
    String doc = Files.readString(DOCS.resolve("findings.md"), StandardCharsets.UTF_8);
    assertThat(emitted.ids).as("ids the code emits missing from docs/findings.md: add a row each"
        + " (id, severity or kind, what it means, the fix)")
        .allMatch(id -> doc.contains("`" + id + "`"));
  }

  @Test
  void readmeAndDocs_pointNowhereOutsideTheRepository() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("../README.md"), Path.of("../CHANGELOG.md")));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(file.toString()).doesNotContain("../shared").doesNotContain("](../../");
    }
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("docs/architecture.md", "docs/spec.md", "docs/findings.md",
        "CHANGELOG.md");
  }

  /** The dotted paths of the schema's keys: {@code a.b}, {@code a[].b}. */
  private static void keys(JsonNode node, String path, List<String> out) {
    JsonNode properties = node.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      out.add(key);
      keys(e.getValue(), key, out);
      keys(e.getValue().path("items"), key + "[]", out);
    }
  }
}
