package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's contract (DESIGN §6): exit codes, streams, JSON, on the embedded simulator. */
class CliEndToEndTest {
  static final String SPEC = String.join("\n",
      "apiVersion: hyperpod-prereqs/v1",
      "stack: clitest",
      "region: us-west-2",
      "clusterAdmins:",
      "  - iamUser: hp-admin",
      "clusterUsers:",
      "  - iamUser: alice",
      "    osUser: alice",
      "    uid: 2001",
      "instanceGroups:",
      "  - name: controller-machine",
      "    instanceType: ml.c5.2xlarge",
      "    count: 1",
      "  - name: worker-group-1",
      "    instanceType: ml.g5.8xlarge",
      "    count: 2",
      "runAs: {enabled: true, defaultUser: ubuntu}",
      "lifecycleScripts:",
      "  bucket: sagemaker-clitest-lifecycle",
      "  prefix: hyperpod/lifecycle",
      "");

  @TempDir Path dir;
  Path spec;
  Path state;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void files() throws Exception {
    spec = dir.resolve("spec.yaml");
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    state = dir.resolve("state/simulator.json");
  }

  @Test
  void planApplyPlanDestroyPlan_onTheEmbeddedSimulator_followTheExitCodes() {
    CliRun plan = CliRun.run(state, "plan", spec.toString());
    assertThat(plan.code).as(plan.toString()).isEqualTo(2);
    assertThat(plan.out).contains("+ iam_user.alice").contains("to create");

    CliRun apply = CliRun.run(state, "apply", spec.toString(), "--yes");
    assertThat(apply.code).as(apply.toString()).isZero();
    assertThat(apply.err).contains("Apply complete");
    assertThat(state).exists();

    CliRun again = CliRun.run(state, "plan", spec.toString());
    assertThat(again.code).as(again.toString()).isZero();
    assertThat(again.out).contains("No changes");

    CliRun destroy = CliRun.run(state, "destroy", spec.toString(), "--yes");
    assertThat(destroy.code).as(destroy.toString()).isZero();

    assertThat(CliRun.run(state, "plan", spec.toString()).code).isEqualTo(2);
  }

  @Test
  void planJson_printsExactlyOneDocumentWithTheContractKeys() throws Exception {
    CliRun plan = CliRun.run(state, "plan", spec.toString(), "--json");

    JsonNode doc = json.readTree(plan.out);
    assertThat(doc.fieldNames()).toIterable()
        .containsExactly("formatVersion", "stack", "region", "account", "changes", "findings",
            "summary");
    JsonNode first = doc.get("changes").get(0);
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("address", "action", "before", "after", "after_unknown", "reason");
    assertThat(doc.get("summary").fieldNames()).toIterable()
        .containsExactly("create", "update", "delete", "request", "noop");
    long quotas = doc.get("changes").findValuesAsText("address").stream()
        .filter(a -> a.startsWith("service_quota.")).count();
    assertThat(quotas).isEqualTo(4);
    assertThat(doc.get("summary").get("noop").asInt()).isEqualTo(quotas);
    assertThat(doc.get("summary").get("create").asInt())
        .isEqualTo(doc.get("changes").size() - quotas);
  }

  @Test
  void applyJson_printsOutcomesAndTheCreateClusterRequest() throws Exception {
    CliRun apply = CliRun.run(state, "apply", spec.toString(), "--yes", "--json");

    assertThat(apply.code).as(apply.toString()).isZero();
    JsonNode doc = json.readTree(apply.out);
    assertThat(doc.get("changes").get(0).fieldNames()).toIterable()
        .contains("address", "action", "outcome");
    JsonNode request = doc.get("createClusterRequest");
    assertThat(request.get("ClusterName").asText()).isEqualTo("clitest");
    assertThat(request.get("InstanceGroups").get(0).get("LifeCycleConfig").get("SourceS3Uri")
        .asText()).isEqualTo("s3://sagemaker-clitest-lifecycle/hyperpod/lifecycle");
  }

  @Test
  void apply_withoutYesAndWithoutATerminal_refusesAndChangesNothing() {
    CliRun apply = CliRun.run(state, "apply", spec.toString());

    assertThat(apply.code).isEqualTo(1);
    assertThat(apply.err).contains("--yes");
    assertThat(CliRun.run(state, "plan", spec.toString()).code).isEqualTo(2);
  }

  @Test
  void applySavedPlan_accountUnchanged_applies() {
    Path planFile = dir.resolve("plan.json");
    assertThat(CliRun.run(state, "plan", spec.toString(), "--out", planFile.toString()).code)
        .isEqualTo(2);

    CliRun apply = CliRun.run(state, "apply", planFile.toString(), "--yes");

    assertThat(apply.code).as(apply.toString()).isZero();
    assertThat(CliRun.run(state, "plan", spec.toString()).code).isZero();
  }

  @Test
  void applySavedPlan_accountMovedMeanwhile_refuses() {
    Path planFile = dir.resolve("plan.json");
    CliRun.run(state, "plan", spec.toString(), "--out", planFile.toString());
    CliRun.run(state, "apply", spec.toString(), "--yes");

    CliRun stale = CliRun.run(state, "apply", planFile.toString(), "--yes");

    assertThat(stale.code).isEqualTo(1);
    assertThat(stale.err).contains("changed since the plan").doesNotContain("Exception");
  }

  @Test
  void outputsCreateClusterJson_afterApply_printsOnlyTheRequest() throws Exception {
    CliRun.run(state, "apply", spec.toString(), "--yes");

    CliRun out = CliRun.run(state, "outputs", spec.toString(), "--create-cluster-json");

    assertThat(out.code).isZero();
    JsonNode request = json.readTree(out.out);
    assertThat(request.get("InstanceGroups").get(1).get("ExecutionRole").asText())
        .isEqualTo("arn:aws:iam::123456789012:role/clitest-execution-role");
    assertThat(out.err).doesNotContain("warning");
  }

  @Test
  void plan_invalidSpec_exitsOneNamingEveryProblemWithoutAStackTrace() throws Exception {
    Files.writeString(spec, SPEC.replace("stack: clitest", "stack: Bad_Stack")
        .replace("sagemaker-clitest-lifecycle", "my-bucket")
        .replace("osUser: alice", "osuser: alice"));

    CliRun plan = CliRun.run(state, "plan", spec.toString());

    assertThat(plan.code).isEqualTo(1);
    assertThat(plan.err).contains("osuser").contains("osUser").contains("line 8");
    assertThat(plan.err).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(state).doesNotExist();
  }

  @Test
  void plan_specFileMissing_exitsOneWithAClearMessage() {
    CliRun plan = CliRun.run(state, "plan", dir.resolve("nope.yaml").toString());

    assertThat(plan.code).isEqualTo(1);
    assertThat(plan.err).contains("spec file not found");
  }

  @Test
  void usageErrors_exitSixtyFour() {
    assertThat(CliRun.run(null, "plan").code).isEqualTo(64);
    assertThat(CliRun.run(null, "frobnicate").code).isEqualTo(64);
    assertThat(CliRun.run(null, "plan", "x.yaml", "--backend", "gcp").code).isEqualTo(64);
  }

  @Test
  void simulatorReset_forgetsTheState() {
    CliRun.run(state, "apply", spec.toString(), "--yes");

    assertThat(CliRun.run(state, "simulator", "reset").code).isZero();

    assertThat(state).doesNotExist();
    assertThat(CliRun.run(state, "plan", spec.toString()).code).isEqualTo(2);
  }

  @Test
  void planJson_invalidSpec_printsOneErrorDocumentWithEveryProblem() throws Exception {
    Files.writeString(spec, SPEC.replace("stack: clitest", "stack: Bad_Stack")
        .replace("uid: 2001", "uid: 0"));

    CliRun plan = CliRun.run(state, "plan", spec.toString(), "--json");

    assertThat(plan.code).isEqualTo(1);
    JsonNode error = json.readTree(plan.out).get("error");
    assertThat(error.get("type").asText()).isEqualTo("invalid-spec");
    assertThat(error.get("problems")).extracting(p -> p.get("path").asText())
        .contains("stack", "clusterUsers[0].uid");
    assertThat(error.get("problems").get(0).get("line").asInt()).isPositive();
  }

  @Test
  void verify_beforeAndAfterApply_exitsThreeThenZero() throws Exception {
    CliRun before = CliRun.run(state, "verify", spec.toString());
    assertThat(before.code).as(before.toString()).isEqualTo(3);
    assertThat(before.out).contains("FAIL plan.applied").contains("NOT READY");

    assertThat(CliRun.run(state, "apply", spec.toString(), "--yes").code).isZero();
    assertThat(CliRun.run(state, "simulator", "advance", "--hours", "72").code).isZero();
    CliRun after = CliRun.run(state, "verify", spec.toString(), "--json");

    assertThat(after.code).as(after.toString()).isZero();
    JsonNode report = json.readTree(after.out);
    assertThat(report.path("ready").asBoolean()).isTrue();
    assertThat(report.path("requirements").get(0).has("evidence")).isTrue();
  }
}
