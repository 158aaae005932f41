package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --json} run prints exactly one JSON document on stdout, with
 * {@code formatVersion}: results, refusals, errors and usage errors alike.
 */
class JsonDocumentTest {
  @TempDir Path dir;
  Path spec;
  Path state;

  @BeforeEach
  void files() throws Exception {
    spec = dir.resolve("spec.yaml");
    Files.writeString(spec, CliEndToEndTest.SPEC, StandardCharsets.UTF_8);
    state = dir.resolve("state/simulator.json");
  }

  private static JsonNode document(CliRun run) {
    JsonNode doc = run.onlyDocument();
    assertThat(doc.path("formatVersion").asInt()).as(run.toString())
        .isEqualTo(JsonDocument.FORMAT_VERSION);
    assertThat(doc.fieldNames().next()).isEqualTo("formatVersion");
    return doc;
  }

  private static JsonNode error(CliRun run, int code, String type) {
    assertThat(run.code).as(run.toString()).isEqualTo(code);
    JsonNode error = document(run).path("error");
    assertThat(error.path("type").asText()).as(run.toString()).isEqualTo(type);
    assertThat(error.path("message").asText()).isNotBlank();
    return error;
  }

  @Test
  void results_ofPlanApplyVerifyDestroyAndQuotas_areOneDocumentEach() {
    assertThat(document(CliRun.run(state, "plan", spec.toString(), "--json")).has("changes"))
        .isTrue();
    assertThat(document(CliRun.run(state, "apply", spec.toString(), "--yes", "--json"))
        .has("createClusterRequest")).isTrue();
    assertThat(document(CliRun.run(state, "verify", spec.toString(), "--json")).has("ready"))
        .isTrue();
    assertThat(document(CliRun.run(state, "quotas", "--region", "us-west-2", "--json"))
        .has("quotas")).isTrue();
    assertThat(document(CliRun.run(state, "destroy", spec.toString(), "--yes", "--json"))
        .has("changes")).isTrue();
  }

  @Test
  void apply_withoutYesOffATerminal_isARefusalDocument_andChangesNothing() {
    CliRun run = CliRun.run(state, "apply", spec.toString(), "--json");

    assertThat(error(run, 1, "refused").path("message").asText()).contains("--yes");
    assertThat(run.err).contains("--yes");
    assertThat(CliRun.run(state, "plan", spec.toString()).code).isEqualTo(2);
  }

  @Test
  void destroy_withoutYesOffATerminal_isARefusalDocument_andDeletesNothing() {
    assertThat(CliRun.run(state, "apply", spec.toString(), "--yes").code).isZero();

    CliRun run = CliRun.run(state, "destroy", spec.toString(), "--json");

    assertThat(error(run, 1, "refused").path("message").asText()).contains("--yes");
    assertThat(CliRun.run(state, "plan", spec.toString()).code).isZero();
  }

  @Test
  void apply_blockedByAnErrorFinding_isOneDocumentWithTheFindings() throws Exception {
    Files.writeString(spec, CliEndToEndTest.SPEC + "account: \"111111111111\"\n");

    CliRun run = CliRun.run(state, "apply", spec.toString(), "--yes", "--json");

    JsonNode findings = error(run, 1, "plan-refused").path("findings");
    assertThat(findings).extracting(f -> f.path("id").asText()).contains("account.mismatch");
    assertThat(state).doesNotExist();
  }

  @Test
  void usageErrors_withJson_areOneUsageDocument() {
    for (List<String> args : List.of(
        List.of("plan", "--json"),
        List.of("plan", spec.toString(), "--json", "--frobnicate"),
        List.of("plan", spec.toString(), "--json", "--backend", "gcp"),
        List.of("apply", spec.toString(), "--json", "--profile", "prod"))) {
      CliRun run = CliRun.run(state, args.toArray(String[]::new));
      error(run, 64, "usage");
      assertThat(run.err).as(args.toString()).startsWith("error: ");
    }
  }

  @Test
  void invalidSpecAndMissingFile_areOneErrorDocument() throws Exception {
    error(CliRun.run(state, "verify", dir.resolve("nope.yaml").toString(), "--json"), 1, "usage");
    Files.writeString(spec, CliEndToEndTest.SPEC.replace("stack: clitest", "stack: Bad_Stack"));
    error(CliRun.run(state, "apply", spec.toString(), "--yes", "--json"), 1, "invalid-spec");
  }

  @Test
  void profileOrEndpointUrl_withoutBackendAws_isAUsageErrorNamingTheFlag() {
    for (String flag : List.of("--profile", "--endpoint-url")) {
      CliRun run = CliRun.run(state, "apply", spec.toString(), "--yes", flag,
          flag.equals("--profile") ? "prod" : "http://127.0.0.1:1");
      assertThat(run.code).as(run.toString()).isEqualTo(64);
      assertThat(run.err).contains(flag).contains("--backend aws");
      assertThat(state).doesNotExist();
    }
    CliRun explicit = CliRun.run(state, "plan", spec.toString(), "--backend", "simulator",
        "--profile", "prod");
    assertThat(explicit.code).isEqualTo(64);
    assertThat(explicit.err).contains("--profile");
  }
}
