package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values that used to pass validation but broke apply or widened access are refused together,
 * each with its field, value and fix.
 */
class UnsafeValuesTest {
  @Test
  void validate_everyUnsafeValue_isReportedAtOnce() {
    HyperPodPrerequisites spec = ValidSpecs.full()
        .withClusterUsers(ClusterUser.iamUser("alice", "alice$", 2001))
        .withTags(Map.of("team", "m\u200bl"))
        .withLifecycleScripts(LifecycleScripts.of(ValidSpecs.full().lifecycleScripts().orElseThrow().bucket(),
            "*"))
        .withNetwork(ImmutableNetwork.copyOf(ValidSpecs.full().network().orElseThrow())
            .withSecurityGroup(SecurityGroupRef.create("default")));

    List<SpecProblem> problems = spec.validate();

    assertThat(problems).extracting(SpecProblem::path).containsExactlyInAnyOrder(
        "clusterUsers[0].osUser", "tags.team", "lifecycleScripts.prefix",
        "network.securityGroup.create.name");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.fix()).isNotBlank();
      assertThat(p.describe()).contains(p.path());
    });
    assertThat(problems).filteredOn(p -> p.path().equals("tags.team")).singleElement()
        .satisfies(p -> assertThat(p.describe()).contains("m<U+200B>l"));
  }
}
