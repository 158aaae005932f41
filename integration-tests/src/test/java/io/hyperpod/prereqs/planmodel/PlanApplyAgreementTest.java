package io.hyperpod.prereqs.planmodel;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans tell the truth on the simulator: for every example spec and every perturbation a user
 * makes (tags, cluster users and admins, instance groups, counts, the prefix, the Run As default
 * user, the FSx throughput, the VPC-only bucket on and off), what apply leaves is what the plan
 * said it would, and planning again shows nothing to do.
 */
class PlanApplyAgreementTest {
  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, HyperPodPrerequisites> e : PlanAgreement.examples().entrySet()) {
      for (Perturbation p : Perturbation.of(e.getValue())) {
        out.add(Arguments.of(e.getKey(), p));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void perturbation_appliedAsPlanned_leavesThePlannedStateAndNothingToDo(String example,
      Perturbation p) {
    AwsSimulator simulator = AwsSimulator.create();
    PlanAgreement.check(p, () -> simulator.backend(p.next().region()));
  }
}
