package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Valid specs that the rule tests break one field at a time (and other tests start from). */
public final class ValidSpecs {
  /** The example specs shipped in the repository (the api module's tests run in api/). */
  static final Path EXAMPLES = Path.of("..", "examples", "specs");

  private ValidSpecs() {}

  /** IAM and lifecycle scripts only, on HyperPod's default VPC. */
  public static ImmutableHyperPodPrerequisites minimal() {
    return HyperPodPrerequisites.builder()
        .stack("demo")
        .region("us-west-2")
        .addClusterAdmin(ClusterAdmin.of("hp-admin"))
        .addClusterUser(ClusterUser.iamUser("alice", "alice", 2001))
        .addClusterUser(ClusterUser.iamRole("DataScientists", "ds", 2002))
        .addInstanceGroup(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1))
        .addInstanceGroup(InstanceGroup.of("worker-group-1", "ml.p5.48xlarge", 4))
        .runAs(RunAs.enabled("ubuntu"))
        .lifecycleScripts(LifecycleScripts.of("sagemaker-demo-lifecycle", "hyperpod/lifecycle"))
        .build();
  }

  /** Everything: a created VPC, subnet and security group, and a created FSx file system. */
  public static ImmutableHyperPodPrerequisites full() {
    return minimal()
        .withAccount("123456789012")
        .withTags(java.util.Map.of("team", "ml"))
        .withQuotas(Quotas.of(true))
        .withNetwork(
            Network.builder()
                .vpc(VpcRef.create("10.0.0.0/16"))
                .availabilityZoneId("usw2-az2")
                .addSubnet(SubnetRef.create("10.0.0.0/20"))
                .securityGroup(SecurityGroupRef.create("demo-efa"))
                .s3GatewayEndpoint(true)
                .restrictBucketToVpc(true)
                .build())
        .withFsx(Fsx.builder()
            .create(
                c -> c.storageCapacityGiB(1200)
                    .deploymentType(FsxDeploymentType.PERSISTENT_2)
                    .perUnitStorageThroughput(250))
            .build());
  }

  /** {@link #full()} with its network changed. */
  static ImmutableHyperPodPrerequisites withNetwork(UnaryOperator<ImmutableNetwork> change) {
    ImmutableHyperPodPrerequisites full = full();
    return full.withNetwork(change.apply(ImmutableNetwork.copyOf(full.network().orElseThrow())));
  }
}
