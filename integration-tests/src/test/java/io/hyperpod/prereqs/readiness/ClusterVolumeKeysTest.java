package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulated HyperPod's CreateCluster with customer managed keys on instance groups' EBS
 * volumes: the request's shape and the key are checked at once (ValidationException); whether the
 * execution role may use the key through SageMaker (judged with KMS's rule) decides whether the
 * cluster goes InService or Failed.
 */
class ClusterVolumeKeysTest {
  private final ReadyAccount account = new ReadyAccount();
  private final String accountId = account.root.accountId();
  private final String region = account.root.region();
  private final String roleArn = account.request.instanceGroups().get(0).executionRole();

  private String rootAll() {
    return "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + accountId
        + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}";
  }

  /**
   * The role may create grants for AWS resources through SageMaker and describe the key through
   * SageMaker. Two statements, as AWS's examples give them: kms:GrantIsForAWSResource is only in
   * the request context of grant operations, so a Bool condition on it never holds for DescribeKey.
   */
  private String roleViaSageMaker() {
    return "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + roleArn + "\"},"
        + "\"Action\":\"kms:CreateGrant\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"sagemaker." + region
        + ".amazonaws.com\"},\"Bool\":{\"kms:GrantIsForAWSResource\":\"true\"}}},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + roleArn + "\"},"
        + "\"Action\":\"kms:DescribeKey\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"sagemaker." + region
        + ".amazonaws.com\"}}}";
  }

  private KmsKey key(String... statements) {
    return account.root.kms().createKey(CreateKeyRequest.builder()
        .policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}")
        .description("workers").build());
  }

  /** The ready request with the first group's root volume (or a secondary one) on this key. */
  private CreateClusterRequest withVolume(CreateClusterRequest.EbsVolumeConfig ebs, String mode) {
    List<CreateClusterRequest.InstanceGroupSpec> groups = new ArrayList<>(account.request.instanceGroups());
    ImmutableInstanceGroupSpec first = ImmutableInstanceGroupSpec.copyOf(groups.get(0));
    List<InstanceStorageConfig> storage = new ArrayList<>(first.instanceStorageConfigs());
    storage.add(InstanceStorageConfig.ebs(ebs));
    groups.set(0, first.withInstanceStorageConfigs(storage));
    ImmutableCreateClusterRequest r = ImmutableCreateClusterRequest.copyOf(account.request)
        .withInstanceGroups(groups);
    return mode == null ? r.withNodeProvisioningMode(java.util.Optional.empty())
        : r.withNodeProvisioningMode(mode);
  }

  private static CreateClusterRequest.EbsVolumeConfig rootVolume(String keyId) {
    return CreateClusterRequest.EbsVolumeConfig.builder().rootVolume(true).volumeKmsKeyId(keyId).build();
  }

  private Cluster createAndSettle(CreateClusterRequest request) {
    String arn = account.admin().sageMaker().createCluster(request);
    account.simulator.clock().advance(Duration.ofMinutes(30));
    return account.root.sageMaker().describeCluster(arn).orElseThrow();
  }

  private void assertRefused(CreateClusterRequest request, String message) {
    assertThatThrownBy(() -> account.admin().sageMaker().createCluster(request))
        .isInstanceOfSatisfying(CloudException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining(message);
    assertThat(account.root.sageMaker().listClusters()).isEmpty();
  }

  @Test
  void keyPolicyAllowingTheRoleViaSageMaker_clusterGoesInService() {
    KmsKey key = key(rootAll(), roleViaSageMaker());

    Cluster cluster = createAndSettle(withVolume(rootVolume(key.arn()), "Continuous"));

    assertThat(cluster.clusterStatus()).isEqualTo(ClusterStatus.IN_SERVICE);
  }

  @Test
  void keyPolicyDelegatingToIamAndARoleWithoutKmsPermissions_clusterFailsNamingTheKey() {
    KmsKey key = key(rootAll());

    Cluster cluster = createAndSettle(withVolume(rootVolume(key.keyId()), "Continuous"));

    assertThat(cluster.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(cluster.failureMessage()).hasValueSatisfying(m -> assertThat(m)
        .contains(key.arn()).contains(roleArn).contains("kms:DescribeKey"));
  }

  @Test
  void keyPolicyWithoutTheViaServiceCondition_holding_clusterFails() {
    KmsKey key = key(rootAll(), roleViaSageMaker().replace("sagemaker." + region, "ec2." + region));

    assertThat(createAndSettle(withVolume(rootVolume(key.keyId()), "Continuous")).clusterStatus())
        .isEqualTo(ClusterStatus.FAILED);
  }

  @Test
  void missingOrPendingDeletionKey_isRefusedAtOnce() {
    // the readiness oracle refuses first, naming the requirement id that verify names
    assertRefused(withVolume(rootVolume("1234abcd-12ab-34cd-56ef-1234567890ab"), "Continuous"),
        "(kms.key-usable 1234abcd-12ab-34cd-56ef-1234567890ab): no key"
            + " 1234abcd-12ab-34cd-56ef-1234567890ab in account " + accountId);
    KmsKey key = key(rootAll(), roleViaSageMaker());
    account.root.kms().scheduleKeyDeletion(key.keyId(), 7);

    assertRefused(withVolume(rootVolume(key.keyId()), "Continuous"),
        key.arn() + " PendingDeletion");
  }

  @Test
  void requestShape_rootVolumeWithSizeOrWithoutKey_orNotContinuous_isRefused() {
    KmsKey key = key(rootAll(), roleViaSageMaker());

    assertRefused(withVolume(CreateClusterRequest.EbsVolumeConfig.builder().rootVolume(true)
        .volumeKmsKeyId(key.keyId()).volumeSizeInGB(100).build(), "Continuous"),
        "must not set VolumeSizeInGB");
    assertRefused(withVolume(CreateClusterRequest.EbsVolumeConfig.builder().rootVolume(true).build(),
        "Continuous"), "requires VolumeKmsKeyId");
    assertRefused(withVolume(rootVolume(key.keyId()), null),
        "(kms.provisioning-mode NodeProvisioningMode): NodeProvisioningMode not set");
  }
}
