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
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run As must land every principal of the spec in an OS user that the nodes have: a shared user
 * of clusterUsers, the default user, or the image's ubuntu; never root; and untagged principals
 * need a default user.
 */
class RunAsChecksTest {
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.demo();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  static Finding only(Plan plan) {
    assertThat(plan.findings()).hasSize(1);
    return plan.findings().get(0);
  }

  void tagAdmin(String osUser) {
    backend.iam().createUser("hp-admin", Map.of());
    backend.iam().tag(PrincipalRef.user("hp-admin"), Map.of("SSMSessionRunAs", osUser));
  }

  @Test
  void plan_clusterUsersTaggedWithTheirSharedUsers_hasNoFindings() {
    assertThat(spec.plan(backend).findings()).isEmpty();
  }

  @Test
  void plan_adminTaggedWithRoot_isAnErrorThatBlocksApply() {
    tagAdmin("root");

    Plan plan = spec.plan(backend);

    Finding f = only(plan);
    assertThat(f.id()).isEqualTo("runas.tag-root");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.address().orElseThrow().toString()).isEqualTo("iam_user.hp-admin");
    assertThat(f.fix()).contains("aws iam untag-user --user-name hp-admin --tag-keys"
        + " SSMSessionRunAs");
    assertThatThrownBy(plan::apply).isInstanceOf(PlanRefusedException.class);
  }

  @Test
  void plan_adminTaggedWithAnUnsharedUser_warns() {
    tagAdmin("carol");

    Finding f = only(spec.plan(backend));

    assertThat(f.id()).isEqualTo("runas.tag-user-not-shared");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("user/hp-admin").contains("SSMSessionRunAs=carol");
    assertThat(f.fix()).contains("[alice, bob]");
  }

  @Test
  void plan_adminTaggedWithASharedUser_isFine() {
    tagAdmin("alice");

    assertThat(spec.plan(backend).findings()).isEmpty();
  }

  @Test
  void plan_noDefaultUserAndAnUntaggedAdmin_warnsThatItsSessionsFail() {
    HyperPodPrerequisites noDefault = HyperPodPrerequisites.builder().from(spec)
        .runAs(RunAs.builder().enabled(true).build()).build();

    Finding f = only(noDefault.plan(backend));

    assertThat(f.id()).isEqualTo("runas.no-default-user");
    assertThat(f.message()).contains("user/hp-admin").contains("no fallback to ssm-user");
    assertThat(f.fix()).contains("runAs.defaultUser");
  }

  @Test
  void plan_defaultUserNotShared_warns() {
    HyperPodPrerequisites other = HyperPodPrerequisites.builder().from(spec)
        .runAs(RunAs.enabled("ec2-user")).build();

    Finding f = only(other.plan(backend));

    assertThat(f.id()).isEqualTo("runas.default-user-not-shared");
    assertThat(f.address().orElseThrow().toString())
        .isEqualTo("ssm_document." + SsmPort.PREFERENCES_DOCUMENT);
    assertThat(f.message()).contains("'ec2-user'");
  }

  @Test
  void plan_defaultUserIsASharedUser_isFine() {
    HyperPodPrerequisites shared = HyperPodPrerequisites.builder().from(spec)
        .runAs(RunAs.enabled("bob")).build();

    assertThat(shared.plan(backend).findings()).isEmpty();
  }

  @Test
  void plan_runAsOffButOnInTheAccount_warnsThatClusterUsersGetNoTags() {
    spec.apply(backend);
    HyperPodPrerequisites off = HyperPodPrerequisites.builder().from(spec)
        .runAs(RunAs.builder().enabled(false).build()).build();

    Plan plan = off.plan(backend);

    assertThat(plan.findings()).extracting(Finding::id)
        .containsExactly("runas.enabled-without-tags");
    assertThat(plan.findings().get(0).message()).contains("run as 'ubuntu'");
  }

  @Test
  void plan_runAsOffAndAdoptedRoleTaggedWithAnUnsharedUser_warnsWhenTheAccountHasRunAsOn() {
    backend.iam().createRole("DataScientists", "{\"Version\":\"2012-10-17\",\"Statement\":"
        + "[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
        + "\"Action\":\"sts:AssumeRole\"}]}", null, Map.of("SSMSessionRunAs", "dave"));
    spec.apply(backend);
    HyperPodPrerequisites off = HyperPodPrerequisites.builder().from(spec)
        .runAs(RunAs.builder().enabled(false).build())
        .clusterUsers(List.of(ClusterUser.iamRole("DataScientists", "ds", 2003))).build();

    Plan plan = off.plan(backend);

    assertThat(plan.findings()).extracting(Finding::id)
        .contains("runas.enabled-without-tags", "runas.tag-user-not-shared");
    assertThat(plan.findings()).filteredOn(f -> f.id().equals("runas.tag-user-not-shared"))
        .singleElement().satisfies(f ->
            assertThat(f.address().orElseThrow().toString()).isEqualTo("iam_role.DataScientists"));
  }
}
