package io.hyperpod.prereqs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on the instance groups' KMS keys ({@code instanceGroups[].kms}). */
class KmsRulesTest extends RuleTableTest {
  private static final String KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String KEY_ARN = "arn:aws:kms:us-west-2:123456789012:key/" + KEY;

  /** {@link ValidSpecs#full()} in NodeProvisioningMode Continuous. */
  private static final ImmutableHyperPodPrerequisites BASE = ValidSpecs.full()
      .withCluster(ClusterSettings.builder()
          .nodeProvisioningMode(NodeProvisioningMode.CONTINUOUS).build());

  static Stream<Arguments> broken() {
    return Stream.of(
        trips("neither keyId nor create", worker(k -> k), "instanceGroups[1].kms",
            "has neither keyId nor create"),
        trips("both keyId and create", worker(k -> k.keyId(KEY).create(c -> { })),
            "instanceGroups[1].kms", "has both keyId and create"),
        trips("a key id that is no UUID", worker(k -> k.keyId("1234abcd")),
            "instanceGroups[1].kms.keyId", "is not a KMS key id"),
        trips("a key ARN of another region",
            worker(k -> k.keyId(KEY_ARN.replace("us-west-2", "us-east-1"))),
            "instanceGroups[1].kms.keyId", "not of the spec's region us-west-2"),
        trips("a key ARN of another account",
            worker(k -> k.keyId(KEY_ARN.replace("123456789012", "210987654321"))),
            "instanceGroups[1].kms.keyId", "not of the spec's account 123456789012"),
        trips("a key ARN without a key id",
            worker(k -> k.keyId("arn:aws:kms:us-west-2:123456789012:key/abc")),
            "instanceGroups[1].kms.keyId", "is not a valid key ARN"),
        trips("an alias with a space", worker(k -> k.keyId("alias/my key")),
            "instanceGroups[1].kms.keyId", "is not a valid alias name"),
        trips("the AWS managed EBS key", worker(k -> k.keyId("alias/aws/ebs")),
            "instanceGroups[1].kms.keyId", "AWS managed key"),
        trips("the AWS managed EBS key by alias ARN",
            worker(k -> k.keyId("arn:aws:kms:us-west-2:123456789012:alias/aws/ebs")),
            "instanceGroups[1].kms.keyId", "AWS managed key"),
        trips("a deletion window of 6 days",
            worker(k -> k.create(c -> c.deletionWindowDays(6))),
            "instanceGroups[1].kms.create.deletionWindowDays", "use 7"),
        trips("a deletion window of 31 days",
            worker(k -> k.create(c -> c.deletionWindowDays(31))),
            "instanceGroups[1].kms.create.deletionWindowDays", "use 30"),
        trips("no volumes", worker(k -> k.create(c -> { }).volumes(List.of())),
            "instanceGroups[1].kms.volumes", "would encrypt nothing"),
        trips("root twice",
            worker(k -> k.create(c -> { }).volumes(List.of(KmsVolume.ROOT, KmsVolume.ROOT))),
            "instanceGroups[1].kms.volumes", "lists root twice"),
        trips("the secondary volume of a group without one",
            worker(k -> k.create(c -> { }).volumes(List.of(KmsVolume.SECONDARY))),
            "instanceGroups[1].kms.volumes", "set ebsVolumeSizeGB"),
        trips("a key without NodeProvisioningMode Continuous",
            ValidSpecs.full().withInstanceGroups(groups(k -> k.create(c -> { }))),
            "cluster.nodeProvisioningMode", "set cluster.nodeProvisioningMode: Continuous"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("a key to create", worker(k -> k.create(c -> { }))),
        passes("a key to create, 7 days' window and a description",
            worker(k -> k.create(c -> c.deletionWindowDays(7).description("volumes of workers")))),
        passes("a key id", worker(k -> k.keyId(KEY))),
        passes("a multi-Region key id", worker(k -> k.keyId("mrk-1234abcd12ab34cd56ef1234567890ab"))),
        passes("a key ARN", worker(k -> k.keyId(KEY_ARN))),
        passes("an alias", worker(k -> k.keyId("alias/hyperpod/volumes"))),
        passes("an alias ARN",
            worker(k -> k.keyId("arn:aws:kms:us-west-2:123456789012:alias/hyperpod-volumes"))),
        passes("a key ARN of any account when the spec names none",
            BASE.withAccount(java.util.Optional.empty())
                .withInstanceGroups(groups(k -> k.keyId(KEY_ARN)))),
        passes("root only", worker(k -> k.create(c -> { }).volumes(List.of(KmsVolume.ROOT)))),
        passes("the secondary volume of a group that has one",
            BASE.withInstanceGroups(List.of(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1),
                InstanceGroup.builder().from(InstanceGroup.of("worker-group-1", "ml.p5.48xlarge", 4))
                    .ebsVolumeSizeGB(500)
                    .kms(k -> k.create(c -> { }).volumes(List.of(KmsVolume.SECONDARY))).build()))));
  }

  @Test
  void validate_everyKmsProblemOfEveryGroup_reportedAtOnce() {
    ImmutableHyperPodPrerequisites spec = ValidSpecs.full().withInstanceGroups(List.of(
        InstanceGroup.builder().from(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1))
            .kms(k -> k.keyId("alias/aws/ebs")).build(),
        InstanceGroup.builder().from(InstanceGroup.of("worker-group-1", "ml.p5.48xlarge", 4))
            .kms(k -> k.create(c -> c.deletionWindowDays(3))).build()));

    assertThat(spec.validate()).extracting(SpecProblem::path).containsExactlyInAnyOrder(
        "instanceGroups[0].kms.keyId", "instanceGroups[1].kms.create.deletionWindowDays",
        "cluster.nodeProvisioningMode");
  }

  @Test
  void kms_volumesAbsent_meanRootAndTheSecondaryWhenThereIsOne() {
    InstanceGroupKms kms = InstanceGroupKms.newKey();

    assertThat(kms.volumesFor(true)).containsExactly(KmsVolume.ROOT, KmsVolume.SECONDARY);
    assertThat(kms.volumesFor(false)).containsExactly(KmsVolume.ROOT);
    assertThat(kms.create().orElseThrow().deletionWindowDays()).isEqualTo(30);
    assertThat(InstanceGroupKms.keyId(KEY).toBuilder().volumes(List.of(KmsVolume.ROOT)).build()
        .volumesFor(true)).containsExactly(KmsVolume.ROOT);
  }

  private static ImmutableHyperPodPrerequisites worker(
      UnaryOperator<InstanceGroupKms.Builder> kms) {
    return BASE.withInstanceGroups(groups(kms));
  }

  private static List<InstanceGroup> groups(UnaryOperator<InstanceGroupKms.Builder> kms) {
    return List.of(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1),
        InstanceGroup.builder().from(InstanceGroup.of("worker-group-1", "ml.p5.48xlarge", 4))
            .kms(kms.apply(InstanceGroupKms.builder()).build()).build());
  }
}
