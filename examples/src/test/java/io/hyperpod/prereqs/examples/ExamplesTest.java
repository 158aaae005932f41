package io.hyperpod.prereqs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runnable examples do what their Javadoc says. */
class ExamplesTest {
  @Test
  void planAndApplyOnSimulator_quickstart_appliesAndPrintsTheClusterRequest() {
    String out = PlanAndApplyOnSimulator.run(
        HyperPodPrerequisites.load(Path.of("specs", "quickstart.yaml")));

    assertThat(out).contains("+ iam_user.alice").contains("applied")
        .contains("\"ClusterName\" : \"quickstart\"");
  }

  @Test
  void buildSpecInJava_isValidAndRoundTripsThroughYaml() {
    HyperPodPrerequisites spec = BuildSpecInJava.spec();

    assertThat(spec.validate()).isEmpty();
    assertThat(HyperPodPrerequisites.fromYaml(spec.toYaml())).isEqualTo(spec);
  }
}
