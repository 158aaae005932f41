package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change model on the CLI (docs/plan-model.md): {@code plan --json} marks what only apply can
 * know in {@code after_unknown} instead of writing a placeholder into {@code after}, and {@code
 * outputs --create-cluster-json} refuses to print a request whose ids do not exist yet.
 */
class CliPlanModelTest {
  static final Path FULL = Path.of("..", "examples", "specs", "full.yaml");

  @TempDir Path dir;

  @Test
  void planJson_beforeApply_marksIdsAsUnknownAndWritesNoPlaceholder() throws Exception {
    CliRun plan = CliRun.run(dir.resolve("sim.json"), "plan", FULL.toString(), "--json");

    assertThat(plan.code).as(plan.toString()).isEqualTo(2);
    assertThat(plan.out).doesNotContain("known after apply");
    JsonNode doc = new ObjectMapper().readTree(plan.out);
    JsonNode vpc = change(doc, "ec2_vpc.main");
    assertThat(vpc.get("action").asText()).isEqualTo("create");
    assertThat(vpc.get("after").get("id").isNull()).isTrue();
    assertThat(vpc.get("after").get("cidr").asText()).isEqualTo("10.0.0.0/16");
    assertThat(vpc.get("after_unknown")).extracting(JsonNode::asText).containsExactly("/id");
    JsonNode subnet = change(doc, "ec2_subnet.10.0.0.0/17");
    assertThat(subnet.get("after_unknown")).extracting(JsonNode::asText)
        .contains("/id", "/vpc_id", "/route_table_id");
    for (JsonNode c : doc.get("changes")) {
      if (c.get("action").asText().equals("noop")) {
        assertThat(c.get("after")).as(c.get("address").asText()).isEqualTo(c.get("before"));
        assertThat(c.get("after_unknown")).isEmpty();
      }
    }
  }

  @Test
  void outputsCreateClusterJson_idsNotCreatedYet_refusesNamingThem() {
    CliRun outputs = CliRun.run(dir.resolve("sim.json"), "outputs", FULL.toString(),
        "--create-cluster-json");

    assertThat(outputs.code).as(outputs.toString()).isEqualTo(1);
    assertThat(outputs.out).isEmpty();
    assertThat(outputs.err)
        .contains("the CreateCluster request is not complete")
        .contains("VpcConfig.SecurityGroupIds[0] (ec2_security_group.efa)")
        .contains("VpcConfig.Subnets[0] (ec2_subnet.10.0.0.0/17)")
        .contains("hyperpod-prereqs apply");
  }

  @Test
  void applySavedPlan_modeEditedToDestroy_refusesNamingTheEditAndDestroysNothing()
      throws Exception {
    Path state = dir.resolve("sim.json");
    Path quickstart = Path.of("..", "examples", "specs", "quickstart.yaml");
    assertThat(CliRun.run(state, "apply", quickstart.toString(), "--yes").code).isZero();
    Path planFile = dir.resolve("plan.json");
    assertThat(CliRun.run(state, "plan", quickstart.toString(), "--out", planFile.toString())
        .code).isZero();
    String text = java.nio.file.Files.readString(planFile);
    assertThat(text).contains("\"mode\" : \"apply\"");
    java.nio.file.Files.writeString(planFile,
        text.replace("\"mode\" : \"apply\"", "\"mode\" : \"destroy\""));

    CliRun apply = CliRun.run(state, "apply", planFile.toString(), "--yes");

    assertThat(apply.code).as(apply.toString()).isEqualTo(1);
    assertThat(apply.err).contains("was edited after it was made").contains("its mode")
        .doesNotContain("Exception");
    CliRun plan = CliRun.run(state, "plan", quickstart.toString());
    assertThat(plan.code).as(plan.toString()).isZero();
  }

  private static JsonNode change(JsonNode doc, String address) {
    for (JsonNode c : doc.get("changes")) {
      if (c.get("address").asText().equals(address)) {
        return c;
      }
    }
    throw new AssertionError("no change " + address + " in " + doc);
  }
}
