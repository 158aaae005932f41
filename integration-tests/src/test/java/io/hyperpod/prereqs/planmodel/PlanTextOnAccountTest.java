package io.hyperpod.prereqs.planmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.test.SimulatedAws;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text plan of a real account shows exactly the attributes whose values change. */
@SimulatedAws(spec = "examples/specs/quickstart.yaml")
class PlanTextOnAccountTest {
  @Test
  void specTagAdded_afterApply_showsOnlyTheNewTagOnEachResourceThatGetsIt(
      HyperPodPrerequisites quickstart, CloudBackend backend) {
    assertThat(quickstart.apply(backend).succeeded()).isTrue();

    Plan plan = ImmutableHyperPodPrerequisites.copyOf(quickstart).withTags(Map.of("team", "ml"))
        .plan(backend);
    String text = PlanFormat.text(plan.content(), false);

    List<String> attributeLines = text.lines().filter(l -> l.startsWith("      ")).toList();
    assertThat(attributeLines).isNotEmpty()
        .allMatch(l -> l.equals("      ~ tags.team = (none) -> \"ml\""));
    assertThat(text).doesNotContain("managed").doesNotContain("SSMSessionRunAs")
        .doesNotContain("default_version");
    assertThat(plan.changes()).filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address().type())
        .containsOnly("iam_user", "iam_role", "s3_bucket");
    assertThat(plan.changes()).filteredOn(c -> c.action() == ChangeAction.NOOP)
        .allMatch(c -> c.before().equals(c.after()) && c.afterUnknown().isEmpty());
  }
}
