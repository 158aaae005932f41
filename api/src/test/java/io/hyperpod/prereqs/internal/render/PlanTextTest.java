package io.hyperpod.prereqs.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTextTest {
  static ResourceChange change(String address, ChangeAction action, Map<String, Object> before,
      Map<String, Object> after) {
    return ResourceChange.builder().address(ResourceAddress.parse(address)).action(action)
        .before(before).after(after).reason("because").build();
  }

  static PlanContent plan(List<ResourceChange> changes, List<Finding> findings) {
    return PlanContent.builder().stack("demo").region("us-west-2").account("123456789012")
        .changes(changes).findings(findings).fingerprint("sha256:x")
        .spec(HyperPodPrerequisites.builder().stack("demo").region("us-west-2")
            .addInstanceGroup(InstanceGroup.of("g", "ml.c5.large", 1))
            .lifecycleScripts(LifecycleScripts.of("sagemaker-x", "p")).build())
        .build();
  }

  @Test
  void render_eachActionHasItsSymbolAndUpdatesShowOnlyChangedAttributes() {
    String text = PlanFormat.text(plan(List.of(
        change("iam_user.a", ChangeAction.CREATE, Map.of(), Map.of("name", "a")),
        change("iam_role.r", ChangeAction.UPDATE, Map.of("trust", "x", "name", "r"),
            Map.of("trust", "y", "name", "r")),
        change("iam_user.old", ChangeAction.DELETE, Map.of("name", "old"), Map.of()),
        change("quota.p5", ChangeAction.REQUEST, Map.of("desired", 0), Map.of("desired", 4)),
        change("iam_user.same", ChangeAction.NOOP, Map.of("name", "same"), Map.of("name", "same"))),
        List.of()), false);

    assertThat(text).contains("+ iam_user.a").contains("~ iam_role.r").contains("- iam_user.old")
        .contains("? quota.p5").doesNotContain("iam_user.same");
    assertThat(text).contains("~ trust = \"x\" -> \"y\"").doesNotContain("~ name");
    assertThat(text).contains("1 to create, 1 to update, 1 to delete, 1 to request, 1 unchanged");
    assertThat(text).doesNotContain("\u001b[");
  }

  @Test
  void render_onATerminal_colours() {
    String text = PlanFormat.text(plan(List.of(
        change("iam_user.a", ChangeAction.CREATE, Map.of(), Map.of("name", "a"))), List.of()),
        true);

    assertThat(text).contains("\u001b[32m+ iam_user.a");
  }

  @Test
  void render_findingsShowSeverityIdMessageAndFix() {
    String text = PlanFormat.text(plan(List.of(), List.of(Finding.error("s3.bucket.other-account",
        ResourceAddress.parse("s3_bucket.x"), "taken", "choose another"))), false);

    assertThat(text).contains("No changes")
        .contains("error [s3.bucket.other-account] s3_bucket.x: taken")
        .contains("fix: choose another");
  }

  @Test
  void planFile_roundTrips() {
    PlanContent content = plan(List.of(
        change("iam_user.a", ChangeAction.CREATE, Map.of(), Map.of("name", "a", "n", 1))),
        List.of(Finding.warning("w", null, "m", "f")));

    PlanContent back = PlanFormat.readPlanFile(PlanFormat.planFile(content));

    assertThat(back.fingerprint()).isEqualTo(content.fingerprint());
    assertThat(back.changes().get(0).after()).isEqualTo(content.changes().get(0).after());
    assertThat(back.findings()).isEqualTo(content.findings());
    assertThat(back.spec()).isEqualTo(content.spec());
  }
}
