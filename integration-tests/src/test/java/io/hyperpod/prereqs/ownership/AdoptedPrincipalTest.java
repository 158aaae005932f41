package io.hyperpod.prereqs.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.test.SimulatedAws;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the stack adds to principals it adopts (an execution role or cluster user that existed
 * before) is taken back by destroy, each item in the destroy plan, and nothing else: what was
 * there before stays, and a tag value the stack replaced is put back.
 */
@SimulatedAws(spec = "examples/specs/quickstart.yaml")
class AdoptedPrincipalTest {
  static final String INSTANCE_POLICY =
      "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy";
  static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  final HyperPodPrerequisites spec;
  final CloudBackend backend;

  AdoptedPrincipalTest(HyperPodPrerequisites spec, CloudBackend backend) {
    this.spec = spec;
    this.backend = backend;
  }

  @Test
  void adoptedExecutionRole_destroyDetachesTheManagedPolicyTheStackAttached() {
    backend.iam().createRole("quickstart-execution-role", TRUST, "the team's role", Map.of());
    succeeded(spec.apply(backend));
    assertThat(role().attachedPolicyArns()).contains(INSTANCE_POLICY);

    Plan destroy = spec.planDestroy(backend);
    assertThat(change(destroy, "iam_role.quickstart-execution-role").action())
        .isEqualTo(ChangeAction.NOOP);
    assertThat(change(destroy, "iam_policy_attachment.role/quickstart-execution-role/"
        + "AmazonSageMakerClusterInstanceRolePolicy").action()).isEqualTo(ChangeAction.DELETE);
    succeeded(destroy.apply());

    assertThat(role().attachedPolicyArns()).isEmpty();
    assertThat(role().tags()).isEmpty();
    assertThat(role().description()).hasValue("the team's role");
  }

  @Test
  void adoptedExecutionRole_aPolicyAttachedBeforeTheStack_staysAttached() {
    backend.iam().createRole("quickstart-execution-role", TRUST, "the team's role", Map.of());
    backend.iam().attachPolicy(PrincipalRef.role("quickstart-execution-role"), INSTANCE_POLICY);
    succeeded(spec.apply(backend));

    Plan destroy = spec.planDestroy(backend);
    ResourceChange attachment = change(destroy, "iam_policy_attachment.role/"
        + "quickstart-execution-role/AmazonSageMakerClusterInstanceRolePolicy");
    assertThat(attachment.action()).isEqualTo(ChangeAction.NOOP);
    assertThat(attachment.reason()).contains("before this stack adopted");
    succeeded(destroy.apply());

    assertThat(role().attachedPolicyArns()).containsExactly(INSTANCE_POLICY);
  }

  @Test
  void adoptedClusterUser_runAsTagTheStackReplaced_isPutBack_andAddedOnesRemoved() {
    backend.iam().createUser("alice", Map.of("SSMSessionRunAs", "alice-old", "team", "ml"));
    backend.iam().createUser("bob", Map.of("team", "ml"));
    succeeded(spec.apply(backend));
    assertThat(backend.iam().findUser("alice").orElseThrow().tags())
        .containsEntry("SSMSessionRunAs", "alice");

    Plan destroy = spec.planDestroy(backend);
    assertThat(change(destroy, "iam_principal_tag.user/alice/SSMSessionRunAs").action())
        .isEqualTo(ChangeAction.DELETE);
    assertThat(change(destroy, "iam_principal_tag.user/bob/SSMSessionRunAs").action())
        .isEqualTo(ChangeAction.DELETE);
    assertThat(change(destroy, "iam_policy_attachment.user/alice/quickstart-cluster-user")
        .action()).isEqualTo(ChangeAction.DELETE);
    succeeded(destroy.apply());

    assertThat(backend.iam().findUser("alice").orElseThrow().tags())
        .isEqualTo(Map.of("SSMSessionRunAs", "alice-old", "team", "ml"));
    assertThat(backend.iam().findUser("bob").orElseThrow().tags())
        .isEqualTo(Map.of("team", "ml"));
    assertThat(backend.iam().findUser("alice").orElseThrow().attachedPolicyArns()).isEmpty();
  }

  @Test
  void adoptedClusterUser_runAsTagThatWasAlreadyRight_isKept() {
    backend.iam().createUser("alice", Map.of("SSMSessionRunAs", "alice"));
    succeeded(spec.apply(backend));

    Plan destroy = spec.planDestroy(backend);
    ResourceChange tag = change(destroy, "iam_principal_tag.user/alice/SSMSessionRunAs");
    assertThat(tag.action()).isEqualTo(ChangeAction.NOOP);
    assertThat(tag.reason()).contains("before this stack adopted");
    succeeded(destroy.apply());

    assertThat(backend.iam().findUser("alice").orElseThrow().tags())
        .isEqualTo(Map.of("SSMSessionRunAs", "alice"));
  }

  private IamRole role() {
    return backend.iam().findRole("quickstart-execution-role").orElseThrow();
  }

  private static ResourceChange change(Plan plan, String address) {
    return plan.changes().stream().filter(c -> c.address().toString().equals(address))
        .findFirst().orElseThrow(() -> new AssertionError(address + " not in "
            + plan.changes().stream().map(c -> c.address().toString()).toList()));
  }

  private static void succeeded(ApplyResult result) {
    assertThat(result.succeeded()).as(List.of(result.failures()).toString()).isTrue();
  }
}
