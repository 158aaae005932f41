package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Session Manager preferences document: created with Run As when missing, otherwise Run As
 * merged in with every other input kept and the new version made the default.
 */
class RunAsPreferencesTest {
  static final String DOC = SsmPort.PREFERENCES_DOCUMENT;
  static final String ADDRESS = "ssm_document." + DOC;

  /** Preferences a team set up earlier: logging to S3, a long idle timeout, a shell profile. */
  static final String TEAM_PREFERENCES = """
      {
        "schemaVersion": "1.0",
        "description": "Team settings",
        "sessionType": "Standard_Stream",
        "inputs": {
          "s3BucketName": "team-session-logs",
          "s3KeyPrefix": "ssm/",
          "s3EncryptionEnabled": true,
          "cloudWatchLogGroupName": "/team/sessions",
          "cloudWatchEncryptionEnabled": false,
          "cloudWatchStreamingEnabled": true,
          "kmsKeyId": "",
          "runAsEnabled": false,
          "runAsDefaultUser": "",
          "idleSessionTimeout": "45",
          "maxSessionDuration": "600",
          "shellProfile": {"windows": "", "linux": "exec /bin/bash -l"}
        }
      }
      """;

  final ObjectMapper json = new ObjectMapper();
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.demo();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  static ResourceChange change(Plan plan) {
    return plan.changes().stream().filter(c -> c.address().toString().equals(ADDRESS))
        .findFirst().orElseThrow();
  }

  JsonNode inputs() throws Exception {
    return json.readTree(backend.ssm().getDocument(DOC).orElseThrow().content()).get("inputs");
  }

  void teamPreferences() {
    backend.ssm().createDocument(DOC, "Session", "JSON", TEAM_PREFERENCES, Map.of());
  }

  @Test
  void apply_noPreferences_createsThemWithRunAsAndTheDefaultUser() throws Exception {
    Plan plan = spec.plan(backend);
    assertThat(change(plan).action()).isEqualTo(ChangeAction.CREATE);
    assertThat(change(plan).after()).containsEntry("inputs.runAsEnabled", true)
        .containsEntry("inputs.runAsDefaultUser", "ubuntu")
        .containsEntry("inputs.idleSessionTimeout", "20");

    assertThat(plan.apply().succeeded()).isTrue();

    assertThat(inputs().get("runAsEnabled").asBoolean()).isTrue();
    assertThat(inputs().get("runAsDefaultUser").asText()).isEqualTo("ubuntu");
    var description = backend.ssm().describeDocument(DOC).orElseThrow();
    assertThat(description.documentType()).isEqualTo("Session");
    assertThat(description.defaultVersion()).isEqualTo("1");
    assertThat(description.tags()).containsEntry("hyperpod-prereqs:stack", "demo");
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_existingPreferences_showsOnlyTheInputsThatChange() {
    teamPreferences();

    Plan plan = spec.plan(backend);

    ResourceChange c = change(plan);
    assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(c.reason()).contains("turns Run As on").contains("sets runAsDefaultUser to ubuntu")
        .contains("every other input kept");
    assertThat(c.before()).containsEntry("inputs.runAsEnabled", false)
        .containsEntry("document_version", "1");
    assertThat(c.after()).containsEntry("inputs.runAsEnabled", true)
        .containsEntry("inputs.runAsDefaultUser", "ubuntu");
    assertThat(c.after().keySet()).isEqualTo(c.before().keySet());
    assertThat(c.after().keySet().stream()
        .filter(k -> !c.before().get(k).equals(c.after().get(k))))
        .containsExactlyInAnyOrder("inputs.runAsEnabled", "inputs.runAsDefaultUser",
            "document_version");
    String text = PlanFormat.text(plan.content(), false);
    assertThat(text).contains("~ inputs.runAsEnabled = false -> true")
        .contains("~ inputs.runAsDefaultUser = \"\" -> \"ubuntu\"")
        .doesNotContain("inputs.s3BucketName");
  }

  @Test
  void apply_existingPreferences_mergesRunAsKeepsEveryOtherInputAndDefaultsTheNewVersion()
      throws Exception {
    teamPreferences();
    JsonNode before = inputs();

    assertThat(spec.apply(backend).succeeded()).isTrue();

    var description = backend.ssm().describeDocument(DOC).orElseThrow();
    assertThat(description.latestVersion()).isEqualTo("2");
    assertThat(description.defaultVersion()).isEqualTo("2");
    JsonNode after = inputs();
    assertThat(after.get("runAsEnabled").asBoolean()).isTrue();
    assertThat(after.get("runAsDefaultUser").asText()).isEqualTo("ubuntu");
    ((com.fasterxml.jackson.databind.node.ObjectNode) before).put("runAsEnabled", true)
        .put("runAsDefaultUser", "ubuntu");
    assertThat(after).isEqualTo(before);
    JsonNode doc = json.readTree(backend.ssm().getDocument(DOC).orElseThrow().content());
    assertThat(doc.get("description").asText()).isEqualTo("Team settings");
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void apply_noDefaultUserInTheSpec_keepsTheOneThePreferencesHave() throws Exception {
    backend.ssm().createDocument(DOC, "Session", "JSON",
        TEAM_PREFERENCES.replace("\"runAsDefaultUser\": \"\"", "\"runAsDefaultUser\": \"alice\""),
        Map.of());
    HyperPodPrerequisites noDefault = HyperPodPrerequisites.builder().from(spec)
        .runAs(RunAs.builder().enabled(true).build()).build();

    Plan plan = noDefault.plan(backend);

    assertThat(change(plan).reason()).contains("turns Run As on")
        .doesNotContain("runAsDefaultUser");
    plan.apply();
    assertThat(inputs().get("runAsDefaultUser").asText()).isEqualTo("alice");
  }

  @Test
  void apply_preferencesInYaml_areMergedAndWrittenAsJson() throws Exception {
    backend.ssm().createDocument(DOC, "Session", "YAML", String.join("\n",
        "schemaVersion: '1.0'",
        "description: yaml settings",
        "sessionType: Standard_Stream",
        "inputs:",
        "  s3EncryptionEnabled: true",
        "  cloudWatchEncryptionEnabled: true",
        "  runAsEnabled: false",
        "  idleSessionTimeout: '15'",
        ""), Map.of());

    assertThat(spec.apply(backend).succeeded()).isTrue();

    SsmDocument now = backend.ssm().getDocument(DOC).orElseThrow();
    assertThat(now.documentFormat()).isEqualTo("JSON");
    assertThat(inputs().get("idleSessionTimeout").asText()).isEqualTo("15");
    assertThat(inputs().get("runAsEnabled").asBoolean()).isTrue();
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void apply_defaultVersionBehindTheLatest_mergesThePreferencesInForce() throws Exception {
    teamPreferences();
    backend.ssm().updateDocument(DOC, TEAM_PREFERENCES.replace("\"45\"", "\"5\""), "JSON",
        "$LATEST");

    assertThat(spec.apply(backend).succeeded()).isTrue();

    var description = backend.ssm().describeDocument(DOC).orElseThrow();
    assertThat(description.defaultVersion()).isEqualTo("3");
    assertThat(inputs().get("idleSessionTimeout").asText()).isEqualTo("45");
  }

  @Test
  void apply_someoneTurnedRunAsOffAgain_makesTheEarlierVersionTheDefault() throws Exception {
    spec.apply(backend);
    String ours = backend.ssm().getDocument(DOC).orElseThrow().content();
    backend.ssm().updateDocument(DOC, ours.replace("\"runAsEnabled\" : true",
        "\"runAsEnabled\" : false"), "JSON", "$LATEST");
    backend.ssm().updateDefaultVersion(DOC, "2");
    assertThat(change(spec.plan(backend)).action()).isEqualTo(ChangeAction.UPDATE);

    assertThat(spec.apply(backend).succeeded()).isTrue();

    var description = backend.ssm().describeDocument(DOC).orElseThrow();
    assertThat(description.latestVersion()).isEqualTo("2");
    assertThat(description.defaultVersion()).isEqualTo("1");
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_preferencesOfAnotherSessionType_isAnErrorAndApplyIsRefused() {
    backend.ssm().createDocument(DOC, "Session", "JSON",
        "{\"schemaVersion\":\"1.0\",\"sessionType\":\"Port\",\"properties\":{}}", Map.of());

    Plan plan = spec.plan(backend);

    assertThat(change(plan).action()).isEqualTo(ChangeAction.NOOP);
    Finding f = plan.findings().stream()
        .filter(x -> x.id().equals("runas.preferences-unmergeable")).findFirst().orElseThrow();
    assertThat(f.message()).contains("sessionType is \"Port\"");
    assertThat(f.address().orElseThrow().toString()).isEqualTo(ADDRESS);
    assertThatThrownBy(plan::apply).isInstanceOf(PlanRefusedException.class);
  }

  @Test
  void plan_runAsAbsentFromTheSpec_leavesThePreferencesAlone() {
    teamPreferences();
    HyperPodPrerequisites without = HyperPodPrerequisites.builder().from(spec)
        .runAs(java.util.Optional.empty()).build();

    Plan plan = without.plan(backend);

    assertThat(plan.changes()).noneMatch(c -> c.address().toString().equals(ADDRESS));
    assertThat(plan.findings()).isEmpty();
  }
}
