package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on instance groups: names, HyperPod instance types, counts, execution roles. */
class InstanceGroupRulesTest extends RuleTableTest {
  private static final ImmutableHyperPodPrerequisites FULL = ValidSpecs.full();

  static Stream<Arguments> broken() {
    return Stream.of(
        trips(
            "no instance group",
            FULL.withInstanceGroups(),
            "instanceGroups",
            "at least one instance group"),
        trips(
            "101 instance groups",
            FULL.withInstanceGroups(
                IntStream.range(0, 101)
                    .mapToObj(i -> InstanceGroup.of("g" + i, "ml.c5.large", 1))
                    .toList()),
            "instanceGroups",
            "more than 100"),
        trips(
            "name starting with -",
            group("-workers", "ml.g5.8xlarge", 1),
            "instanceGroups[0].name",
            "'-' only between them"),
        trips(
            "name with _",
            group("worker_1", "ml.g5.8xlarge", 1),
            "instanceGroups[0].name",
            "1 to 63 letters"),
        trips(
            "name of 64 characters",
            group("a".repeat(64), "ml.g5.8xlarge", 1),
            "instanceGroups[0].name",
            "1 to 63"),
        trips("empty name", group("", "ml.g5.8xlarge", 1), "instanceGroups[0].name", "1 to 63"),
        trips(
            "two groups of one name",
            FULL.withInstanceGroups(
                InstanceGroup.of("workers", "ml.c5.large", 1),
                InstanceGroup.of("workers", "ml.g5.8xlarge", 2)),
            "instanceGroups[1].name",
            "unique in a cluster"),
        trips(
            "type without ml.",
            group("workers", "p5.48xlarge", 1),
            "instanceGroups[0].instanceType",
            "did you mean ml.p5.48xlarge?"),
        trips(
            "type misspelt",
            group("workers", "ml.p5.48xlage", 1),
            "instanceGroups[0].instanceType",
            "did you mean ml.p5.48xlarge?"),
        trips(
            "type HyperPod does not offer",
            group("workers", "ml.x9.enormous", 1),
            "instanceGroups[0].instanceType",
            "ClusterInstanceType"),
        trips(
            "count 0",
            group("workers", "ml.g5.8xlarge", 0),
            "instanceGroups[0].count",
            "at least one instance"),
        trips(
            "count 6759",
            group("workers", "ml.g5.8xlarge", 6759),
            "instanceGroups[0].count",
            "6758"),
        trips(
            "execution role as an ARN",
            role("arn:aws:iam::123456789012:role/workers"),
            "instanceGroups[0].executionRole",
            "give only the name"),
        trips(
            "execution role with a space",
            role("worker role"),
            "instanceGroups[0].executionRole",
            "not a valid IAM role name"),
        trips(
            "execution role of 65 characters",
            role("r".repeat(65)),
            "instanceGroups[0].executionRole",
            "IAM allows 64"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("count 6758", group("workers", "ml.g5.8xlarge", 6758)),
        passes("name of 63 characters", group("a".repeat(63), "ml.g5.8xlarge", 1)),
        passes("name with dashes in a row", group("a--b", "ml.g5.8xlarge", 1)),
        passes("one-letter name", group("a", "ml.g5.8xlarge", 1)),
        passes("GB200 type", group("workers", "ml.p6e-gb200.36xlarge", 1)),
        passes("Trainium 2 type", group("workers", "ml.trn2.3xlarge", 1)),
        passes("Graviton type", group("workers", "ml.c6g.medium", 1)),
        passes("execution role of 64 characters", role("r".repeat(64))),
        passes(
            "100 instance groups",
            FULL.withInstanceGroups(
                IntStream.range(0, 100)
                    .mapToObj(i -> InstanceGroup.of("g" + i, "ml.c5.large", 1))
                    .toList())));
  }

  private static HyperPodPrerequisites group(String name, String type, int count) {
    return FULL.withInstanceGroups(InstanceGroup.of(name, type, count));
  }

  private static HyperPodPrerequisites role(String role) {
    return FULL.withInstanceGroups(
        InstanceGroup.builder()
            .name("workers")
            .instanceType("ml.g5.8xlarge")
            .count(1)
            .executionRole(role)
            .build());
  }
}
