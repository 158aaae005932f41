package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.PrerequisitesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec values in the AWS SDK for Java v2's style: {@code builder()}, {@code toBuilder()},
 * {@code Consumer<Builder>} overloads, enums for closed sets, and {@code build()} reporting unset
 * fields as spec problems; the file forms stay as they were.
 */
class SpecBuildersTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "specs");
  private static final Path FORMS = Path.of("src", "test", "resources", "spec-forms");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> specs = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(specs).isNotEmpty();
      return specs.stream();
    }
  }

  static Stream<Path> examplesWithRecordedForms() throws IOException {
    return examples().filter(f -> Files.exists(FORMS.resolve(name(f) + ".yaml")));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void toBuilderBuild_everyExampleAndEachOfItsParts_isEqual(Path file) {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(file);

    assertThat(spec.toBuilder().build()).isEqualTo(spec);
    spec.clusterAdmins().forEach(a -> assertThat(a.toBuilder().build()).isEqualTo(a));
    spec.clusterUsers().forEach(u -> assertThat(u.toBuilder().build()).isEqualTo(u));
    spec.cluster().ifPresent(c -> assertThat(c.toBuilder().build()).isEqualTo(c));
    for (InstanceGroup g : spec.instanceGroups()) {
      assertThat(g.toBuilder().build()).isEqualTo(g);
      g.slurm().ifPresent(s -> assertThat(s.toBuilder().build()).isEqualTo(s));
    }
    spec.quotas().ifPresent(q -> assertThat(q.toBuilder().build()).isEqualTo(q));
    spec.network()
        .ifPresent(
            n -> {
              assertThat(n.toBuilder().build()).isEqualTo(n);
              assertThat(n.vpc().toBuilder().build()).isEqualTo(n.vpc());
              n.vpc().create().ifPresent(c -> assertThat(c.toBuilder().build()).isEqualTo(c));
              n.subnets().forEach(s -> assertThat(s.toBuilder().build()).isEqualTo(s));
              assertThat(n.securityGroup().toBuilder().build()).isEqualTo(n.securityGroup());
            });
    spec.fsx()
        .ifPresent(
            f -> {
              assertThat(f.toBuilder().build()).isEqualTo(f);
              f.create().ifPresent(c -> assertThat(c.toBuilder().build()).isEqualTo(c));
            });
    spec.runAs().ifPresent(r -> assertThat(r.toBuilder().build()).isEqualTo(r));
    spec.lifecycleScripts().ifPresent(l -> assertThat(l.toBuilder().build()).isEqualTo(l));
  }

  @ParameterizedTest
  @MethodSource("examplesWithRecordedForms")
  void toYamlAndToJson_everyExample_writeTheFormsRecordedBeforeTheBuilders(Path file)
      throws IOException {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(file);

    assertThat(spec.toYaml()).isEqualTo(Files.readString(FORMS.resolve(name(file) + ".yaml")));
    assertThat(spec.toJson()).isEqualTo(Files.readString(FORMS.resolve(name(file) + ".json")));
    assertThat(HyperPodPrerequisites.fromYaml(spec.toJson())).isEqualTo(spec);
  }

  @Test
  void toBuilder_changeOneField_keepsTheOthers() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.load(EXAMPLES.resolve("full.yaml"));

    HyperPodPrerequisites renamed = spec.toBuilder().stack("full-2").build();

    assertThat(renamed.stack()).isEqualTo("full-2");
    assertThat(renamed.toBuilder().stack(spec.stack()).build()).isEqualTo(spec);
  }

  @Test
  void consumerOverloads_buildTheSameSpecAsTheFile() {
    HyperPodPrerequisites built =
        HyperPodPrerequisites.builder()
            .stack("sdk")
            .region("us-west-2")
            .addClusterAdmin(a -> a.iamUser("sdk-admin"))
            .addClusterUser(u -> u.iamUser("alice").osUser("alice").uid(2001))
            .addInstanceGroup(
                g ->
                    g.name("controller-machine")
                        .instanceType("ml.c5.2xlarge")
                        .count(1)
                        .slurm(s -> s.nodeType(SlurmNodeType.CONTROLLER)))
            .cluster(c -> c.lifecycleMode(LifecycleMode.EXTENSION))
            .network(
                n ->
                    n.vpc(v -> v.create(c -> c.cidr("10.0.0.0/16")))
                        .availabilityZoneId("usw2-az2")
                        .addSubnet(s -> s.create(c -> c.cidr("10.0.0.0/17")))
                        .securityGroup(g -> g.create(c -> c.name("sdk-efa"))))
            .fsx(
                f ->
                    f.create(
                        c ->
                            c.storageCapacityGiB(1200)
                                .deploymentType(FsxDeploymentType.PERSISTENT_2)
                                .perUnitStorageThroughput(250)))
            .runAs(r -> r.enabled(true).defaultUser("ubuntu"))
            .quotas(q -> q.requestIncreases(true))
            .lifecycleScripts(l -> l.bucket("sagemaker-sdk-lifecycle"))
            .build();

    HyperPodPrerequisites fromText =
        HyperPodPrerequisites.fromYaml(
            String.join(
                "\n",
                "apiVersion: hyperpod-prereqs/v1",
                "stack: sdk",
                "region: us-west-2",
                "clusterAdmins: [{iamUser: sdk-admin}]",
                "clusterUsers: [{iamUser: alice, osUser: alice, uid: 2001}]",
                "cluster: {lifecycleMode: extension}",
                "instanceGroups:",
                "  - {name: controller-machine, instanceType: ml.c5.2xlarge, count: 1,"
                    + " slurm: {nodeType: Controller}}",
                "quotas: {requestIncreases: true}",
                "network:",
                "  vpc: {create: {cidr: 10.0.0.0/16}}",
                "  availabilityZoneId: usw2-az2",
                "  subnets: [{create: {cidr: 10.0.0.0/17}}]",
                "  securityGroup: {create: {name: sdk-efa}}",
                "fsx: {create: {storageCapacityGiB: 1200, deploymentType: PERSISTENT_2,"
                    + " perUnitStorageThroughput: 250}}",
                "runAs: {enabled: true, defaultUser: ubuntu}",
                "lifecycleScripts: {bucket: sagemaker-sdk-lifecycle}",
                ""));
    assertThat(built).isEqualTo(fromText);
    assertThat(built.fsx().orElseThrow().create().orElseThrow().deploymentType())
        .isSameAs(FsxDeploymentType.PERSISTENT_2);
    assertThat(built.validate()).isEmpty();
  }

  @Test
  void build_requiredFieldsUnset_namesEveryOneAsASpecProblem() {
    InvalidSpecException e =
        catchThrowableOfType(
            () -> HyperPodPrerequisites.builder().addClusterAdmin(a -> a.iamUser("x")).build(),
            InvalidSpecException.class);

    assertThat(e).isInstanceOf(PrerequisitesException.class);
    assertThat(e.problems()).extracting(SpecProblem::path).containsExactly("stack", "region");
    assertThat(e.problems())
        .extracting(SpecProblem::fix)
        .containsExactly(
            "set it with HyperPodPrerequisites.builder().stack(...).",
            "set it with HyperPodPrerequisites.builder().region(...).");
    assertThat(e.getMessage()).contains("stack: is required").contains("region: is required");
  }

  @Test
  void build_nestedValueIncomplete_namesItsFieldsByTheirSpecKeys() {
    InvalidSpecException e =
        catchThrowableOfType(
            () ->
                HyperPodPrerequisites.builder()
                    .network(n -> n.availabilityZoneId("usw2-az2"))
                    .build(),
            InvalidSpecException.class);

    assertThat(e.problems())
        .extracting(SpecProblem::path)
        .containsExactly("network.vpc", "network.securityGroup");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.value()).isEmpty());
  }

  @Test
  void build_listElementIncomplete_namesTheListKey() {
    InvalidSpecException e =
        catchThrowableOfType(
            () -> InstanceGroup.builder().name("workers").build(), InvalidSpecException.class);

    assertThat(e.problems())
        .extracting(SpecProblem::path)
        .containsExactly("instanceGroups[].instanceType", "instanceGroups[].count");
  }

  @Test
  void fsxDeploymentType_writtenAsBefore_andNearMissesGetTheirSpelling() {
    HyperPodPrerequisites full = HyperPodPrerequisites.load(EXAMPLES.resolve("full.yaml"));
    for (FsxDeploymentType type : FsxDeploymentType.values()) {
      Optional<Integer> throughput =
          switch (type) {
            case SCRATCH_1, SCRATCH_2 -> Optional.empty();
            case PERSISTENT_1 -> Optional.of(200);
            case PERSISTENT_2 -> Optional.of(250);
          };
      HyperPodPrerequisites spec =
          full.toBuilder()
              .fsx(
                  f ->
                      f.create(
                          c ->
                              c.storageCapacityGiB(1200)
                                  .deploymentType(type)
                                  .perUnitStorageThroughput(throughput)))
              .build();
      if (type == FsxDeploymentType.PERSISTENT_2) {
        assertThat(spec.toYaml()).as("the default is left out").doesNotContain("deploymentType");
      } else {
        assertThat(spec.toYaml()).contains("deploymentType: " + type.name());
      }
      assertThat(HyperPodPrerequisites.fromYaml(spec.toYaml())).isEqualTo(spec);
    }

    InvalidSpecException e =
        catchThrowableOfType(
            () ->
                HyperPodPrerequisites.fromYaml(
                    "stack: fsx\nregion: us-west-2\nlifecycleScripts: {bucket: sagemaker-x}\n"
                        + "fsx: {create: {storageCapacityGiB: 1200, deploymentType: persistent_2,"
                        + " perUnitStorageThroughput: 250}}\n"),
            InvalidSpecException.class);
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("fsx.create.deploymentType");
              assertThat(p.fix()).isEqualTo("write PERSISTENT_2.");
            });
    InvalidSpecException unknown =
        catchThrowableOfType(
            () ->
                HyperPodPrerequisites.fromYaml(
                    "stack: fsx\nregion: us-west-2\nlifecycleScripts: {bucket: sagemaker-x}\n"
                        + "fsx: {create: {storageCapacityGiB: 1200,"
                        + " deploymentType: MULTI_AZ_1}}\n"),
            InvalidSpecException.class);
    assertThat(unknown.problems())
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("SCRATCH_1, SCRATCH_2, PERSISTENT_1, PERSISTENT_2"));
  }

  @Test
  void optionalFields_unsetInTheBuilder_areAbsent() {
    Fsx.FsxCreate create = Fsx.FsxCreate.builder().storageCapacityGiB(1200).build();

    assertThat(create.perUnitStorageThroughput()).isEqualTo(Optional.empty());
    assertThat(create.deploymentType()).isEqualTo(FsxDeploymentType.PERSISTENT_2);
  }

  private static String name(Path file) {
    return file.getFileName().toString().replaceFirst("\\.yaml$", "");
  }
}
