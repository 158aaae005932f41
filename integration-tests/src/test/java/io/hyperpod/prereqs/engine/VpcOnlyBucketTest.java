package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.AwsManagedPolicies;
import io.hyperpod.prereqs.policy.ContextKeys;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code restrictBucketToVpc}: the bucket policy the stack writes, evaluated by the IAM policy
 * evaluator. The execution role reads the scripts through the VPC's S3 endpoint and not from
 * elsewhere; the principal that ran the tool keeps access from outside; anyone else does not.
 */
class VpcOnlyBucketTest {
  static final String ACCOUNT = "123456789012";
  static final String OBJECT = "arn:aws:s3:::" + Specs.BUCKET + "/hyperpod/lifecycle/on_create.sh";
  static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

  SimulatorBackend deployer;
  HyperPodPrerequisites spec =
      HyperPodPrerequisites.builder().from(Specs.demo()).network(Specs.createdNetwork()).build();
  String endpoint;
  LabeledPolicy bucketPolicy;

  @BeforeEach
  void applyAsADeployer() {
    AwsSimulator simulator = AwsSimulator.create();
    SimulatorBackend root = simulator.backend(Specs.REGION);
    root.iam().createUser("deployer", Map.of());
    deployer = root.as(SimulatedCaller.user("deployer"));
    ApplyResult result = spec.apply(deployer);
    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    endpoint =
        deployer
            .ec2()
            .describeVpcEndpoints(
                Ec2Query.filter("service-name", List.of(VpcEndpoint.s3ServiceName(Specs.REGION))))
            .get(0)
            .vpcEndpointId();
    bucketPolicy =
        LabeledPolicy.parse(
            "bucket-policy:" + Specs.BUCKET,
            deployer.s3().getBucketPolicy(Specs.BUCKET).orElseThrow());
  }

  private Decision read(String principal, String managedPolicy, String viaEndpoint) {
    AuthorizationRequest.Builder request = AuthorizationRequest.builder();
    request
        .principalArn(principal)
        .action("s3:GetObject")
        .resource(OBJECT)
        .resourceAccount(ACCOUNT);
    if (viaEndpoint != null) {
      request.contextValue(ContextKeys.SOURCE_VPCE, viaEndpoint);
    }
    return PolicyEvaluator.create()
        .evaluate(
            request.build(),
            PolicySet.builder()
                .addIdentityPolicies(AwsManagedPolicies.get(managedPolicy).orElseThrow().labeled())
                .resourcePolicy(bucketPolicy)
                .build());
  }

  @Test
  void executionRole_throughTheEndpoint_readsTheScripts() {
    Decision d =
        read(
            "arn:aws:iam::" + ACCOUNT + ":role/demo-execution-role",
            AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY,
            endpoint);

    assertThat(d.allowed()).as(d.toString()).isTrue();
  }

  @Test
  void executionRole_fromOutsideTheVpc_isDeniedByTheBucketPolicy() {
    Decision d =
        read(
            "arn:aws:iam::" + ACCOUNT + ":role/demo-execution-role",
            AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY,
            null);

    assertThat(d.allowed()).isFalse();
    assertThat(d.toString()).contains("bucket-policy:" + Specs.BUCKET);
  }

  @Test
  void executionRole_throughAnotherEndpoint_isDenied() {
    Decision d =
        read(
            "arn:aws:iam::" + ACCOUNT + ":role/demo-execution-role",
            AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY,
            "vpce-0123456789abcdef0");

    assertThat(d.allowed()).isFalse();
  }

  @Test
  void principalThatRanTheTool_fromOutsideTheVpc_keepsAccess() {
    Decision d = read("arn:aws:iam::" + ACCOUNT + ":user/deployer", ADMIN, null);

    assertThat(d.allowed()).as(d.toString()).isTrue();
  }

  @Test
  void anotherAdministrator_fromOutsideTheVpc_isDenied() {
    Decision d = read("arn:aws:iam::" + ACCOUNT + ":user/someone-else", ADMIN, null);

    assertThat(d.allowed()).isFalse();
  }

  @Test
  void bucketPolicy_otherStatementsOfTheOwner_areKeptAndTheStacksStatementIsRemovedAlone() {
    String other =
        "{\"Sid\":\"TheirOwn\",\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":\"s3:DeleteBucket\",\"Resource\":\"arn:aws:s3:::"
            + Specs.BUCKET
            + "\"}";
    String current = deployer.s3().getBucketPolicy(Specs.BUCKET).orElseThrow();
    deployer
        .s3()
        .putBucketPolicy(
            Specs.BUCKET, current.replace("\"Statement\":[", "\"Statement\":[" + other + ","));
    assertThat(spec.plan(deployer).hasChanges()).isFalse();

    HyperPodPrerequisites open =
        HyperPodPrerequisites.builder()
            .from(spec)
            .network(
                io.hyperpod.prereqs.spec.Network.builder()
                    .from(Specs.createdNetwork())
                    .restrictBucketToVpc(false)
                    .build())
            .build();
    assertThat(open.apply(deployer).succeeded()).isTrue();

    assertThat(deployer.s3().getBucketPolicy(Specs.BUCKET))
        .hasValueSatisfying(p -> assertThat(p).contains("TheirOwn").doesNotContain("vpce-only"));
  }
}
