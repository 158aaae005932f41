package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.test.SimulatedAws;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/specs/full.yaml} (IAM, Run As, a created VPC with an EFA group and the S3
 * endpoint, the VPC-only bucket, FSx for Lustre, the scripts) on the embedded simulator: plan,
 * apply, re-plan to no changes, destroy with its data.
 */
@SimulatedAws(spec = "examples/specs/full.yaml")
class FullExampleSpecTest {
  @Test
  void fullExample_onTheSimulator_appliesReplansToNoChangesAndDestroys(
      HyperPodPrerequisites spec, CloudBackend backend) {

    Plan plan = spec.plan(backend);
    assertThat(plan.hasErrors()).as(plan.findings().toString()).isFalse();
    ApplyResult applied = plan.apply();
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();

    Plan again = spec.plan(backend);
    assertThat(again.changes())
        .filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address().toString())
        .isEmpty();
    CreateClusterRequest request = applied.createClusterRequest().orElseThrow();
    Vpc vpc = backend.ec2().describeVpcs(Ec2Query.tagged("hyperpod-prereqs:stack", "full")).get(0);
    assertThat(request.vpcConfig().orElseThrow().subnets())
        .singleElement()
        .satisfies(
            s ->
                assertThat(backend.ec2().describeSubnets(Ec2Query.ids(List.of(s))).get(0).vpcId())
                    .isEqualTo(vpc.vpcId()));
    assertThat(request.vpcConfig().orElseThrow().securityGroupIds())
        .singleElement()
        .satisfies(g -> assertThat(g).startsWith("sg-"));

    ApplyResult destroyed = spec.planDestroy(backend, true).apply();
    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();
    assertThat(spec.plan(backend).changes())
        .filteredOn(
            c ->
                c.address().type().startsWith("ec2_")
                    || c.address().type().startsWith("fsx_")
                    || c.address().type().startsWith("s3_"))
        .extracting(ResourceChange::action)
        .containsOnly(ChangeAction.CREATE);
    assertThat(backend.fsx().describeFileSystems(List.of())).isEmpty();
  }
}
