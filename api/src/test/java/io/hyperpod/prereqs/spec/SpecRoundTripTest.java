package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing a spec and reading it back gives the same spec, in DESIGN §5 key order. */
class SpecRoundTripTest {
  private static final String JSON_SOURCE = "spec.json";

  /** Every attribute set, and set to something other than its default. */
  private static ImmutableHyperPodPrerequisites everything() {
    return ValidSpecs.full()
        .withClusterAdmins(
            ClusterAdmin.builder().iamUser("hp-admin").sageMakerFullAccess(true).build())
        .withInstanceGroups(
            InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1),
            InstanceGroup.builder()
                .name("workers")
                .instanceType("ml.p5.48xlarge")
                .count(4)
                .executionRole("worker-role")
                .build())
        .withQuotas(Quotas.of(false))
        .withNetwork(
            Network.builder()
                .vpc(VpcRef.create("10.0.0.0/16"))
                .availabilityZoneId("usw2-az2")
                .addSubnets(SubnetRef.create("10.0.0.0/20"), SubnetRef.create("10.0.16.0/20"))
                .securityGroup(SecurityGroupRef.create("demo-efa"))
                .s3GatewayEndpoint(false)
                .restrictBucketToVpc(false)
                .build())
        .withFsx(Fsx.builder()
            .create(
                c -> c.storageCapacityGiB(2400)
                    .deploymentType(FsxDeploymentType.PERSISTENT_1)
                    .perUnitStorageThroughput(200))
            .build())
        .withRunAs(RunAs.builder().enabled(false).build())
        .withLifecycleScripts(LifecycleScripts.of("sagemaker-demo-lifecycle", "scripts/v2/"));
  }

  @Test
  void toYaml_everyAttributeSet_loadsBackEqual() {
    HyperPodPrerequisites spec = everything();

    HyperPodPrerequisites once = HyperPodPrerequisites.fromYaml(spec.toYaml());

    assertThat(once).isEqualTo(spec);
    assertThat(HyperPodPrerequisites.fromYaml(once.toYaml())).isEqualTo(spec);
    assertThat(once.toYaml()).isEqualTo(spec.toYaml());
  }

  @Test
  void toJson_everyAttributeSet_loadsBackEqual() {
    HyperPodPrerequisites spec = everything();

    HyperPodPrerequisites once = HyperPodPrerequisites.fromYaml(spec.toJson());

    assertThat(once).isEqualTo(spec);
    assertThat(io.hyperpod.prereqs.internal.spec.SpecCodec.parse(once.toJson(), JSON_SOURCE))
        .isEqualTo(spec);
    assertThat(once.toJson()).isEqualTo(spec.toJson()).startsWith("{");
  }

  @Test
  void toYaml_designExample_loadsBackEqualAndJsonAgrees() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.load(
            java.nio.file.Path.of("src", "test", "resources", "specs", "design-example.yaml"));

    assertThat(HyperPodPrerequisites.fromYaml(spec.toYaml())).isEqualTo(spec);
    assertThat(io.hyperpod.prereqs.internal.spec.SpecCodec.parse(spec.toJson(), JSON_SOURCE))
        .isEqualTo(spec);
  }

  @Test
  void toYaml_tagValuesThatLookLikeOtherTypes_keepsThemText() {
    Map<String, String> tags = new LinkedHashMap<>();
    List.of(
            "123", "0123", "1.5", "1e3", "-1", "0x1F", "yes", "no", "on", "true", "null", "",
            " lead", "a: b", ":x", "@x", "- x", "=", "チーム")
        .forEach(v -> tags.put("k" + tags.size(), v));
    HyperPodPrerequisites spec = ValidSpecs.minimal().withTags(tags).withAccount("012345678901");

    assertThat(HyperPodPrerequisites.fromYaml(spec.toYaml())).isEqualTo(spec);
    assertThat(io.hyperpod.prereqs.internal.spec.SpecCodec.parse(spec.toJson(), JSON_SOURCE))
        .isEqualTo(spec);
  }

  @Test
  void toYaml_anySpec_writesKeysInDesignOrder() {
    String yaml = everything().withTags(Map.of("team", "ml")).toYaml();

    List<String> topLevel =
        yaml.lines().filter(l -> l.matches("[a-zA-Z]+:.*")).map(l -> l.split(":")[0]).toList();
    assertThat(topLevel)
        .containsExactly(
            "apiVersion",
            "stack",
            "account",
            "region",
            "tags",
            "clusterAdmins",
            "clusterUsers",
            "instanceGroups",
            "quotas",
            "network",
            "fsx",
            "runAs",
            "lifecycleScripts");
    assertThat(yaml).containsSubsequence("iamUser: alice", "osUser: alice", "uid: 2001");
    assertThat(yaml)
        .containsSubsequence(
            "vpc:", "availabilityZoneId:", "subnets:", "securityGroup:", "s3GatewayEndpoint:");
    assertThat(ValidSpecs.full().toYaml())
        .containsSubsequence("securityGroup:", "restrictBucketToVpc:", "fsx:");
    assertThat(yaml)
        .containsSubsequence("storageCapacityGiB:", "deploymentType:", "perUnitStorageThroughput:");
  }

  @Test
  void toYaml_defaultsAndEmptyLists_leavesThemOutButKeepsApiVersion() {
    HyperPodPrerequisites spec =
        ValidSpecs.minimal()
            .withClusterUsers()
            .withFsx(Fsx.builder()
                .create(
                    c -> c.storageCapacityGiB(1200)
                        .deploymentType(FsxDeploymentType.PERSISTENT_2)
                        .perUnitStorageThroughput(250))
                .build())
            .withNetwork(
                Network.builder()
                    .vpc(VpcRef.create("10.0.0.0/16"))
                    .availabilityZoneId("usw2-az2")
                    .addSubnet(SubnetRef.create("10.0.0.0/20"))
                    .securityGroup(SecurityGroupRef.create("efa"))
                    .build())
            .withQuotas(Quotas.of(false));

    String yaml = spec.toYaml();

    assertThat(yaml)
        .startsWith("apiVersion: hyperpod-prereqs/v1\n")
        .doesNotContain(
            "clusterUsers",
            "tags",
            "sageMakerFullAccess",
            "prefix",
            "deploymentType",
            "s3GatewayEndpoint",
            "restrictBucketToVpc")
        .contains("quotas: {}");
    assertThat(HyperPodPrerequisites.fromYaml(yaml)).isEqualTo(spec);
  }

  @Test
  void toYamlAndToJson_derivedAttributes_areNotWritten() {
    HyperPodPrerequisites spec = ValidSpecs.full();

    assertThat(spec.toYaml()).doesNotContain("principalLabel", "sourceS3Uri");
    assertThat(spec.toJson()).doesNotContain("principalLabel", "sourceS3Uri");
  }
}
