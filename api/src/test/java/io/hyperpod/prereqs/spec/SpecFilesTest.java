package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec files that ship: the DESIGN §5 example and the example specs. */
class SpecFilesTest {
  private static final Path SPECS = Path.of("src", "test", "resources", "specs");

  @Test
  void load_designExample_givesTheSpecOfDesignSection5() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(SPECS.resolve("design-example.yaml"));

    assertThat(spec.validate()).isEmpty();
    assertThat(spec.stack()).isEqualTo("demo");
    assertThat(spec.account()).contains("123456789012");
    assertThat(spec.tags()).containsExactly(java.util.Map.entry("team", "ml"));
    assertThat(spec.clusterUsers())
        .extracting(ClusterUser::principalLabel)
        .containsExactly("user/alice", "role/DataScientists");
    assertThat(spec.clusterUsers()).extracting(ClusterUser::uid).containsExactly(2001L, 2002L);
    assertThat(spec.instanceGroups().get(0).executionRole()).contains("controller-role");
    assertThat(spec.quotas()).contains(Quotas.of(true));
    assertThat(spec.network().orElseThrow().subnets())
        .containsExactly(SubnetRef.create("10.0.0.0/20"));
    assertThat(spec.network().orElseThrow().restrictBucketToVpc()).isTrue();
    assertThat(spec.fsx()).contains(Fsx.builder()
        .create(
            c -> c.storageCapacityGiB(1200)
                .deploymentType(FsxDeploymentType.PERSISTENT_2)
                .perUnitStorageThroughput(250))
        .build());
    assertThat(spec.runAs()).contains(RunAs.enabled("ubuntu"));
    assertThat(spec.lifecycleScripts().orElseThrow().sourceS3Uri())
        .isEqualTo("s3://sagemaker-demo-lifecycle/hyperpod/lifecycle");
  }

  @Test
  void load_designExampleVerbatim_rejectsOnlyTheExistingFileSystemInANewVpc() {
    assertThatThrownBy(
            () -> HyperPodPrerequisites.load(SPECS.resolve("design-example-verbatim.yaml")))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.path()).isEqualTo("fsx.id");
                          assertThat(p.line()).contains(38);
                          assertThat(p.message()).contains("network.vpc.create makes a new VPC");
                        }));
  }

  @Test
  void load_quickstartExample_isValidWithoutNetwork() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.load(ValidSpecs.EXAMPLES.resolve("quickstart.yaml"));

    assertThat(spec.validate()).isEmpty();
    assertThat(spec.stack()).isEqualTo("quickstart");
    assertThat(spec.network()).isEmpty();
    assertThat(spec.fsx()).isEmpty();
    assertThat(spec.clusterUsers()).allSatisfy(u -> assertThat(u.iamUser()).isPresent());
    assertThat(spec.instanceGroups())
        .extracting(InstanceGroup::instanceType, InstanceGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ml.c5.2xlarge", 1),
            org.assertj.core.groups.Tuple.tuple("ml.g5.8xlarge", 2));
    assertThat(spec.lifecycleScripts().orElseThrow().bucket()).startsWith("sagemaker-quickstart-lifecycle-");
  }

  @Test
  void load_fullExample_isValidWithNetworkFsxRunAsAndQuotas() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.load(ValidSpecs.EXAMPLES.resolve("full.yaml"));

    assertThat(spec.validate()).isEmpty();
    assertThat(spec.region()).isEqualTo("us-west-2");
    assertThat(spec.network().orElseThrow().vpc().create()).isPresent();
    assertThat(spec.network().orElseThrow().availabilityZoneId()).isEqualTo("usw2-az2");
    assertThat(spec.fsx()).contains(Fsx.builder()
        .create(
            c -> c.storageCapacityGiB(1200)
                .deploymentType(FsxDeploymentType.PERSISTENT_2)
                .perUnitStorageThroughput(250))
        .build());
    assertThat(spec.runAs().orElseThrow().enabled()).isTrue();
    assertThat(spec.quotas().orElseThrow().requestIncreases()).isTrue();
  }

  @Test
  void load_jsonFile_readsJsonByItsExtension(@TempDir Path dir) throws IOException {
    HyperPodPrerequisites spec = ValidSpecs.full();
    Path file = dir.resolve("spec.json");
    Files.writeString(file, spec.toJson());

    assertThat(HyperPodPrerequisites.load(file)).isEqualTo(spec);
  }

  @Test
  void load_fileWithoutExtension_tellsJsonFromYamlByContent(@TempDir Path dir) throws IOException {
    HyperPodPrerequisites spec = ValidSpecs.minimal();
    Files.writeString(dir.resolve("as-json"), spec.toJson());
    Files.writeString(dir.resolve("as-yaml"), spec.toYaml());

    assertThat(HyperPodPrerequisites.load(dir.resolve("as-json"))).isEqualTo(spec);
    assertThat(HyperPodPrerequisites.load(dir.resolve("as-yaml"))).isEqualTo(spec);
  }

  @Test
  void load_missingFile_namesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> HyperPodPrerequisites.load(missing))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }
}
