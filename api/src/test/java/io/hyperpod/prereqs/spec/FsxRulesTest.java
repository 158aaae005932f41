package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on FSx for Lustre: the custom VPC it needs, its id, or what to create. */
class FsxRulesTest extends RuleTableTest {
  private static final ImmutableHyperPodPrerequisites FULL = ValidSpecs.full();

  static Stream<Arguments> broken() {
    return Stream.of(
        trips(
            "FSx on the default VPC",
            ValidSpecs.minimal().withFsx(FULL.fsx().orElseThrow()),
            "fsx",
            "HyperPod's default VPC (the SageMaker platform VPC) cannot reach it"),
        trips(
            "FSx with neither id nor create",
            FULL.withFsx(Fsx.builder().build()),
            "fsx",
            "has neither id nor create"),
        trips(
            "FSx with both id and create",
            FULL.withFsx(
                Fsx.builder()
                    .id("fs-0123456789abcdef0")
                    .create(
                        Fsx.FsxCreate.builder()
                            .storageCapacityGiB(1200)
                            .perUnitStorageThroughput(250)
                            .build())
                    .build()),
            "fsx",
            "has both id and create"),
        trips(
            "FSx id of 8 hex digits",
            existingVpcWith(Fsx.id("fs-0123abcd")),
            "fsx.id",
            "fs- followed by 17"),
        trips(
            "existing FSx with a VPC to create",
            FULL.withFsx(Fsx.id("fs-0123456789abcdef0")),
            "fsx.id",
            "lives in another VPC"),
        trips(
            "capacity 1000",
            create(1000, FsxDeploymentType.PERSISTENT_2, 250),
            "fsx.create.storageCapacityGiB",
            "1200, 2400, then steps of 2400"),
        trips(
            "capacity 3600 for PERSISTENT_2",
            create(3600, FsxDeploymentType.PERSISTENT_2, 250),
            "fsx.create.storageCapacityGiB",
            "use 2400 or 4800"),
        trips(
            "capacity 4800 for SCRATCH_1",
            create(4800, FsxDeploymentType.SCRATCH_1, null),
            "fsx.create.storageCapacityGiB",
            "steps of 3600 GiB"),
        trips(
            "capacity 0",
            create(0, FsxDeploymentType.SCRATCH_2, null),
            "fsx.create.storageCapacityGiB",
            "use 1200"),
        trips(
            "PERSISTENT_1 without throughput",
            create(1200, FsxDeploymentType.PERSISTENT_1, null),
            "fsx.create.perUnitStorageThroughput",
            "one of 50, 100, 200"),
        trips(
            "PERSISTENT_2 without throughput",
            create(1200, FsxDeploymentType.PERSISTENT_2, null),
            "fsx.create.perUnitStorageThroughput",
            "one of 125, 250, 500, 1000"),
        trips(
            "PERSISTENT_1 with a PERSISTENT_2 throughput",
            create(1200, FsxDeploymentType.PERSISTENT_1, 250),
            "fsx.create.perUnitStorageThroughput",
            "not a throughput PERSISTENT_1 takes"),
        trips(
            "PERSISTENT_2 with throughput 200",
            create(1200, FsxDeploymentType.PERSISTENT_2, 200),
            "fsx.create.perUnitStorageThroughput",
            "use one of 125, 250, 500, 1000"),
        trips(
            "SCRATCH_2 with throughput",
            create(1200, FsxDeploymentType.SCRATCH_2, 200),
            "fsx.create.perUnitStorageThroughput",
            "take no throughput setting"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("SCRATCH_1 1200", create(1200, FsxDeploymentType.SCRATCH_1, null)),
        passes("SCRATCH_1 2400", create(2400, FsxDeploymentType.SCRATCH_1, null)),
        passes("SCRATCH_1 6000", create(6000, FsxDeploymentType.SCRATCH_1, null)),
        passes("SCRATCH_2 4800", create(4800, FsxDeploymentType.SCRATCH_2, null)),
        passes("PERSISTENT_1 2400 at 50", create(2400, FsxDeploymentType.PERSISTENT_1, 50)),
        passes("PERSISTENT_1 1200 at 200", create(1200, FsxDeploymentType.PERSISTENT_1, 200)),
        passes("PERSISTENT_2 7200 at 1000", create(7200, FsxDeploymentType.PERSISTENT_2, 1000)),
        passes("PERSISTENT_2 2400 at 125", create(2400, FsxDeploymentType.PERSISTENT_2, 125)),
        passes(
            "PERSISTENT_2 by default",
            FULL.withFsx(
                Fsx.builder()
                    .create(
                        Fsx.FsxCreate.builder()
                            .storageCapacityGiB(1200)
                            .perUnitStorageThroughput(500)
                            .build())
                    .build())),
        passes("existing FSx in an existing VPC", existingVpcWith(Fsx.id("fs-0123456789abcdef0"))),
        passes("no FSx on the default VPC", ValidSpecs.minimal()));
  }

  private static HyperPodPrerequisites create(
      int capacity, FsxDeploymentType type, Integer throughput) {
    return FULL.withFsx(
        Fsx.builder()
            .create(
                c ->
                    c.storageCapacityGiB(capacity)
                        .deploymentType(type)
                        .perUnitStorageThroughput(Optional.ofNullable(throughput)))
            .build());
  }

  private static HyperPodPrerequisites existingVpcWith(Fsx fsx) {
    return ValidSpecs.withNetwork(
            n ->
                n.withVpc(VpcRef.id("vpc-0123456789abcdef0"))
                    .withSubnets(SubnetRef.id("subnet-0123456789abcdef0"))
                    .withSecurityGroup(SecurityGroupRef.id("sg-0123456789abcdef0")))
        .withFsx(fsx);
  }
}
