package io.hyperpod.prereqs.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.readiness.ReadinessReport;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.IamUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two stacks name the same cluster users (examples/specs quickstart and full both have alice and
 * bob): the stack that created them keeps them on destroy while the other still uses them, says
 * so in the plan before anything is touched, and nothing of the other stack changes.
 */
class TwoStackOwnershipTest {
  static final Path SPECS = Path.of("..", "examples", "specs");

  AwsSimulator simulator = AwsSimulator.create();
  HyperPodPrerequisites quickstart = HyperPodPrerequisites.load(SPECS.resolve("quickstart.yaml"));
  HyperPodPrerequisites full = HyperPodPrerequisites.load(SPECS.resolve("full.yaml"));
  CloudBackend backend = simulator.backend(full.region());

  @BeforeEach
  void applyBoth() {
    succeeded(quickstart.apply(backend));
    succeeded(full.apply(backend));
    simulator.clock().advance(Duration.ofDays(3)); // quota requests decided, FSx available
  }

  @Test
  void destroyOfTheCreator_keepsUsersTheOtherStackUses_andSaysWhyBeforeTouchingAnything() {
    assertThat(full.verify(backend).ready()).as(full.verify(backend).toString()).isTrue();
    Map<String, String> aliceTagsBefore = backend.iam().findUser("alice").orElseThrow().tags();

    Plan destroy = quickstart.planDestroy(backend);

    assertThat(change(destroy, "iam_user.alice").action()).isEqualTo(ChangeAction.NOOP);
    assertThat(change(destroy, "iam_user.bob").action()).isEqualTo(ChangeAction.NOOP);
    assertThat(change(destroy, "iam_user.alice").reason()).contains("stack full still uses it");
    assertThat(change(destroy, "iam_user.quickstart-admin").action())
        .isEqualTo(ChangeAction.DELETE);
    assertThat(change(destroy, "iam_policy_attachment.user/alice/quickstart-cluster-user")
        .action()).isEqualTo(ChangeAction.DELETE);
    assertThat(change(destroy, "iam_principal_tag.user/alice/SSMSessionRunAs").action())
        .isEqualTo(ChangeAction.NOOP);
    assertThat(destroy.findings())
        .filteredOn(f -> f.id().equals("ownership.used-by-other-stack"))
        .extracting(f -> f.address().orElseThrow().toString())
        .containsExactlyInAnyOrder("iam_user.alice", "iam_user.bob");
    Finding alice = destroy.findings().stream()
        .filter(f -> f.address().map(a -> a.toString().equals("iam_user.alice")).orElse(false))
        .findFirst().orElseThrow();
    assertThat(alice.severity()).isEqualTo(Severity.INFO);
    assertThat(alice.message()).contains("stack full").contains("full-cluster-user");
    // the plan touched nothing
    assertThat(backend.iam().findUser("alice").orElseThrow().tags()).isEqualTo(aliceTagsBefore);

    succeeded(destroy.apply());

    IamUser kept = backend.iam().findUser("alice").orElseThrow();
    assertThat(kept.attachedPolicyArns())
        .containsExactly("arn:aws:iam::123456789012:policy/hyperpod-prereqs/full/full-cluster-user");
    assertThat(kept.tags()).containsEntry("SSMSessionRunAs", "alice");
    assertThat(backend.iam().findUser("bob")).isPresent();
    assertThat(backend.iam().findUser("quickstart-admin")).isEmpty();
    ReadinessReport report = full.verify(backend);
    assertThat(report.ready()).as(report.toString()).isTrue();
    assertThat(full.plan(backend).changes())
        .filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address().toString())
        .isEmpty();
  }

  @Test
  void onceTheOtherStackIsGone_destroyOfTheCreatorDeletesWhatItKept() {
    succeeded(quickstart.planDestroy(backend).apply());
    succeeded(full.planDestroy(backend, true).apply());
    assertThat(backend.iam().findUser("alice")).as("quickstart created alice").isPresent();

    Plan again = quickstart.planDestroy(backend);
    assertThat(again.findings()).extracting(Finding::id)
        .doesNotContain("ownership.used-by-other-stack");
    succeeded(again.apply());
    assertThat(backend.iam().findUser("alice")).isEmpty();
    assertThat(backend.iam().findUser("bob")).isEmpty();
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
