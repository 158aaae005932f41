package io.hyperpod.prereqs.engine;

import io.hyperpod.prereqs.spec.FsxDeploymentType;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spec.SecurityGroupRef;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spec.VpcRef;
import java.util.List;

/** Specs the engine tests start from. */
final class Specs {
  static final String REGION = "us-west-2";
  static final String BUCKET = "sagemaker-demo-lifecycle-123456789012";

  private Specs() {}

  /** IAM and lifecycle scripts: two groups (one with its own role), an admin, two users. */
  static HyperPodPrerequisites demo() {
    return HyperPodPrerequisites.builder()
        .stack("demo")
        .region(REGION)
        .putTag("team", "ml")
        .addClusterAdmin(ClusterAdmin.of("hp-admin"))
        .addClusterUser(ClusterUser.iamUser("alice", "alice", 2001))
        .addClusterUser(ClusterUser.iamUser("bob", "bob", 2002))
        .addInstanceGroup(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1))
        .addInstanceGroup(InstanceGroup.builder().name("worker-group-1")
            .instanceType("ml.g5.8xlarge").count(2).executionRole("demo-worker-role").build())
        .runAs(RunAs.enabled("ubuntu"))
        .lifecycleScripts(LifecycleScripts.of(BUCKET, "hyperpod/lifecycle"))
        .build();
  }

  /** A network the stack creates: VPC, one subnet, an EFA group, the S3 endpoint. */
  static Network createdNetwork() {
    return Network.builder()
        .vpc(VpcRef.create("10.0.0.0/16"))
        .availabilityZoneId("usw2-az2")
        .addSubnet(SubnetRef.create("10.0.0.0/20"))
        .securityGroup(SecurityGroupRef.create("demo-efa"))
        .s3GatewayEndpoint(true)
        .restrictBucketToVpc(true)
        .build();
  }

  /** The demo with the created network and a new FSx for Lustre file system. */
  static HyperPodPrerequisites withNetworkAndFsx() {
    return HyperPodPrerequisites.builder().from(demo())
        .network(createdNetwork())
        .fsx(Fsx.builder()
            .create(
                c -> c.storageCapacityGiB(1200)
                    .deploymentType(FsxDeploymentType.PERSISTENT_2)
                    .perUnitStorageThroughput(250))
            .build())
        .build();
  }

  /** The findings of the network's and FSx's checks (others, e.g. quotas, left out). */
  static List<Finding> networkFindings(Plan plan) {
    return plan.findings().stream()
        .filter(f -> f.id().startsWith("network.") || f.id().startsWith("fsx."))
        .toList();
  }
}
