package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.StalePlanException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drift after apply: what the plan says and what apply restores. */
class DriftTest {
  static final String ADMIN_POLICY =
      "arn:aws:iam::123456789012:policy/hyperpod-prereqs/demo/demo-cluster-admin";
  static final String OTHER_DOC = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
      + "\"Allow\",\"Action\":\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}]}";

  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.demo();

  @BeforeEach
  void applied() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
    assertThat(spec.apply(backend).succeeded()).isTrue();
  }

  private ResourceChange change(Plan plan, String address) {
    return plan.changes().stream().filter(c -> c.address().toString().equals(address))
        .findFirst().orElseThrow();
  }

  @Test
  void plan_policyDocumentChanged_updatesWithANewDefaultVersion() {
    backend.iam().createPolicyVersion(ADMIN_POLICY, OTHER_DOC, true);

    Plan plan = spec.plan(backend);

    ResourceChange c = change(plan, "iam_policy.demo-cluster-admin");
    assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(c.reason()).contains("new default version");
    assertThat(plan.apply().succeeded()).isTrue();
    List<PolicyVersion> versions = backend.iam().listPolicyVersions(ADMIN_POLICY);
    assertThat(versions).hasSize(3);
    assertThat(backend.iam().findPolicy(ADMIN_POLICY).orElseThrow().defaultDocument())
        .contains("sagemaker:CreateCluster").contains("iam:PassRole");
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void apply_policyDriftsSixTimes_keepsAtMostFiveVersions() {
    for (int i = 0; i < 6; i++) {
      List<PolicyVersion> versions = backend.iam().listPolicyVersions(ADMIN_POLICY);
      if (versions.size() == 5) {
        versions.stream().filter(v -> !v.defaultVersion()).findFirst()
            .ifPresent(v -> backend.iam().deletePolicyVersion(ADMIN_POLICY, v.versionId()));
      }
      backend.iam().createPolicyVersion(
          ADMIN_POLICY, OTHER_DOC.replace("ListAllMyBuckets", "ListBucket" + i), true);

      assertThat(spec.apply(backend).succeeded()).isTrue();
    }
    assertThat(backend.iam().listPolicyVersions(ADMIN_POLICY)).hasSize(5);
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_trustPolicyChanged_updatesTheTrustPolicy() {
    backend.iam().updateAssumeRolePolicy("demo-worker-role", "{\"Version\":\"2012-10-17\","
        + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
        + "\"Action\":\"sts:AssumeRole\"}]}");

    Plan plan = spec.plan(backend);

    assertThat(change(plan, "iam_role.demo-worker-role").action()).isEqualTo(ChangeAction.UPDATE);
    plan.apply();
    assertThat(backend.iam().findRole("demo-worker-role").orElseThrow()
        .assumeRolePolicyDocument()).contains("sagemaker.amazonaws.com");
  }

  @Test
  void plan_stackTagValueRemoved_retagsTheUser() {
    backend.iam().untag(PrincipalRef.user("bob"), List.of("team"));

    Plan plan = spec.plan(backend);

    assertThat(change(plan, "iam_user.bob").action()).isEqualTo(ChangeAction.UPDATE);
    plan.apply();
    assertThat(backend.iam().findUser("bob").orElseThrow().tags()).containsEntry("team", "ml");
  }

  @Test
  void plan_runAsTagChanged_updatesTheTag() {
    backend.iam().tag(PrincipalRef.user("alice"), Map.of("SSMSessionRunAs", "root"));

    Plan plan = spec.plan(backend);

    ResourceChange c = change(plan, "iam_principal_tag.user/alice/SSMSessionRunAs");
    assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(c.before()).containsEntry("value", "root");
    assertThat(c.after()).containsEntry("value", "alice");
    plan.apply();
    assertThat(backend.iam().findUser("alice").orElseThrow().tags())
        .containsEntry("SSMSessionRunAs", "alice");
  }

  @Test
  void plan_detachedPolicy_reattaches() {
    backend.iam().detachPolicy(PrincipalRef.role("demo-execution-role"),
        "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy");

    Plan plan = spec.plan(backend);

    assertThat(plan.changes()).filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address().toString())
        .containsExactly(
            "iam_policy_attachment.role/demo-execution-role/AmazonSageMakerClusterInstanceRolePolicy");
    plan.apply();
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_scriptEditedInTheBucket_rewritesOnlyThatFile() {
    // edited in place, the stack's mark kept (an unmarked file is someone else's:
    // ownership/ForeignObjectsTest)
    backend.s3().putObject(Specs.BUCKET, "hyperpod/lifecycle/on_create.sh",
        "#!/bin/bash\necho edited\n".getBytes(StandardCharsets.UTF_8), "text/x-shellscript",
        Map.of("hyperpod-prereqs-stack", spec.stack()));

    Plan plan = spec.plan(backend);

    assertThat(plan.changes()).filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address().toString()).containsExactly("s3_object.on_create.sh");
    plan.apply();
    assertThat(new String(backend.s3().getObject(Specs.BUCKET, "hyperpod/lifecycle/on_create.sh")
        .orElseThrow(), StandardCharsets.UTF_8)).contains("add_users.sh");
  }

  @Test
  void apply_accountMovedSincePlan_refusesAndChangesNothing() {
    HyperPodPrerequisites more = HyperPodPrerequisites.builder().from(spec)
        .addClusterUser(io.hyperpod.prereqs.spec.ClusterUser.iamUser("carol", "carol", 2003))
        .build();
    Plan plan = more.plan(backend);
    backend.iam().createUser("carol", Map.of());

    assertThatThrownBy(plan::apply).isInstanceOf(StalePlanException.class)
        .hasMessageContaining("iam_user.carol").hasMessageContaining("plan again");
    assertThat(backend.iam().findUser("carol").orElseThrow().attachedPolicyArns()).isEmpty();
  }
}
