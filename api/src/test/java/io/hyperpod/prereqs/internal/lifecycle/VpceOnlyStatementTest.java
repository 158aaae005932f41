package io.hyperpod.prereqs.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stack's VPC-only statement: whom it exempts, and how it goes into and out of a policy. */
class VpceOnlyStatementTest {
  private static final StackModel MODEL =
      new StackModel(
          HyperPodPrerequisites.builder()
              .stack("demo")
              .region("us-west-2")
              .addInstanceGroup(InstanceGroup.of("controller", "ml.c5.2xlarge", 1))
              .lifecycleScripts(LifecycleScripts.of("sagemaker-b", "p"))
              .build(),
          "123456789012",
          "us-west-2",
          "arn:aws:iam::123456789012:user/deployer");

  @Test
  void principalArns_assumedRoleSession_isItsRoleWithAnyPath() {
    assertThat(
            VpceOnlyStatement.principalArns(
                "arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com"))
        .containsExactly(
            "arn:aws:iam::123456789012:role/Admin", "arn:aws:iam::123456789012:role/*/Admin");
  }

  @Test
  void principalArns_userOrRoot_isTheArnItself() {
    assertThat(VpceOnlyStatement.principalArns("arn:aws:iam::123456789012:user/ci/deployer"))
        .containsExactly("arn:aws:iam::123456789012:user/ci/deployer");
    assertThat(VpceOnlyStatement.principalArns("arn:aws:iam::123456789012:root"))
        .containsExactly("arn:aws:iam::123456789012:root");
  }

  @Test
  void merge_policyWithOtherStatements_keepsThemAndReplacesTheStacksOwn() {
    String theirs =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"Theirs\","
            + "\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::sagemaker-b/*\"}}";

    String once =
        VpceOnlyStatement.merge(
            MODEL,
            Optional.of(theirs),
            VpceOnlyStatement.statement(MODEL, "sagemaker-b", "vpce-1"));
    String twice =
        VpceOnlyStatement.merge(
            MODEL, Optional.of(once), VpceOnlyStatement.statement(MODEL, "sagemaker-b", "vpce-2"));

    assertThat(twice).contains("Theirs").contains("vpce-2").doesNotContain("vpce-1");
    assertThat(VpceOnlyStatement.find(MODEL, twice)).isPresent();
    assertThat(VpceOnlyStatement.remove(MODEL, twice))
        .hasValueSatisfying(p -> assertThat(p).contains("Theirs").doesNotContain("vpce-only"));
  }

  @Test
  void remove_policyWithOnlyTheStacksStatement_leavesNoPolicy() {
    String ours =
        VpceOnlyStatement.merge(
            MODEL, Optional.empty(), VpceOnlyStatement.statement(MODEL, "sagemaker-b", "vpce-1"));

    assertThat(VpceOnlyStatement.remove(MODEL, ours)).isEmpty();
  }
}
