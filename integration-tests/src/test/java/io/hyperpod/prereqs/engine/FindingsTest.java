package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Problems the plan finds in the account: each names the resource and the fix, and blocks. */
class FindingsTest {
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.demo();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  private static List<String> ids(Plan plan) {
    return plan.findings().stream().map(Finding::id).toList();
  }

  @Test
  void plan_bucketNameTakenByAnotherAccount_isAnErrorAndApplyChangesNothing() {
    simulator.backend("210987654321", Specs.REGION).s3().createBucket(Specs.BUCKET);

    Plan plan = spec.plan(backend);

    assertThat(ids(plan)).contains("s3.bucket.other-account");
    Finding f = plan.findings().stream()
        .filter(x -> x.id().equals("s3.bucket.other-account")).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.fix()).contains("sagemaker-");
    assertThatThrownBy(plan::apply).isInstanceOf(PlanRefusedException.class)
        .hasMessageContaining("nothing was changed");
    assertThat(backend.iam().snapshot().users()).isEmpty();
  }

  @Test
  void plan_clusterUserRoleMissing_isAnError() {
    HyperPodPrerequisites withRole = HyperPodPrerequisites.builder().from(spec)
        .addClusterUser(ClusterUser.iamRole("DataScientists", "ds", 2003)).build();

    Plan plan = withRole.plan(backend);

    assertThat(ids(plan)).containsExactly("iam.cluster-user-role.missing");
    assertThat(plan.findings().get(0).address().orElseThrow().toString())
        .isEqualTo("iam_role.DataScientists");
  }

  @Test
  void plan_adoptedExecutionRoleNotTrustingSageMaker_isAnError() {
    backend.iam().createRole("demo-worker-role", "{\"Version\":\"2012-10-17\",\"Statement\":"
        + "[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
        + "\"Action\":\"sts:AssumeRole\"}]}", "someone else's", Map.of());

    Plan plan = spec.plan(backend);

    assertThat(ids(plan)).contains("iam.execution-role.trust");
  }

  @Test
  void plan_adoptedExecutionRoleTrustingSageMaker_isAdoptedWithoutFindings() {
    backend.iam().createRole("demo-worker-role", "{\"Version\":\"2012-10-17\",\"Statement\":"
        + "[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"sagemaker.amazonaws.com\"]},"
        + "\"Action\":\"sts:AssumeRole\"}]}", "someone else's", Map.of());

    Plan plan = spec.plan(backend);

    assertThat(plan.findings()).isEmpty();
    assertThat(plan.changes()).filteredOn(c -> c.address().toString()
        .equals("iam_role.demo-worker-role")).first()
        .satisfies(c -> assertThat(c.reason()).contains("adopted"));
  }

  @Test
  void plan_uidOfAnExistingUserChanged_isAnError() {
    spec.apply(backend);
    HyperPodPrerequisites moved = HyperPodPrerequisites.builder().from(spec)
        .clusterUsers(List.of(ClusterUser.iamUser("alice", "alice", 3001),
            spec.clusterUsers().get(1))).build();

    Plan plan = moved.plan(backend);

    assertThat(ids(plan)).containsExactly("users.uid-changed");
    assertThat(plan.findings().get(0).message()).contains("2001").contains("3001");
  }

  @Test
  void plan_uidInSystemRange_isAWarningThatDoesNotBlock() {
    HyperPodPrerequisites low = HyperPodPrerequisites.builder().from(spec)
        .clusterUsers(List.of(ClusterUser.iamUser("alice", "alice", 999))).build();

    Plan plan = low.plan(backend);

    assertThat(plan.findings()).extracting(Finding::id, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("users.uid-system-range",
            Severity.WARNING));
    assertThat(plan.apply().succeeded()).isTrue();
  }

  @Test
  void plan_otherAccountInTheSpec_refusesBeforeReadingAnything() {
    HyperPodPrerequisites guarded = HyperPodPrerequisites.builder().from(spec)
        .account("210987654321").build();

    Plan plan = guarded.plan(backend);

    assertThat(ids(plan)).containsExactly("account.mismatch");
    assertThat(plan.changes()).isEmpty();
    assertThatThrownBy(plan::apply).isInstanceOf(PlanRefusedException.class);
  }

  @Test
  void plan_backendInAnotherRegion_isAnError() {
    Plan plan = spec.plan(simulator.backend("eu-west-1"));

    assertThat(ids(plan)).containsExactly("region.mismatch");
  }

  @Test
  void plan_invalidSpec_throwsWithEveryProblemBeforeAnyCall() {
    HyperPodPrerequisites bad = HyperPodPrerequisites.builder().from(spec)
        .stack("Bad_Stack").lifecycleScripts(io.hyperpod.prereqs.spec.LifecycleScripts
            .of("my-bucket", "x")).build();
    simulator.clearCalls();

    assertThatThrownBy(() -> bad.plan(backend)).isInstanceOf(InvalidSpecException.class)
        .satisfies(e -> assertThat(((InvalidSpecException) e).problems())
            .extracting(p -> p.path()).contains("stack", "lifecycleScripts.bucket"));
    assertThat(simulator.calls()).isEmpty();
  }
}
