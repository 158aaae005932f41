package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The applier's ordering, its failure skipping, and what independent branches do meanwhile. */
class ApplierFailureTest {
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.demo();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  private static Map<String, ChangeResult> byAddress(ApplyResult r) {
    return r.changes().stream().collect(Collectors.toMap(c -> c.address().toString(), c -> c));
  }

  @Test
  void apply_policyCreationFails_skipsItsAttachmentsAndAppliesTheRest() {
    simulator.inject(FaultRule.failing("iam", "CreatePolicy", "ServiceFailure", 500)
        .withTimes(Integer.MAX_VALUE));

    ApplyResult result = spec.apply(backend);

    assertThat(result.succeeded()).isFalse();
    Map<String, ChangeResult> r = byAddress(result);
    assertThat(r.get("iam_policy.demo-cluster-user").outcome()).isEqualTo(ChangeOutcome.FAILED);
    assertThat(r.get("iam_policy.demo-cluster-user").error().orElseThrow())
        .contains("ServiceFailure");
    ChangeResult attachment = r.get("iam_policy_attachment.user/alice/demo-cluster-user");
    assertThat(attachment.outcome()).isEqualTo(ChangeOutcome.SKIPPED);
    assertThat(attachment.rootCause())
        .contains(ResourceAddress.parse("iam_policy.demo-cluster-user"));
    assertThat(r.get("iam_role.demo-worker-role").outcome()).isEqualTo(ChangeOutcome.APPLIED);
    assertThat(r.get("iam_user.alice").outcome()).isEqualTo(ChangeOutcome.APPLIED);
    assertThat(r.get("s3_object.on_create.sh").outcome()).isEqualTo(ChangeOutcome.APPLIED);
    assertThat(result.failures()).extracting(c -> c.address().toString())
        .containsExactlyInAnyOrder("iam_policy.demo-cluster-user", "iam_policy.demo-cluster-admin");
  }

  @Test
  void apply_afterAFailedRun_finishesTheRest() {
    simulator.inject(FaultRule.failing("iam", "CreatePolicy", "ServiceFailure", 500)
        .withTimes(Integer.MAX_VALUE));
    assertThat(spec.apply(backend).succeeded()).isFalse();
    simulator.clearFaults();

    ApplyResult second = spec.apply(backend);

    assertThat(second.succeeded()).as(second.failures().toString()).isTrue();
    assertThat(spec.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void apply_bucketCreationFails_skipsEveryFileWithTheBucketAsRootCause() {
    simulator.inject(FaultRule.failing("s3", "CreateBucket", "InternalError", 500)
        .withTimes(Integer.MAX_VALUE));

    ApplyResult result = spec.apply(backend);

    Map<String, ChangeResult> r = byAddress(result);
    for (String file : List.of("on_create.sh", "add_users.sh", "shared_users.txt",
        "provisioning_parameters.json")) {
      assertThat(r.get("s3_object." + file).outcome()).isEqualTo(ChangeOutcome.SKIPPED);
      assertThat(r.get("s3_object." + file).rootCause().orElseThrow().toString())
          .isEqualTo("s3_bucket." + Specs.BUCKET);
    }
    assertThat(backend.iam().findUser("alice")).isPresent();
  }

  @Test
  void apply_dependencies_createPrincipalsAndPoliciesBeforeAttachingAndTagging() {
    spec.apply(backend);

    List<String> ops = simulator.calls().stream().map(RecordedCall::operation).toList();
    assertThat(ops.indexOf("CreatePolicy")).isLessThan(ops.indexOf("AttachUserPolicy"));
    assertThat(ops.lastIndexOf("CreateUser")).isLessThan(ops.lastIndexOf("AttachUserPolicy"));
    assertThat(ops.lastIndexOf("CreateRole")).isLessThan(ops.lastIndexOf("AttachRolePolicy"));
    assertThat(ops.indexOf("CreateBucket")).isLessThan(ops.indexOf("PutObject"));
  }

  @Test
  void apply_oneWorkerOrSixteen_reachesTheSameState() {
    ApplyResult serial = spec.plan(backend).apply(ApplyOptions.builder().parallelism(1).build());
    AwsSimulator other = AwsSimulator.create();
    ApplyResult parallel = spec.plan(other.backend(Specs.REGION))
        .apply(ApplyOptions.builder().parallelism(16).build());

    assertThat(serial.succeeded()).isTrue();
    assertThat(parallel.succeeded()).isTrue();
    assertThat(other.backend(Specs.REGION).iam().snapshot().users())
        .extracting(u -> u.name() + u.tags() + u.attachedPolicyArns())
        .containsExactlyInAnyOrderElementsOf(backend.iam().snapshot().users().stream()
            .map(u -> u.name() + u.tags() + u.attachedPolicyArns()).toList());
  }
}
