package io.hyperpod.prereqs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example spec, on a fresh simulated account: plan has changes, apply succeeds, plan has
 * none, destroy succeeds, plan has changes again.
 */
class ExampleSpecsLifecycleTest {
  static Stream<Path> specs() throws IOException {
    return Files.list(Path.of("specs")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("specs")
  void exampleSpec_planApplyPlanDestroyPlan_convergesAndCleansUp(Path file) {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(file);
    AwsSimulator simulator = AwsSimulator.create();
    CloudBackend backend = simulator.backend(spec.region());

    Plan first = spec.plan(backend);
    assertThat(first.hasErrors()).as(first.findings().toString()).isFalse();
    assertThat(first.hasChanges()).isTrue();

    ApplyResult applied = first.apply();
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();

    Plan second = spec.plan(backend);
    assertThat(second.changes()).as("re-plan after apply")
        .allSatisfy(c -> assertThat(c.action()).as(c.address() + ": " + c.reason())
            .isIn(ChangeAction.NOOP));

    ApplyResult destroyed = spec.planDestroy(backend).apply();
    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();

    assertThat(spec.plan(backend).hasChanges()).isTrue();
  }
}
