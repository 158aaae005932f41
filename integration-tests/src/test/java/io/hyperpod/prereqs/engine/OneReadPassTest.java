package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.StalePlanException;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One read pass per command: applying a plan made in this process reads again only what its
 * changes touch; a plan loaded from a file (its content alone) is planned again in full.
 */
class OneReadPassTest {
  private final AwsSimulator simulator = AwsSimulator.create();
  private final HyperPodPrerequisites spec = Specs.demo();
  private CloudBackend backend;

  @BeforeEach
  void applied() {
    backend = simulator.backend(spec.region());
    assertThat(spec.apply(backend).succeeded()).isTrue();
  }

  @Test
  void apply_noOpPlanOfThisProcess_readsNothingMore() {
    Plan plan = spec.plan(backend);
    int before = simulator.calls().size();

    ApplyResult result = plan.apply();

    assertThat(result.succeeded()).isTrue();
    assertThat(simulator.calls().subList(before, simulator.calls().size())).isEmpty();
  }

  @Test
  void apply_planOfThisProcessWithOneNewAdmin_readsOnlyIam() {
    HyperPodPrerequisites more = HyperPodPrerequisites.builder().from(spec)
        .addClusterAdmin(io.hyperpod.prereqs.spec.ClusterAdmin.of("hp-admin-2"))
        .build();
    Plan plan = more.plan(backend);
    int before = simulator.calls().size();

    // Without the stack lock, whose object lives in the lifecycle bucket (its own S3 reads).
    assertThat(plan.apply(ApplyOptions.builder().lock(false).build()).succeeded()).isTrue();

    assertThat(readsSince(before)).isNotEmpty().allMatch(call -> call.startsWith("iam:"));
    assertThat(more.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void apply_loadedPlanContent_isPlannedAgainInFull() {
    PlanContent saved = withCarol().plan(backend).content();
    Plan loaded = Plan.of(saved, backend);
    int before = simulator.calls().size();

    assertThat(loaded.apply().succeeded()).isTrue();

    assertThat(readsSince(before)).contains("s3:ListObjectsV2", "ssm:GetDocument");
  }

  @Test
  void apply_touchedResourceMovedAfterThePlan_refusesNamingItAndChangesNothing() {
    Plan plan = withCarol().plan(backend);
    backend.iam().createUser("carol", Map.of());

    assertThatThrownBy(plan::apply).isInstanceOf(StalePlanException.class)
        .hasMessageContaining("iam_user.carol").hasMessageContaining("plan again");
    assertThat(backend.iam().findUser("carol").orElseThrow().attachedPolicyArns()).isEmpty();
  }

  private HyperPodPrerequisites withCarol() {
    return HyperPodPrerequisites.builder().from(spec)
        .addClusterUser(io.hyperpod.prereqs.spec.ClusterUser.iamUser("carol", "carol", 2003))
        .build();
  }

  private List<String> readsSince(int index) {
    return simulator.calls().subList(index, simulator.calls().size()).stream()
        .map(RecordedCall::label)
        .filter(c -> c.matches("[a-z0-9]+:(Get|List|Describe|Head).*"))
        .toList();
  }
}
