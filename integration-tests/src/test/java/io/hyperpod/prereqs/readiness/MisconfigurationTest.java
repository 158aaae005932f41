package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles;
import io.hyperpod.prereqs.policy.AwsManagedPolicies;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seeded misconfigurations of an applied full spec: each makes the simulated CreateCluster (or
 * StartSession) fail as HyperPod does, and {@code verify} name the failing requirement.
 */
class MisconfigurationTest {
  final ReadyAccount account = new ReadyAccount();

  private String roleName(int group) {
    String arn = account.request.instanceGroups().get(group).executionRole();
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  private void assertRefused(CreateClusterRequest request, String code, String requirement) {
    assertThatThrownBy(() -> account.admin().sageMaker().createCluster(request))
        .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errorCode()).isEqualTo(code))
        .hasMessageContaining(requirement);
  }

  private void assertClusterFails(String requirement) {
    String arn = account.admin().sageMaker().createCluster(account.request);
    account.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster c = account.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(c.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(c.failureMessage().orElseThrow()).contains("did not run successfully").contains(requirement);
  }

  private void assertVerifyFails(String requirement) {
    ReadinessReport report = account.verify();
    assertThat(report.ready()).isFalse();
    assertThat(report.failures()).as(report.toText()).extracting(RequirementResult::id).contains(requirement);
  }

  /** A new subnet of the cluster's VPC in an AZ id other than the cluster subnet's. */
  private io.hyperpod.prereqs.spi.ec2.Subnet subnetInAnotherAzId() {
    String subnet = account.request.vpcConfig().orElseThrow().subnets().get(0);
    var first = account.root.ec2().describeSubnets(Ec2Query.ids(List.of(subnet))).get(0);
    String otherZone = account.root.ec2().describeAvailabilityZones().stream()
        .filter(z -> !z.zoneId().equals(first.availabilityZoneId())).findFirst().orElseThrow().zoneName();
    return account.root.ec2().createSubnet(first.vpcId(), "10.0.128.0/20", otherZone, Map.of());
  }

  /** The full spec with one piece of its text replaced. */
  private static HyperPodPrerequisites specWith(String... textThenReplacement) {
    return ReadyAccount.fullWith(textThenReplacement);
  }

  private CreateClusterRequest withSourceUri(String uri) {
    return ImmutableCreateClusterRequest.copyOf(account.request).withInstanceGroups(
        account.request.instanceGroups().stream()
            .map(g -> (CreateClusterRequest.InstanceGroupSpec) ImmutableInstanceGroupSpec.copyOf(g)
                .withLifeCycleConfig(io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig.copyOf(g.lifeCycleConfig().orElseThrow())
                    .withSourceS3Uri(uri)))
            .toList());
  }

  private void copyScriptsTo(String bucket, SimulatedBucketOwner owner) {
    var s3 = owner.backend(account).s3();
    s3.createBucket(bucket);
    String prefix = account.spec.lifecycleScripts().orElseThrow().prefix();
    for (var o : account.root.s3().listObjects(account.spec.lifecycleScripts().orElseThrow().bucket(), prefix)) {
      s3.putObject(bucket, o.key(),
          account.root.s3().getObject(account.spec.lifecycleScripts().orElseThrow().bucket(), o.key()).orElseThrow(),
          "text/plain");
    }
  }

  @Test
  void createCluster_bucketWithoutSageMakerPrefix_failsLifecycleScripts() {
    copyScriptsTo("lifecycle-full-7f3a9c", SimulatedBucketOwner.SAME);
    CreateClusterRequest request = withSourceUri("s3://lifecycle-full-7f3a9c/" + account.spec.lifecycleScripts().orElseThrow().prefix());

    String arn = account.admin().sageMaker().createCluster(request);
    account.simulator.clock().advance(Duration.ofMinutes(30));

    assertThat(account.root.sageMaker().describeCluster(arn).orElseThrow().failureMessage())
        .hasValueSatisfying(m -> assertThat(m).contains("Lifecycle scripts did not run successfully").contains("lifecycle.bucket-name"));
    // verify reads the spec, and the spec validator refuses such a bucket before any read
    assertThatThrownBy(() -> specWith("sagemaker-full-lifecycle-7f3a9c", "lifecycle-full-7f3a9c"))
        .isInstanceOf(InvalidSpecException.class).hasMessageContaining("sagemaker-");
  }

  @Test
  void createCluster_crossAccountBucket_failsLifecycleScripts() {
    copyScriptsTo("sagemaker-elsewhere-lifecycle", SimulatedBucketOwner.OTHER);
    CreateClusterRequest request = withSourceUri("s3://sagemaker-elsewhere-lifecycle/" + account.spec.lifecycleScripts().orElseThrow().prefix());

    String arn = account.admin().sageMaker().createCluster(request);
    account.simulator.clock().advance(Duration.ofMinutes(30));

    assertThat(account.root.sageMaker().describeCluster(arn).orElseThrow().failureMessage())
        .hasValueSatisfying(m -> assertThat(m).contains("lifecycle.bucket-owner"));
    ReadinessReport report = specWith("sagemaker-full-lifecycle-7f3a9c", "sagemaker-elsewhere-lifecycle").verify(account.root);
    assertThat(report.failures()).as(report.toText()).extracting(RequirementResult::id).contains("lifecycle.bucket-owner");
  }

  @Test
  void createClusterAndVerify_missingManagedPolicy_failRoleCanRead() {
    account.root.iam().detachPolicy(PrincipalRef.role(roleName(0)), AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY);

    assertClusterFails("lifecycle.role-can-read");
    assertVerifyFails("lifecycle.role-can-read");
    assertThat(account.verify().failure("lifecycle.role-can-read").orElseThrow().evidence())
        .contains("s3:GetObject implicitDeny (agrees)");
  }

  @Test
  void createClusterAndVerify_trustNotForSageMaker_failValidation() {
    account.root.iam().updateAssumeRolePolicy(roleName(0),
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");

    assertRefused(account.request, "ValidationException", "role.trust");
    assertVerifyFails("role.trust");
  }

  @Test
  void createClusterAndVerify_noPassRole_failAccessDenied() {
    var admin = account.root.iam().findUser(ReadyAccount.ADMIN).orElseThrow();
    for (String arn : admin.attachedPolicyArns()) {
      if (!arn.contains(":iam::aws:policy/")) {
        account.root.iam().detachPolicy(PrincipalRef.user(ReadyAccount.ADMIN), arn);
      }
    }
    account.root.iam().putInlinePolicy(PrincipalRef.user(ReadyAccount.ADMIN), "no-pass-role",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"sagemaker:CreateCluster\",\"sagemaker:AddTags\"],\"Resource\":\"*\"},"
            + "{\"Effect\":\"Deny\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}]}");

    assertRefused(account.request, "AccessDeniedException", "caller.pass-role");
    assertVerifyFails("admin.pass-role");
  }

  @Test
  void createClusterAndVerify_noS3EndpointOnPrivateRouteTable_failLifecycleScripts() {
    String vpc = account.root.ec2().describeSubnets(Ec2Query.ids(account.request.vpcConfig().orElseThrow().subnets())).get(0).vpcId();
    for (VpcEndpoint e : account.root.ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpc)))) {
      account.root.ec2().deleteVpcEndpoint(e.vpcEndpointId());
    }

    assertClusterFails("network.s3-reachable");
    assertVerifyFails("network.s3-reachable");
  }

  @Test
  void createClusterAndVerify_securityGroupWithoutSelfEgress_failEfaHealthChecks() {
    String sg = account.request.vpcConfig().orElseThrow().securityGroupIds().get(0);
    SecurityGroup group = account.root.ec2().describeSecurityGroups(Ec2Query.ids(List.of(sg))).get(0);
    account.root.ec2().revokeSecurityGroupEgress(sg, group.egress().stream()
        .map(r -> r.permission()).filter(p -> p.referencedGroupId().isPresent()).toList());

    String arn = account.admin().sageMaker().createCluster(account.request);
    account.simulator.clock().advance(Duration.ofMinutes(30));
    assertThat(account.root.sageMaker().describeCluster(arn).orElseThrow().failureMessage())
        .hasValueSatisfying(m -> assertThat(m).startsWith("EFA health checks did not run successfully").contains("network.efa-self-rules"));
    assertVerifyFails("network.efa-self-rules");
  }

  @Test
  void createCluster_subnetsInTwoAzIds_failsValidation() {
    String subnet = account.request.vpcConfig().orElseThrow().subnets().get(0);
    var first = account.root.ec2().describeSubnets(Ec2Query.ids(List.of(subnet))).get(0);
    var second = subnetInAnotherAzId();
    CreateClusterRequest request = ImmutableCreateClusterRequest.copyOf(account.request).withVpcConfig(
        io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig.copyOf(account.request.vpcConfig().orElseThrow())
            .withSubnets(subnet, second.subnetId()));

    assertRefused(request, "ValidationException", "network.one-az");
    ReadinessReport report = specWith("vpc: {create: {cidr: 10.0.0.0/16}}", "vpc: {id: " + first.vpcId() + "}",
        "    - create: {cidr: 10.0.0.0/17}", "    - id: " + subnet + "\n    - id: " + second.subnetId())
        .verify(account.root);
    assertThat(report.failures()).as(report.toText()).extracting(RequirementResult::id).contains("network.one-az");
  }

  @Test
  void createClusterAndVerify_fsxInAnotherAzId_failLifecycleScripts() {
    var elsewhere = subnetInAnotherAzId();
    var fs = account.root.fsx().createLustreFileSystem(LustreFileSystemRequest.builder()
        .subnetId(elsewhere.subnetId())
        .securityGroupIds(account.request.vpcConfig().orElseThrow().securityGroupIds())
        .storageCapacityGiB(1200).deploymentType("PERSISTENT_2").perUnitStorageThroughput(250)
        .clientRequestToken("fsx-elsewhere").build());
    account.simulator.clock().advance(Duration.ofHours(1));
    String bucket = account.spec.lifecycleScripts().orElseThrow().bucket();
    String key = account.spec.lifecycleScripts().orElseThrow().key(LifecycleFiles.PROVISIONING_PARAMETERS);
    String params = new String(account.root.s3().getObject(bucket, key).orElseThrow(), StandardCharsets.UTF_8);
    account.root.s3().putObject(bucket, key, params.replaceAll("\"fsx_dns_name\"\\s*:\\s*\"[^\"]*\"",
        "\"fsx_dns_name\": \"" + fs.dnsName() + "\"").getBytes(StandardCharsets.UTF_8), "application/json");

    assertClusterFails("fsx.placement");
    assertVerifyFails("fsx.placement");
    assertThat(account.verify().failures()).filteredOn(r -> r.id().equals("fsx.placement"))
        .singleElement().satisfies(r -> assertThat(r.subject()).isEqualTo(fs.fileSystemId()));
  }

  @Test
  void createClusterAndVerify_quotaShortfall_failResourceLimitExceeded() {
    account.root.sageMaker().createCluster(ImmutableCreateClusterRequest.copyOf(account.request).withClusterName("other"));

    assertRefused(account.request, "ResourceLimitExceeded", "quotas.cluster-usage");
    assertVerifyFails("quotas.cluster-usage");
  }

  @Test
  void createClusterAndVerify_uidClashInSharedUsers_failLifecycleScripts() {
    String bucket = account.spec.lifecycleScripts().orElseThrow().bucket();
    account.root.s3().putObject(bucket, account.spec.lifecycleScripts().orElseThrow().key("shared_users.txt"),
        "alice,2001,/fsx/alice\nbob,2001,/fsx/bob\n".getBytes(StandardCharsets.UTF_8), "text/plain");

    assertClusterFails("lifecycle.shared-users");
    assertVerifyFails("lifecycle.shared-users");
  }

  private String inServiceTarget() {
    String arn = account.admin().sageMaker().createCluster(account.request);
    account.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster c = account.root.sageMaker().describeCluster(arn).orElseThrow();
    ClusterNode n = account.root.sageMaker().listClusterNodes(arn).get(0);
    return ClusterNode.sessionTarget(c.clusterId(), n.instanceGroupName(), n.instanceId());
  }

  @Test
  void startSessionAndVerify_runAsUserNotShared_refused() {
    account.root.iam().tag(PrincipalRef.user("bob"), Map.of("SSMSessionRunAs", "carol"));
    String target = inServiceTarget();

    assertThatThrownBy(() -> account.root.as(SimulatedCaller.user("bob")).ssm().startSession(target))
        .isInstanceOf(CloudException.class).hasMessageContaining("RunAs user carol does not exist");
    assertVerifyFails("user.start-session");
  }

  @Test
  void startSessionAndVerify_runAsOnWithoutTagOrDefaultUser_refused() {
    account.root.iam().untag(PrincipalRef.user("alice"), List.of("SSMSessionRunAs"));
    var doc = account.root.ssm().getDocument(SsmPort.PREFERENCES_DOCUMENT).orElseThrow();
    String content = doc.content().replaceAll("\"runAsDefaultUser\"\\s*:\\s*\"ubuntu\"", "\"runAsDefaultUser\": \"\"");
    var updated = account.root.ssm().updateDocument(SsmPort.PREFERENCES_DOCUMENT, content, "JSON", "$LATEST");
    account.root.ssm().updateDefaultVersion(SsmPort.PREFERENCES_DOCUMENT, updated.documentVersion());
    String target = inServiceTarget();

    assertThatThrownBy(() -> account.root.as(SimulatedCaller.user("alice")).ssm().startSession(target))
        .isInstanceOf(CloudException.class).hasMessageContaining("no SSMSessionRunAs tag");
    assertVerifyFails("user.start-session");
  }

  @Test
  void startSession_callerWithoutStartSession_accessDenied() {
    var alice = account.root.iam().findUser("alice").orElseThrow();
    alice.attachedPolicyArns().forEach(a -> account.root.iam().detachPolicy(PrincipalRef.user("alice"), a));
    alice.inlinePolicies().keySet().forEach(n -> account.root.iam().deleteInlinePolicy(PrincipalRef.user("alice"), n));
    String target = inServiceTarget();

    assertThatThrownBy(() -> account.root.as(SimulatedCaller.user("alice")).ssm().startSession(target))
        .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errorCode()).isEqualTo("AccessDeniedException"));
    assertVerifyFails("user.start-session");
  }

  /** Who owns a bucket a test makes. */
  enum SimulatedBucketOwner {
    SAME,
    OTHER;

    io.hyperpod.prereqs.spi.CloudBackend backend(ReadyAccount account) {
      return this == SAME ? account.root : account.simulator.backend("210987654321", account.spec.region());
    }
  }
}
