package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A spec with a created network and FSx planned, applied, re-planned and destroyed. */
class NetworkLifecycleTest {
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.withNetworkAndFsx();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  @Test
  void apply_freshAccount_createsNetworkAndFsxAndReplansToNoChanges() {
    Plan plan = spec.plan(backend);
    assertThat(plan.findings()).isEmpty();
    plan.changes().forEach(c -> System.out.println(c.address() + " " + c.action() + " " + c.reason()));

    ApplyResult result = plan.apply();

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    Plan again = spec.plan(backend);
    assertThat(again.changes()).filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(ResourceChange::address).isEmpty();
    System.out.println(result.createClusterRequest());
  }
}
