package io.hyperpod.prereqs.moto;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.aws.moto.MotoServer;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SecurityGroupRef;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spec.VpcRef;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Destroy of a stack whose bucket admits only its VPC's endpoint ({@code restrictBucketToVpc}),
 * through the AWS backend against moto and on the simulator: the bucket policy goes first (it
 * restricts the tool's own access), then the files, the bucket, the endpoint and the VPC; an
 * endpoint moto still lists as {@code deleted} counts as gone, so a second destroy plans nothing.
 */
class VpcOnlyBucketDestroyTest {
  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  static final HyperPodPrerequisites SPEC = HyperPodPrerequisites.builder()
      .stack("vpconly")
      .region(MotoServer.REGION)
      .addClusterUser(ClusterUser.iamUser("vpconly-alice", "alice", 2001))
      .addInstanceGroup(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1))
      .network(Network.builder()
          .vpc(VpcRef.create("10.0.0.0/16"))
          .availabilityZoneId("usw2-az2")
          .addSubnet(SubnetRef.create("10.0.0.0/20"))
          .securityGroup(SecurityGroupRef.create("vpconly-efa"))
          .s3GatewayEndpoint(true)
          .restrictBucketToVpc(true)
          .build())
      .lifecycleScripts(LifecycleScripts.of("sagemaker-vpconly-lifecycle-123456789012",
          "hyperpod/lifecycle"))
      .build();

  @Test
  void destroy_throughTheAwsBackendOnMoto_takesThePolicyOutFirst_andFinishes() {
    try (AwsBackend aws = MOTO.server().backend()) {
      // Without the stack lock: the lock object lives in the lifecycle bucket, and moto applies
      // the VPC-only Deny to the tool itself (it has no aws:PrincipalArn, which exempts the
      // caller on AWS), so moto refuses the lock's PutObject once the policy is in place.
      destroysToTheEnd(aws, ApplyOptions.builder().lock(false).build());
    }
  }

  @Test
  void destroy_onTheSimulator_takesThePolicyOutFirst_andFinishes() {
    destroysToTheEnd(AwsSimulator.create().backend(SPEC.region()), ApplyOptions.defaults());
  }

  private static void destroysToTheEnd(CloudBackend backend, ApplyOptions options) {
    succeeded(SPEC.plan(backend).apply(options));
    assertThat(backend.s3().getBucketPolicy(SPEC.lifecycleScripts().orElseThrow().bucket())).isPresent();

    Plan destroy = SPEC.planDestroy(backend);
    String policy = "s3_bucket_policy." + SPEC.lifecycleScripts().orElseThrow().bucket();
    assertThat(change(destroy, policy).action()).isEqualTo(ChangeAction.DELETE);
    for (String file : List.of("on_create.sh", "add_users.sh", "shared_users.txt",
        "provisioning_parameters.json")) {
      assertThat(change(destroy, "s3_object." + file).dependsOn())
          .as("s3_object.%s waits for the bucket policy to go", file)
          .contains(ResourceAddress.parse(policy));
    }
    assertThat(change(destroy, "ec2_vpc.main").action()).isEqualTo(ChangeAction.DELETE);
    succeeded(destroy.apply(options));

    assertThat(backend.s3().listBuckets()).extracting(b -> b.name())
        .doesNotContain(SPEC.lifecycleScripts().orElseThrow().bucket());
    assertThat(backend.ec2().describeVpcs(Ec2Query.tagged("hyperpod-prereqs:stack", "vpconly")))
        .isEmpty();
    Plan again = SPEC.planDestroy(backend);
    assertThat(again.changes()).filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(c -> c.address().toString()).isEmpty();
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
