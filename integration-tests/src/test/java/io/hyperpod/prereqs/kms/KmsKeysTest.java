package io.hyperpod.prereqs.kms;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.readiness.ReadinessReport;
import io.hyperpod.prereqs.readiness.RequirementResult;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.EbsVolumeConfig;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.UnknownId;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Customer managed KMS keys for the instance groups' EBS volumes (docs/kms.md), end to end on the
 * simulator: keys the stack creates (key policy, alias, tags, the execution roles' policy, the
 * request's root and secondary volume entries, verify, CreateCluster, destroy's scheduled
 * deletion), a key found by its tags when its alias is missing, and adopted keys checked before
 * anything is written.
 */
public class KmsKeysTest {
  public static final String SPEC = """
      apiVersion: hyperpod-prereqs/v1
      stack: keys
      region: us-west-2
      clusterAdmins:
        - iamUser: keys-admin
      cluster: {lifecycleMode: ami, nodeProvisioningMode: Continuous}
      instanceGroups:
        - name: controller
          instanceType: ml.c5.2xlarge
          count: 1
          slurm: {nodeType: Controller}
          kms: {create: {deletionWindowDays: 7}}
        - name: workers
          instanceType: ml.g5.8xlarge
          count: 2
          slurm: {nodeType: Compute, partitions: [gpu]}
          ebsVolumeSizeGB: 500
          kms: {create: {}}
      """;

  private final AwsSimulator simulator = AwsSimulator.create();
  private final SimulatorBackend root = simulator.backend("us-west-2");

  private static String alias(String group) {
    return "alias/hyperpod-prereqs/keys/" + group;
  }

  private KmsKey keyOf(String alias) {
    return root.kms().describeKey(alias);
  }

  @Test
  void createdKeys_planThenApply_encryptRootAndSecondaryVolumesAndTheClusterGoesInService() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(SPEC);
    Plan plan = spec.plan(root);
    assertThat(plan.change("kms_key.controller").action()).isEqualTo(ChangeAction.CREATE);
    assertThat(plan.change("kms_key.workers").action()).isEqualTo(ChangeAction.CREATE);
    assertThat(plan.change("iam_policy.keys-execution-kms").action())
        .isEqualTo(ChangeAction.CREATE);
    CreateClusterRequest planned = plan.createClusterRequest().orElseThrow();
    assertThat(planned.unknownIds()).contains(
        UnknownId.of("InstanceGroups[0].InstanceStorageConfigs[0].EbsVolumeConfig.VolumeKmsKeyId",
            "kms_key.controller"),
        UnknownId.of("InstanceGroups[1].InstanceStorageConfigs[0].EbsVolumeConfig.VolumeKmsKeyId",
            "kms_key.workers"),
        UnknownId.of("InstanceGroups[1].InstanceStorageConfigs[1].EbsVolumeConfig.VolumeKmsKeyId",
            "kms_key.workers"));

    ApplyResult applied = plan.apply();
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    assertThat(spec.plan(root).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);

    KmsKey controller = keyOf(alias("controller"));
    KmsKey workers = keyOf(alias("workers"));
    assertThat(List.of(controller, workers)).allSatisfy(k -> {
      assertThat(k.keyState()).isEqualTo(KmsKey.ENABLED);
      assertThat(k.customerManaged()).isTrue();
      assertThat(k.keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
    });
    assertThat(controller.keyId()).isNotEqualTo(workers.keyId());
    assertThat(root.kms().listResourceTags(workers.keyId())).containsEntry(
        HyperPodPrerequisites.STACK_TAG, "keys").containsEntry(
        "hyperpod-prereqs:instance-group", "workers");
    assertThat(root.kms().getKeyPolicy(workers.keyId()))
        .contains("arn:aws:iam::" + root.account().callerIdentity().account() + ":root")
        .contains("kms:GrantIsForAWSResource").contains("sagemaker.us-west-2.amazonaws.com");

    CreateClusterRequest request = spec.plan(root).createClusterRequest().orElseThrow();
    assertThat(request.complete()).as(request.unknownIds().toString()).isTrue();
    assertThat(request.instanceGroups().get(0).instanceStorageConfigs()).containsExactly(
        InstanceStorageConfig.ebs(EbsVolumeConfig.builder().rootVolume(true)
            .volumeKmsKeyId(controller.arn()).build()));
    assertThat(request.instanceGroups().get(1).instanceStorageConfigs()).containsExactly(
        InstanceStorageConfig.ebs(EbsVolumeConfig.builder().rootVolume(true)
            .volumeKmsKeyId(workers.arn()).build()),
        InstanceStorageConfig.ebs(EbsVolumeConfig.builder().volumeSizeInGB(500)
            .volumeKmsKeyId(workers.arn()).build()));
    assertThat(request.nodeProvisioningMode()).contains("Continuous");

    ReadinessReport report = spec.verify(root);
    assertThat(report.failures()).as(report.toText()).isEmpty();
    assertThat(report.requirements()).extracting(RequirementResult::id)
        .contains("kms.key-usable", "kms.key-grant", "kms.provisioning-mode");

    String arn = root.as(SimulatedCaller.user("keys-admin")).sageMaker().createCluster(request);
    simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse(""))
        .isEqualTo(ClusterStatus.IN_SERVICE);
    root.sageMaker().deleteCluster(arn);
    simulator.clock().advance(Duration.ofMinutes(30));

    Instant destroyedAt = root.clock().instant();
    ApplyResult destroyed = spec.planDestroy(root).apply();
    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();
    assertThat(root.kms().listAliases()).extracting(KmsAlias::aliasName)
        .noneMatch(n -> n.startsWith("alias/hyperpod-prereqs/keys/"));
    KmsKey gone = root.kms().describeKey(controller.keyId());
    assertThat(gone.keyState()).isEqualTo(KmsKey.PENDING_DELETION);
    assertThat(Duration.between(destroyedAt, gone.deletionDate().orElseThrow()).toDays())
        .isEqualTo(7);
    assertThat(Duration.between(destroyedAt,
        root.kms().describeKey(workers.keyId()).deletionDate().orElseThrow()).toDays())
        .isEqualTo(30);
  }

  @Test
  void keyOfTheStackWithoutItsAlias_isFoundByItsTags_andOnlyNamed() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(SPEC);
    // What a run stopped between CreateKey and CreateAlias leaves.
    KmsKey orphan = root.kms().createKey(CreateKeyRequest.builder()
        .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"AWS\":\"arn:aws:iam::" + root.account().callerIdentity().account() + ":root\"},"
            + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}")
        .description("hyperpod-prereqs keys: EBS volumes of instance group workers")
        .tags(Map.of(HyperPodPrerequisites.STACK_TAG, "keys",
            "hyperpod-prereqs:instance-group", "workers"))
        .build());

    Plan plan = spec.plan(root);
    assertThat(plan.change("kms_key.workers").action()).isEqualTo(ChangeAction.UPDATE);
    ApplyResult applied = plan.apply();

    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    assertThat(keyOf(alias("workers")).keyId()).isEqualTo(orphan.keyId());
    assertThat(root.kms().listKeys()).filteredOn(id -> root.kms().listResourceTags(id)
        .getOrDefault("hyperpod-prereqs:instance-group", "").equals("workers")).hasSize(1);
    assertThat(root.kms().getKeyPolicy(orphan.keyId())).contains("ExecutionRoleDescribesKey");
  }

  private String adoptedSpec(String keyId) {
    return SPEC.replace("kms: {create: {deletionWindowDays: 7}}", "kms: {keyId: " + keyId + "}");
  }

  private KmsKey key(String policy) {
    return root.kms().createKey(CreateKeyRequest.builder().policy(policy)
        .description("team key").tags(Map.of()).build());
  }

  private String rootPolicy() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Enable IAM User Permissions\","
        + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
        + root.account().callerIdentity().account() + ":root\"},\"Action\":\"kms:*\","
        + "\"Resource\":\"*\"}]}";
  }

  @Test
  void adoptedKeyDelegatingToIam_passes_andIsNeverDeleted() {
    KmsKey team = key(rootPolicy());
    root.kms().createAlias("alias/team-controller", team.keyId());
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(adoptedSpec("alias/team-controller"));

    Plan plan = spec.plan(root);
    assertThat(plan.findings()).extracting(Finding::id).noneMatch(id -> id.startsWith("kms."));
    assertThat(plan.change("kms_key.controller").action()).isEqualTo(ChangeAction.NOOP);
    ApplyResult applied = plan.apply();
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    assertThat(root.iam().findPolicy("arn:aws:iam::" + root.account().callerIdentity().account()
            + ":policy/hyperpod-prereqs/keys/keys-execution-kms").orElseThrow().defaultDocument())
        .contains(team.arn()).contains("kms:CreateGrant");

    CreateClusterRequest request = spec.plan(root).createClusterRequest().orElseThrow();
    assertThat(request.instanceGroups().get(0).instanceStorageConfigs()).containsExactly(
        InstanceStorageConfig.ebs(EbsVolumeConfig.builder().rootVolume(true)
            .volumeKmsKeyId(team.arn()).build()));
    ReadinessReport report = spec.verify(root);
    assertThat(report.failures()).as(report.toText()).isEmpty();

    ApplyResult destroyed = spec.planDestroy(root).apply();
    assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();
    assertThat(root.kms().describeKey(team.keyId()).keyState()).isEqualTo(KmsKey.ENABLED);
    assertThat(root.kms().listAliases()).extracting(KmsAlias::aliasName)
        .contains("alias/team-controller");
  }

  @Test
  void adoptedKeyWhosePolicyLeavesTheRoleOut_isRefusedBeforeAnythingIsWritten() {
    String account = root.account().callerIdentity().account();
    KmsKey team = key("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},\"Action\":"
        + "[\"kms:PutKeyPolicy\",\"kms:GetKeyPolicy\",\"kms:DescribeKey\","
        + "\"kms:ScheduleKeyDeletion\"],\"Resource\":\"*\"}]}");
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(adoptedSpec(team.keyId()));

    Plan plan = spec.plan(root);
    Finding f = finding(plan, "kms.key-policy");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains(team.arn()).contains("kms:CreateGrant")
        .contains("keys-execution-role").doesNotContain("kms:DescribeKey (");
    assertThat(f.fix()).contains("arn:aws:iam::" + account + ":root").contains("kms: {create:");
    assertThatThrownBy(plan::apply).isInstanceOf(PlanRefusedException.class)
        .hasMessageContaining("kms.key-policy");
    assertThat(root.iam().snapshot().role("keys-execution-role")).isEmpty();
  }

  @Test
  void adoptedKeyPendingDeletion_missingOrSharedByTwoGroups_eachHasItsFinding() {
    KmsKey doomed = key(rootPolicy());
    root.kms().scheduleKeyDeletion(doomed.keyId(), 7);
    Finding state = finding(HyperPodPrerequisites.fromYaml(adoptedSpec(doomed.arn())).plan(root),
        "kms.key-state");
    assertThat(state.message()).contains("PendingDeletion");
    assertThat(state.fix()).contains("cancel-key-deletion");

    Finding missing = finding(HyperPodPrerequisites.fromYaml(adoptedSpec("alias/nobody")).plan(root),
        "kms.not-found");
    assertThat(missing.severity()).isEqualTo(Severity.ERROR);
    assertThat(missing.message()).contains("instanceGroups[0].kms.keyId").contains("alias/nobody");

    KmsKey shared = key(rootPolicy());
    String both = adoptedSpec(shared.keyId()).replace("kms: {create: {}}",
        "kms: {keyId: " + shared.arn() + "}");
    Finding twice = finding(HyperPodPrerequisites.fromYaml(both).plan(root), "kms.shared-key");
    assertThat(twice.severity()).isEqualTo(Severity.WARNING);
    assertThat(twice.message()).contains("controller, workers");
  }

  @Test
  void keyPolicyChangedAfterApply_verifyFailsTheGrantRequirementNamingTheKey() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.fromYaml(SPEC);
    assertThat(spec.apply(root).succeeded()).isTrue();
    KmsKey workers = keyOf(alias("workers"));
    // The account may do everything but create grants: nothing lets the role create them now.
    root.kms().putKeyPolicy(workers.keyId(), rootPolicy()
        .replace("\"Action\":\"kms:*\"", "\"NotAction\":\"kms:CreateGrant\""));

    ReadinessReport report = spec.verify(root);
    RequirementResult grant = report.failure("kms.key-grant").orElseThrow(
        () -> new AssertionError(report.toText()));
    assertThat(grant.subject()).isEqualTo(workers.arn());
    assertThat(grant.evidence()).contains("kms:CreateGrant");
  }

  private static Finding finding(Plan plan, String id) {
    Optional<Finding> f = plan.findings().stream().filter(x -> x.id().equals(id)).findFirst();
    return f.orElseThrow(() -> new AssertionError(id + " not in " + plan.findings()));
  }
}
