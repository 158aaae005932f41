package io.hyperpod.prereqs.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.EbsVolumeConfig;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/specs/multi-az-kms.yaml} end to end on the simulator: apply creates a KMS key per
 * group (named by the stack's aliases), the request encrypts each group's root volume, and the
 * secondary ones, with its own key, verify passes, the cluster over two AZs with OpenZFS goes
 * InService, and destroy schedules each key's deletion with the spec's window.
 */
class MultiAzKmsExampleTest {
  static final Path SPEC = Path.of("..", "examples", "specs", "multi-az-kms.yaml");

  @Test
  void example_applied_eachGroupsVolumesUseItsOwnKey_verifyPasses_clusterInService_destroySchedulesDeletion() {
    ReadyAccount a = new ReadyAccount(SPEC, "multiaz-admin");
    Map<String, String> keyOfGroup = a.root.kms().listAliases().stream()
        .filter(al -> al.aliasName().startsWith("alias/hyperpod-prereqs/multiaz/"))
        .collect(Collectors.toMap(
            al -> al.aliasName().substring("alias/hyperpod-prereqs/multiaz/".length()),
            al -> al.targetKeyId().orElseThrow()));
    assertThat(keyOfGroup).containsOnlyKeys("controller", "gpu-a", "gpu-b");
    assertThat(keyOfGroup.values()).doesNotHaveDuplicates();
    for (String keyId : keyOfGroup.values()) {
      KmsKey key = a.root.kms().describeKey(keyId);
      assertThat(key.keyState()).isEqualTo(KmsKey.ENABLED);
      assertThat(a.root.kms().listResourceTags(keyId))
          .containsEntry("hyperpod-prereqs:stack", "multiaz");
    }
    assertThat(a.root.kms().describeKey(keyOfGroup.get("gpu-b")).description())
        .isEqualTo("multiaz: gpu-b volumes");

    assertThat(a.request.complete()).isTrue();
    assertThat(a.request.nodeProvisioningMode()).contains("Continuous");
    for (InstanceGroupSpec g : a.request.instanceGroups()) {
      List<EbsVolumeConfig> ebs = g.instanceStorageConfigs().stream()
          .flatMap(c -> c.ebsVolumeConfig().stream()).toList();
      String key = keyOfGroup.get(g.instanceGroupName());
      assertThat(ebs).as(g.instanceGroupName()).allSatisfy(v ->
          assertThat(v.volumeKmsKeyId().orElseThrow()).endsWith(key));
      assertThat(ebs).as(g.instanceGroupName() + " root volume")
          .filteredOn(v -> v.rootVolume().orElse(false)).singleElement()
          .satisfies(v -> assertThat(v.volumeSizeInGB()).isEmpty());
      assertThat(ebs).as(g.instanceGroupName() + " secondary volume")
          .filteredOn(v -> !v.rootVolume().orElse(false))
          .hasSize(g.instanceGroupName().equals("controller") ? 0 : 1);
      assertThat(g.instanceStorageConfigs()).filteredOn(c -> c.fsxOpenZfsConfig().isPresent())
          .singleElement().extracting(InstanceStorageConfig::fsxOpenZfsConfig)
          .satisfies(z -> assertThat(z.orElseThrow().mountPath()).isEqualTo("/home"));
    }
    assertThat(a.request.instanceGroups().get(2).overrideVpcConfig()).isPresent();

    ReadinessReport report = a.verify();
    assertThat(report.failures()).as(report.toText()).isEmpty();

    String arn = a.admin().sageMaker().createCluster(a.request);
    a.simulator.clock().advance(Duration.ofMinutes(30));
    Cluster cluster = a.root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(cluster.clusterStatus()).as(cluster.failureMessage().orElse(""))
        .isEqualTo(Cluster.IN_SERVICE);
    a.root.sageMaker().deleteCluster(cluster.clusterName());
    a.simulator.clock().advance(Duration.ofMinutes(30));

    assertThat(a.spec.planDestroy(a.root).apply().succeeded()).isTrue();
    for (Map.Entry<String, String> e : keyOfGroup.entrySet()) {
      KmsKey key = a.root.kms().describeKey(e.getValue());
      assertThat(key.keyState()).as(e.getKey()).isEqualTo(KmsKey.PENDING_DELETION);
      Duration window = Duration.between(a.root.clock().instant(), key.deletionDate().orElseThrow());
      Duration days = Duration.ofDays(e.getKey().equals("controller") ? 7 : 30);
      assertThat(window).as(e.getKey()).isBetween(days.minusHours(1), days);
    }
    assertThat(a.root.kms().listAliases()).extracting(KmsAlias::aliasName)
        .noneMatch(n -> n.startsWith("alias/hyperpod-prereqs/multiaz/"));
  }
}
