package io.hyperpod.prereqs.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.readiness.ReadinessReport;
import io.hyperpod.prereqs.readiness.RequirementResult;
import io.hyperpod.prereqs.readiness.RequirementStatus;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One rule for OS users and uids: the plan refuses, with an error finding on the field, exactly
 * the cluster users whose shared_users.txt line verify (and the simulator's oracle) would fail.
 */
class OneUserRuleTest {
  static final Path QUICKSTART = Path.of("..", "examples", "specs", "quickstart.yaml");

  @ParameterizedTest(name = "osUser {0}, uid {1}")
  @CsvSource({
      "alice, 1000, clusterUsers[0].uid", // ubuntu's uid on the images
      "ubuntu, 2001, clusterUsers[0].osUser", // the image's own user, a sudoer
      "alice, 1001, ''",
      "alice, 999, ''", // a system uid: a warning, not what verify fails
      "alice, 2001, ''"})
  void plan_refusesWhatVerifyFails(String osUser, long uid, String field) {
    HyperPodPrerequisites base = HyperPodPrerequisites.load(QUICKSTART);
    HyperPodPrerequisites spec = HyperPodPrerequisites.builder().from(base)
        .clusterUsers(List.of(ClusterUser.iamUser("alice", osUser, uid),
            base.clusterUsers().get(1)))
        .build();
    AwsSimulator simulator = AwsSimulator.create();
    CloudBackend backend = simulator.backend(spec.region());

    Plan plan = spec.plan(backend);
    List<Finding> refused = plan.findings().stream()
        .filter(f -> f.id().equals("users.refused-on-nodes")).toList();

    // what verify says of the same file, uploaded by a stack applied without the user
    ApplyResult applied = base.apply(backend);
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    String key = spec.lifecycleScripts().orElseThrow().key("shared_users.txt");
    backend.s3().putObject(spec.lifecycleScripts().orElseThrow().bucket(), key,
        (osUser + "," + uid + ",/fsx/" + osUser + "\nbob,2002,/fsx/bob\n")
            .getBytes(StandardCharsets.UTF_8), "text/plain",
        Map.of("hyperpod-prereqs-stack", spec.stack()));
    simulator.clock().advance(Duration.ofDays(3));
    ReadinessReport report = spec.verify(backend);
    RequirementStatus sharedUsers = report.requirements().stream()
        .filter(r -> r.id().equals("lifecycle.shared-users")).map(RequirementResult::status)
        .findFirst().orElseThrow();

    if (field.isEmpty()) {
      assertThat(refused).isEmpty();
      assertThat(sharedUsers).isEqualTo(RequirementStatus.PASS);
    } else {
      assertThat(refused).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).startsWith(field + " ");
        assertThat(f.fix()).isNotBlank();
      });
      assertThat(sharedUsers).isEqualTo(RequirementStatus.FAIL);
    }
  }
}
