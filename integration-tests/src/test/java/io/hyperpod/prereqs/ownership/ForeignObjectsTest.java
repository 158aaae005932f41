package io.hyperpod.prereqs.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanOptions;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.test.SimulatedAws;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files someone else put at the stack's lifecycle keys (a team's own on_create.sh in an existing,
 * untagged bucket) are never deleted and replaced only with --overwrite-foreign-objects; what the
 * stack writes carries its mark (x-amz-meta-hyperpod-prereqs-stack) and is what destroy takes.
 */
@SimulatedAws(spec = "examples/specs/quickstart.yaml")
class ForeignObjectsTest {
  static final String TEAM_SCRIPT = "#!/bin/bash\necho the team's own on_create\n";
  static final String TEAM_USERS = "carol,3001,/fsx/carol\n";

  final HyperPodPrerequisites spec;
  final CloudBackend backend;
  final String bucket;
  final String onCreate;
  final String sharedUsers;

  ForeignObjectsTest(HyperPodPrerequisites spec, CloudBackend backend) {
    this.spec = spec;
    this.backend = backend;
    this.bucket = spec.lifecycleScripts().orElseThrow().bucket();
    this.onCreate = spec.lifecycleScripts().orElseThrow().key("on_create.sh");
    this.sharedUsers = spec.lifecycleScripts().orElseThrow().key("shared_users.txt");
  }

  void teamBucketWithItsOwnFiles() {
    backend.s3().createBucket(bucket);
    backend.s3().putObject(bucket, onCreate, TEAM_SCRIPT.getBytes(StandardCharsets.UTF_8), null);
    backend.s3().putObject(bucket, sharedUsers, TEAM_USERS.getBytes(StandardCharsets.UTF_8),
        null);
  }

  @Test
  void destroyWithoutApply_keepsTheTeamsFilesAndBucket() {
    teamBucketWithItsOwnFiles();

    Plan destroy = spec.planDestroy(backend);
    assertThat(change(destroy, "s3_object.on_create.sh").action()).isEqualTo(ChangeAction.NOOP);
    assertThat(change(destroy, "s3_object.on_create.sh").reason())
        .contains("not written by this stack");
    assertThat(change(destroy, "s3_object.shared_users.txt").action())
        .isEqualTo(ChangeAction.NOOP);
    succeeded(destroy.apply());

    assertThat(content(onCreate)).isEqualTo(TEAM_SCRIPT);
    assertThat(content(sharedUsers)).isEqualTo(TEAM_USERS);
  }

  @Test
  void apply_refusesToOverwriteTheTeamsFiles_withAnErrorFindingPerFile() {
    teamBucketWithItsOwnFiles();

    Plan plan = spec.plan(backend);
    assertThat(plan.findings()).filteredOn(f -> f.id().equals("s3.object.foreign"))
        .extracting(f -> f.address().orElseThrow().toString())
        .containsExactlyInAnyOrder("s3_object.on_create.sh", "s3_object.shared_users.txt");
    Finding finding = plan.findings().stream().filter(f -> f.id().equals("s3.object.foreign"))
        .findFirst().orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.fix()).contains("--overwrite-foreign-objects");
    assertThatThrownBy(plan::apply).isInstanceOf(PlanRefusedException.class);

    assertThat(content(onCreate)).isEqualTo(TEAM_SCRIPT);
    assertThat(content(sharedUsers)).isEqualTo(TEAM_USERS);
    assertThat(backend.iam().findUser("alice")).as("nothing is written").isEmpty();
  }

  @Test
  void withTheFlag_applyReplacesThem_andWhatItWroteIsTheStacks() {
    teamBucketWithItsOwnFiles();

    Plan plan = spec.plan(backend, PlanOptions.builder().overwriteForeignObjects(true).build());
    assertThat(plan.hasErrors()).as(plan.findings().toString()).isFalse();
    assertThat(change(plan, "s3_object.on_create.sh").action()).isEqualTo(ChangeAction.UPDATE);
    succeeded(plan.apply());

    assertThat(content(onCreate)).isNotEqualTo(TEAM_SCRIPT);
    assertThat(backend.s3().headObject(bucket, onCreate).orElseThrow().metadata())
        .containsEntry("hyperpod-prereqs-stack", "quickstart");
    assertThat(spec.plan(backend).hasChanges()).isFalse();
    Plan destroy = spec.planDestroy(backend);
    assertThat(change(destroy, "s3_object.on_create.sh").action())
        .isEqualTo(ChangeAction.DELETE);
    assertThat(change(destroy, "s3_bucket." + bucket).action()).isEqualTo(ChangeAction.NOOP);
  }

  @Test
  void aFileThatReplacesTheStacksAfterThePlan_isNotDeleted() {
    succeeded(spec.apply(backend));
    Plan destroy = spec.planDestroy(backend);
    assertThat(change(destroy, "s3_object.on_create.sh").action())
        .isEqualTo(ChangeAction.DELETE);

    backend.s3().putObject(bucket, onCreate, TEAM_SCRIPT.getBytes(StandardCharsets.UTF_8), null);
    Plan again = spec.planDestroy(backend);
    assertThat(change(again, "s3_object.on_create.sh").action()).isEqualTo(ChangeAction.NOOP);
    assertThat(change(again, "s3_bucket." + bucket).action()).isEqualTo(ChangeAction.NOOP);
    assertThat(again.findings()).extracting(Finding::id)
        .contains("s3.bucket.kept-with-foreign-objects");
    succeeded(again.apply());

    assertThat(content(onCreate)).isEqualTo(TEAM_SCRIPT);
    assertThat(backend.s3().listObjects(bucket, "")).extracting(o -> o.key())
        .containsExactly(onCreate);
  }

  @Test
  void aBucketTheStackCreated_holdingAnotherFile_isKeptWithIt() {
    succeeded(spec.apply(backend));
    backend.s3().putObject(bucket, "data/team.csv", "a,b\n".getBytes(StandardCharsets.UTF_8),
        null);

    Plan destroy = spec.planDestroy(backend);
    assertThat(change(destroy, "s3_bucket." + bucket).action()).isEqualTo(ChangeAction.NOOP);
    assertThat(destroy.findings()).filteredOn(f -> f.id().equals(
        "s3.bucket.kept-with-foreign-objects")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("data/team.csv"));
    succeeded(destroy.apply());

    assertThat(backend.s3().listObjects(bucket, "")).extracting(o -> o.key())
        .containsExactly("data/team.csv");
  }

  private String content(String key) {
    return new String(backend.s3().getObject(bucket, key).orElseThrow(), StandardCharsets.UTF_8);
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
