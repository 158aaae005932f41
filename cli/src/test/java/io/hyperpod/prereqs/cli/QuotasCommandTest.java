package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quotas} and {@code simulator advance} on the embedded simulator: a user watches the
 * increase requests that apply filed get approved as simulated time passes.
 */
class QuotasCommandTest {
  static final String SPEC = CliEndToEndTest.SPEC.replace("lifecycleScripts:", String.join("\n",
      "quotas: {requestIncreases: true}",
      "lifecycleScripts:"))
      .replace("instanceGroups:", String.join("\n",
          "instanceGroups:",
          "  - name: worker-group-p5",
          "    instanceType: ml.p5.48xlarge",
          "    count: 4"));

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

  CliRun quotas(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "quotas";
    args[1] = "--region";
    args[2] = "us-west-2";
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.run(state, args);
  }

  static String line(CliRun run, String quota) {
    return run.out.lines().filter(l -> l.startsWith(quota)).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + quota + " in\n" + run));
  }

  @Test
  void quotas_givenTypes_printsAppliedDefaultAdjustableAndRequest() {
    CliRun run = quotas("--instance-type", "ml.p5.48xlarge", "--instance-type", "ml.c5.2xlarge");

    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("Service Quotas a SageMaker HyperPod cluster needs in us-west-2"
        + " (account 123456789012)");
    assertThat(run.out).contains("Amazon SageMaker (service code sagemaker)")
        .contains("Amazon VPC (service code vpc)");
    assertThat(run.out.lines().filter(l -> l.startsWith("QUOTA")).findFirst().orElseThrow())
        .matches("QUOTA +CODE +APPLIED +DEFAULT +ADJUSTABLE +REQUEST");
    assertThat(line(run, "ml.p5.48xlarge for cluster usage"))
        .matches("ml\\.p5\\.48xlarge for cluster usage +L-8762A75F +- +0 +yes +-");
    assertThat(line(run, "ml.c5.2xlarge for cluster usage")).matches(".* - +10 +yes +-");
    assertThat(line(run, "Maximum number instances allowed per SageMaker HyperPod cluster"))
        .matches(".*L-2CE978FC +- +20 +yes +-");
    assertThat(run.out.lines().filter(l -> l.contains("for cluster usage"))).hasSize(2);
  }

  @Test
  void quotas_listEveryQuotaTheClusterNeeds_ebsVolumeSizeAndTheVpcQuotasToo() {
    CliRun run = quotas("--instance-type", "ml.p5.48xlarge");

    assertThat(run.code).as(run.toString()).isZero();
    assertThat(line(run, "Maximum size of EBS volume in GB for a SageMaker HyperPod cluster"
        + " instance")).matches(".*L-[0-9A-F]{8} +- +[0-9]+ +(yes|no) +-");
    assertThat(line(run, "Network interfaces per Region"))
        .matches("Network interfaces per Region +L-DF5E4CA3 +- +5000 +yes +-");
    assertThat(line(run, "VPCs per Region")).matches("VPCs per Region +L-F678F1CE +- +5 +yes +-");
    List<String> lines = run.out.lines().toList();
    assertThat(lines.indexOf("Amazon VPC (service code vpc)"))
        .isGreaterThan(lines.indexOf(line(run, "ml.p5.48xlarge for cluster usage")))
        .isLessThan(lines.indexOf(line(run, "Network interfaces per Region")));
    assertThat(run.out).doesNotContain("could not read");
  }

  @Test
  void quotas_noTypes_listsEveryHyperPodType() {
    CliRun run = quotas();

    assertThat(run.code).isZero();
    assertThat(run.out.lines().filter(l -> l.contains(" for cluster usage ")).count())
        .isEqualTo(io.hyperpod.prereqs.catalog.HyperPodCatalog.INSTANCE_TYPES.size());
  }

  @Test
  void quotasJson_printsOneDocumentWithEveryColumn() throws Exception {
    CliRun run = quotas("--instance-type", "ml.p5.48xlarge", "--json");

    assertThat(run.code).as(run.toString()).isZero();
    JsonNode doc = json.readTree(run.out);
    assertThat(doc.get("region").asText()).isEqualTo("us-west-2");
    JsonNode p5 = quota(doc, "ml.p5.48xlarge for cluster usage");
    assertThat(p5.fieldNames()).toIterable().containsExactly("name", "service", "code", "applied",
        "default", "value", "adjustable", "request", "unavailable");
    assertThat(p5.get("service").asText()).isEqualTo("sagemaker");
    assertThat(p5.get("unavailable").isNull()).isTrue();
    JsonNode enis = quota(doc, "Network interfaces per Region");
    assertThat(enis.get("service").asText()).isEqualTo("vpc");
    assertThat(enis.get("code").asText()).isEqualTo("L-DF5E4CA3");
    assertThat(enis.get("value").asDouble()).isEqualTo(5000);
    assertThat(p5.get("applied").isNull()).isTrue();
    assertThat(p5.get("default").asDouble()).isZero();
    assertThat(p5.get("request").isNull()).isTrue();
  }

  private static JsonNode quota(JsonNode doc, String name) {
    for (JsonNode q : doc.get("quotas")) {
      if (q.get("name").asText().equals(name)) {
        return q;
      }
    }
    throw new AssertionError("no quota " + name + " in " + doc);
  }

  @Test
  void applyThenAdvance_requestFiledOnceIsApprovedAfterTwentyFourHours() {
    CliRun plan = CliRun.run(state, "plan", spec.toString());
    assertThat(plan.code).as(plan.toString()).isEqualTo(2);
    assertThat(plan.out).contains("? service_quota.ml.p5.48xlarge").contains("1 to request");
    assertThat(CliRun.run(state, "apply", spec.toString(), "--yes").code).isZero();

    CliRun pending = quotas("--instance-type", "ml.p5.48xlarge");
    assertThat(line(pending, "ml.p5.48xlarge for cluster usage"))
        .matches(".*L-8762A75F +- +0 +yes +4 PENDING \\(request [0-9a-f]{32}\\)");
    CliRun replan = CliRun.run(state, "plan", spec.toString());
    assertThat(replan.code).as(replan.toString()).isZero();
    assertThat(replan.out).contains("[quota.pending]").contains("0 to request");

    CliRun advance = CliRun.run(state, "simulator", "advance", "--hours", "24");
    assertThat(advance.code).as(advance.toString()).isZero();
    assertThat(advance.err).contains("2025-01-02T00:00:00Z");

    CliRun approved = quotas("--instance-type", "ml.p5.48xlarge");
    assertThat(line(approved, "ml.p5.48xlarge for cluster usage"))
        .matches(".*L-8762A75F +4 +0 +yes +4 APPROVED \\(request [0-9a-f]{32}\\)");
    CliRun ready = CliRun.run(state, "plan", spec.toString());
    assertThat(ready.code).isZero();
    assertThat(ready.out).doesNotContain("Findings");
  }

  @Test
  void quotas_withoutRegion_failsAskingForIt() {
    CliRun run = CliRun.run(state, "quotas");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("quotas needs --region");
  }

  @Test
  void quotas_misspelledType_failsWithASuggestion() {
    CliRun run = quotas("--instance-type", "ml.p5.48xlage");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("ml.p5.48xlage is not a HyperPod instance type")
        .contains("did you mean ml.p5.48xlarge?");
  }

  @Test
  void simulatorAdvance_negativeHours_isRefusedAndTheClockStays() {
    CliRun run = CliRun.run(state, "simulator", "advance", "--hours", "-2");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("only moves forward");
    assertThat(state).doesNotExist();
  }

  @Test
  void simulatorAdvance_twice_addsUp() {
    CliRun.run(state, "simulator", "advance", "--hours", "1.5");

    CliRun again = CliRun.run(state, "simulator", "advance", "--hours", "0.5");

    assertThat(again.err).contains("from 2025-01-01T01:30:00Z to 2025-01-01T02:00:00Z");
  }
}
