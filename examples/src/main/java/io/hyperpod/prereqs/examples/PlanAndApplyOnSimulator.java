package io.hyperpod.prereqs.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Loads a spec file, plans it against a fresh simulated account, applies it, and prints the
 * CreateCluster request. Run: {@code java ... PlanAndApplyOnSimulator examples/specs/quickstart.yaml}.
 */
public final class PlanAndApplyOnSimulator {
  /** The request's JSON is SageMaker's CreateCluster input; Optional fields need the Jdk8Module. */
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module()).build();

  private PlanAndApplyOnSimulator() {}

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/specs/quickstart.yaml");
    System.out.print(run(HyperPodPrerequisites.load(file)));
  }

  /** Plans and applies the spec on a fresh simulator; returns what a user would read. */
  static String run(HyperPodPrerequisites spec) {
    CloudBackend backend = AwsSimulator.create().backend(spec.region());
    Plan plan = spec.plan(backend);
    StringBuilder out = new StringBuilder(PlanFormat.text(plan.content(), false));
    ApplyResult result = plan.apply();
    out.append(result.succeeded() ? "applied\n" : "failed: " + result.failures() + "\n");
    result.createClusterRequest().ifPresent(r -> out.append(pretty(r)).append('\n'));
    return out.toString();
  }

  private static String pretty(Object value) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
