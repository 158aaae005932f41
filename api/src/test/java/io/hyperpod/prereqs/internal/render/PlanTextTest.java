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
  void render_update_showsExactlyTheChangedAttributesAndTagsEntryByEntry() {
    Map<String, Object> tags = Map.of("hyperpod-prereqs:stack", "demo");
    String text = PlanFormat.text(plan(List.of(
        change("iam_user.alice", ChangeAction.UPDATE,
            Map.of("name", "alice", "managed", "created by this stack", "tags", tags),
            Map.of("name", "alice", "managed", "created by this stack",
                "tags", Map.of("hyperpod-prereqs:stack", "demo", "team", "ml"))),
        change("iam_user.bob", ChangeAction.NOOP, Map.of("name", "bob", "tags", tags),
            Map.of("name", "bob", "tags", tags))), List.of()), false);

    assertThat(text).contains("~ iam_user.alice").doesNotContain("iam_user.bob");
    assertThat(text.lines().filter(l -> l.startsWith("      "))).containsExactly(
        "      ~ tags.team = (none) -> \"ml\"");
  }

  @Test
  void render_policyDocumentUpdate_isALineDiffOfPrettyJson() {
    Map<String, Object> before = Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
        "Effect", "Allow", "Action", "iam:PassRole",
        "Resource", List.of("arn:aws:iam::1:role/a", "arn:aws:iam::1:role/b"))));
    Map<String, Object> after = Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
        "Effect", "Allow", "Action", "iam:PassRole",
        "Resource", List.of("arn:aws:iam::1:role/a", "arn:aws:iam::1:role/c"))));
    String text = PlanFormat.text(plan(List.of(change("iam_policy.p", ChangeAction.UPDATE,
        Map.of("name", "p", "document", before), Map.of("name", "p", "document", after))),
        List.of()), false);

    List<String> lines = text.lines().filter(l -> l.startsWith("      ")).toList();
    assertThat(lines.get(0)).isEqualTo("      ~ document:");
    assertThat(lines).filteredOn(l -> l.startsWith("      -"))
        .singleElement().asString().endsWith(" \"arn:aws:iam::1:role/b\"");
    assertThat(lines).filteredOn(l -> l.startsWith("      +"))
        .singleElement().asString().endsWith(" \"arn:aws:iam::1:role/c\"");
    assertThat(lines).anyMatch(l -> l.startsWith("        ") && l.endsWith("role/a\","));
    assertThat(lines).allMatch(l -> l.length() < 100);
  }

  @Test
  void render_create_showsWhatOnlyApplyKnowsInWordsNotAsAValue() {
    ResourceChange vpc = ResourceChange.builder().address(ResourceAddress.parse("ec2_vpc.main"))
        .action(ChangeAction.CREATE).before(Map.of())
        .after(new java.util.TreeMap<>(Map.of("cidr", "10.0.0.0/16")))
        .putAfter("id", null).addAfterUnknown("/id").reason("missing").build();

    String text = PlanFormat.text(plan(List.of(vpc), List.of()), false);

    assertThat(text).contains("+ cidr = \"10.0.0.0/16\"").contains("+ id = (known after apply)");
    assertThat(vpc.after()).containsEntry("id", null);
  }

  @Test
  void change_actionThatTheStatesDoNotGive_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> change("iam_user.a",
        ChangeAction.NOOP, Map.of("name", "a"), Map.of("name", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iam_user.a says noop but its before and after make it update");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> change("iam_user.a",
        ChangeAction.CREATE, Map.of("name", "a"), Map.of()))
        .hasMessageContaining("says create but its before and after make it delete");
  }

  @Test
  void change_valuesTakeOneForm_integersAreLongs() {
    ResourceChange c = change("s3_object.f", ChangeAction.UPDATE, Map.of("size", 12),
        Map.of("size", 13L));

    assertThat(c.before().get("size")).isEqualTo(12L);
    assertThat(change("s3_object.f", ChangeAction.NOOP, Map.of("size", 12), Map.of("size", 12L))
        .after()).isEqualTo(Map.of("size", 12L));
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
