package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanMode;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A spec planned, applied, re-planned and destroyed on the simulator. */
class ApplyLifecycleTest {
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.demo();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  @Test
  void plan_freshAccount_createsEveryResourceAndWritesNothing() {
    Plan plan = spec.plan(backend);

    assertThat(plan.hasErrors()).isFalse();
    assertThat(plan.changes()).filteredOn(c -> !isQuota(c))
        .extracting(ResourceChange::action).containsOnly(ChangeAction.CREATE);
    assertThat(plan.changes()).filteredOn(ApplyLifecycleTest::isQuota)
        .extracting(c -> c.address().toString(), ResourceChange::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("service_quota.instances-per-cluster",
                ChangeAction.NOOP),
            org.assertj.core.groups.Tuple.tuple("service_quota.instances-total", ChangeAction.NOOP),
            org.assertj.core.groups.Tuple.tuple("service_quota.ml.c5.2xlarge", ChangeAction.NOOP),
            org.assertj.core.groups.Tuple.tuple("service_quota.ml.g5.8xlarge", ChangeAction.NOOP));
    assertThat(plan.changes()).extracting(c -> c.address().toString()).contains(
        "iam_user.hp-admin", "iam_user.alice", "iam_user.bob",
        "iam_policy.demo-cluster-admin", "iam_policy.demo-cluster-user",
        "iam_role.demo-execution-role", "iam_role.demo-worker-role",
        "iam_policy_attachment.role/demo-execution-role/AmazonSageMakerClusterInstanceRolePolicy",
        "iam_policy_attachment.user/alice/demo-cluster-user",
        "iam_principal_tag.user/alice/SSMSessionRunAs",
        "s3_bucket." + Specs.BUCKET, "s3_object.on_create.sh", "s3_object.add_users.sh",
        "s3_object.shared_users.txt", "s3_object.provisioning_parameters.json",
        "ssm_document.SSM-SessionManagerRunShell");
    assertThat(backend.iam().snapshot().users()).isEmpty();
    assertThat(backend.ssm().describeDocument("SSM-SessionManagerRunShell")).isEmpty();
    assertThat(backend.s3().listBuckets()).isEmpty();
  }

  @Test
  void apply_freshAccount_createsEverythingAndReplansToNoChanges() {
    ApplyResult result = spec.apply(backend);

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    assertThat(result.changes()).filteredOn(c -> !c.address().type().equals("service_quota"))
        .extracting(ChangeResult::outcome).containsOnly(ChangeOutcome.APPLIED);
    IamSnapshot iam = backend.iam().snapshot();
    assertThat(iam.user("alice").orElseThrow().tags())
        .containsEntry("SSMSessionRunAs", "alice")
        .containsEntry("hyperpod-prereqs:stack", "demo")
        .containsEntry("team", "ml");
    assertThat(iam.user("alice").orElseThrow().attachedPolicyArns())
        .containsExactly("arn:aws:iam::123456789012:policy/hyperpod-prereqs/demo/demo-cluster-user");
    assertThat(iam.role("demo-worker-role").orElseThrow().attachedPolicyArns())
        .containsExactly("arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy");
    assertThat(iam.role("demo-execution-role").orElseThrow().assumeRolePolicyDocument())
        .contains("sagemaker.amazonaws.com");
    String users = new String(backend.s3().getObject(Specs.BUCKET,
        "hyperpod/lifecycle/shared_users.txt").orElseThrow(), StandardCharsets.UTF_8);
    assertThat(users).isEqualTo("alice,2001,/fsx/alice\nbob,2002,/fsx/bob\n");

    Plan again = spec.plan(backend);
    assertThat(again.hasChanges()).as(again.changes().toString()).isFalse();
    assertThat(spec.apply(backend).changes()).extracting(ChangeResult::outcome)
        .containsOnly(ChangeOutcome.UNCHANGED);
  }

  @Test
  void apply_createClusterRequest_pointsAtRolesAndScripts() {
    CreateClusterRequest request = spec.apply(backend).createClusterRequest().orElseThrow();

    assertThat(request.clusterName()).isEqualTo("demo");
    assertThat(request.instanceGroups()).hasSize(2);
    assertThat(request.instanceGroups().get(0).executionRole())
        .isEqualTo("arn:aws:iam::123456789012:role/demo-execution-role");
    assertThat(request.instanceGroups().get(1).executionRole())
        .isEqualTo("arn:aws:iam::123456789012:role/demo-worker-role");
    assertThat(request.instanceGroups().get(1).lifeCycleConfig().orElseThrow().sourceS3Uri())
        .isEqualTo("s3://" + Specs.BUCKET + "/hyperpod/lifecycle");
    assertThat(request.instanceGroups().get(1).lifeCycleConfig().orElseThrow().onCreate())
        .contains("on_create.sh");
    assertThat(request.vpcConfig()).isEmpty();
  }

  @Test
  void destroy_afterApply_removesWhatTheStackCreatedAndPlanWantsItBack() {
    spec.apply(backend);

    Plan destroy = spec.planDestroy(backend);
    assertThat(destroy.mode()).isEqualTo(PlanMode.DESTROY);
    assertThat(destroy.changes()).filteredOn(c -> !isAccountWide(c))
        .extracting(ResourceChange::action).containsOnly(ChangeAction.DELETE);
    assertThat(destroy.changes()).filteredOn(ApplyLifecycleTest::isAccountWide)
        .allSatisfy(c -> assertThat(c.action()).isEqualTo(ChangeAction.NOOP))
        .extracting(ResourceChange::reason)
        .anySatisfy(r -> assertThat(r).contains("account-wide").contains("kept"))
        .anySatisfy(r -> assertThat(r).contains("quota is not given back"));
    ApplyResult result = destroy.apply();

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    IamSnapshot iam = backend.iam().snapshot();
    assertThat(iam.users()).isEmpty();
    assertThat(iam.roles()).isEmpty();
    assertThat(iam.policies()).isEmpty();
    assertThat(backend.s3().listBuckets()).isEmpty();
    assertThat(backend.ssm().getDocument("SSM-SessionManagerRunShell")).isPresent();
    assertThat(spec.plan(backend).changes()).filteredOn(c -> !isAccountWide(c))
        .extracting(ResourceChange::action).containsOnly(ChangeAction.CREATE);
  }

  private static boolean isQuota(ResourceChange c) {
    return c.address().type().equals("service_quota");
  }

  /** Quotas and the Session Manager preferences: destroy keeps them. */
  private static boolean isAccountWide(ResourceChange c) {
    return isQuota(c) || c.address().type().equals("ssm_document");
  }

  @Test
  void destroy_adoptedPrincipals_keepsThemAndTakesBackOnlyWhatTheStackAdded() {
    backend.iam().createUser("alice", java.util.Map.of("owner", "someone-else"));
    backend.iam().createRole("DataScientists",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sts:AssumeRole\"}]}",
        "from Identity Center", java.util.Map.of());
    HyperPodPrerequisites withRole = HyperPodPrerequisites.builder().from(spec)
        .addClusterUser(io.hyperpod.prereqs.spec.ClusterUser.iamRole("DataScientists", "ds", 2003))
        .build();
    assertThat(withRole.apply(backend).succeeded()).isTrue();
    assertThat(backend.iam().findRole("DataScientists").orElseThrow().tags())
        .containsEntry("SSMSessionRunAs", "ds");

    ApplyResult destroyed = withRole.planDestroy(backend).apply();

    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();
    var alice = backend.iam().findUser("alice").orElseThrow();
    assertThat(alice.tags()).containsOnly(java.util.Map.entry("owner", "someone-else"));
    assertThat(alice.attachedPolicyArns()).isEmpty();
    var role = backend.iam().findRole("DataScientists").orElseThrow();
    assertThat(role.tags()).isEmpty();
    assertThat(role.attachedPolicyArns()).isEmpty();
    assertThat(backend.iam().findUser("bob")).isEmpty();
  }

  @Test
  void plan_userRemovedFromSpec_deletesWhatTheStackCreatedForIt() {
    spec.apply(backend);
    HyperPodPrerequisites withoutBob = HyperPodPrerequisites.builder().from(spec)
        .clusterUsers(List.of(spec.clusterUsers().get(0))).build();

    Plan plan = withoutBob.plan(backend);

    assertThat(plan.changes()).filteredOn(c -> c.action() == ChangeAction.DELETE)
        .extracting(c -> c.address().toString())
        .contains("iam_user.bob");
    assertThat(plan.changes()).filteredOn(c -> c.address().toString().equals("s3_object.shared_users.txt"))
        .extracting(ResourceChange::action).containsExactly(ChangeAction.UPDATE);
    assertThat(plan.apply().succeeded()).isTrue();
    assertThat(backend.iam().findUser("bob")).isEmpty();
    assertThat(withoutBob.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void apply_adminGetsFullAccessThenLosesIt_attachesThenDetaches() {
    HyperPodPrerequisites full = HyperPodPrerequisites.builder().from(spec)
        .clusterAdmins(List.of(io.hyperpod.prereqs.spec.ClusterAdmin.builder()
            .iamUser("hp-admin").sageMakerFullAccess(true).build())).build();
    full.apply(backend);
    assertThat(backend.iam().findUser("hp-admin").orElseThrow().attachedPolicyArns())
        .contains("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess");

    Plan back = spec.plan(backend);

    assertThat(back.changes()).filteredOn(c -> c.action() == ChangeAction.DELETE)
        .extracting(c -> c.address().toString())
        .containsExactly("iam_policy_attachment.user/hp-admin/AmazonSageMakerFullAccess");
    back.apply();
    assertThat(backend.iam().findUser("hp-admin").orElseThrow().attachedPolicyArns())
        .doesNotContain("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess");
  }

  @Test
  void apply_runAsTurnedOff_removesTheTagsFromTheStacksUsers() {
    spec.apply(backend);
    HyperPodPrerequisites off = HyperPodPrerequisites.builder().from(spec)
        .runAs(io.hyperpod.prereqs.spec.RunAs.builder().enabled(false).build()).build();

    assertThat(off.apply(backend).succeeded()).isTrue();

    assertThat(backend.iam().findUser("alice").orElseThrow().tags())
        .doesNotContainKey("SSMSessionRunAs");
    assertThat(off.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void destroy_policyAttachedByHandToAnotherUser_detachesItThereAndDeletesIt() {
    spec.apply(backend);
    backend.iam().createUser("carol", java.util.Map.of());
    String policy = "arn:aws:iam::123456789012:policy/hyperpod-prereqs/demo/demo-cluster-user";
    backend.iam().attachPolicy(io.hyperpod.prereqs.spi.iam.PrincipalRef.user("carol"), policy);

    ApplyResult destroyed = spec.planDestroy(backend).apply();

    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();
    assertThat(backend.iam().findPolicy(policy)).isEmpty();
    assertThat(backend.iam().findUser("carol").orElseThrow().attachedPolicyArns()).isEmpty();
  }
}
