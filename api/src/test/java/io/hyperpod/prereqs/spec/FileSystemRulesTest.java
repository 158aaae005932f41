package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rules on FSx for OpenZFS ({@code openZfs}), the file systems' mount paths and the groups'
 * own subnets in other AZs ({@code instanceGroups[].network}).
 */
class FileSystemRulesTest extends RuleTableTest {
  /** {@link ValidSpecs#full()} without Lustre: a created VPC in usw2-az2. */
  private static final ImmutableHyperPodPrerequisites BASE =
      ValidSpecs.full().withFsx(java.util.Optional.empty());

  static Stream<Arguments> broken() {
    return Stream.of(
        trips("OpenZFS on the default VPC",
            ValidSpecs.minimal().withOpenZfs(OpenZfs.create(64, "SINGLE_AZ_HA_2", 160)),
            "openZfs", "HyperPod's default VPC"),
        trips("OpenZFS with neither id nor create",
            BASE.withOpenZfs(OpenZfs.builder().build()), "openZfs",
            "has neither id nor create"),
        trips("OpenZFS id to adopt in a VPC to create",
            BASE.withOpenZfs(OpenZfs.id("fs-0123456789abcdef0")), "openZfs.id",
            "lives in another VPC"),
        trips("OpenZFS id of 8 hex digits",
            BASE.withOpenZfs(OpenZfs.id("fs-0123abcd")).withNetwork(existingNetwork()),
            "openZfs.id", "fs- followed by 17"),
        trips("deployment type in lower case", zfs(64, "single_az_ha_2", 160),
            "openZfs.create.deploymentType", "write SINGLE_AZ_HA_2"),
        trips("a Lustre deployment type", zfs(64, "PERSISTENT_2", 160),
            "openZfs.create.deploymentType", "SINGLE_AZ_1, SINGLE_AZ_2, SINGLE_AZ_HA_1"),
        trips("SINGLE_AZ_HA_2 where the region does not offer it",
            zfs(64, "SINGLE_AZ_HA_2", 160).withRegion("sa-east-1")
                .withNetwork(ImmutableNetwork.copyOf(BASE.network().get()).withAvailabilityZoneId("sae1-az1")),
            "openZfs.create.deploymentType", "is not offered in sa-east-1"),
        trips("capacity below 64 GiB", zfs(32, "SINGLE_AZ_HA_2", 160),
            "openZfs.create.storageCapacityGiB", "64 to 524288"),
        trips("a first-generation throughput for SINGLE_AZ_HA_2", zfs(64, "SINGLE_AZ_HA_2", 128),
            "openZfs.create.throughputCapacity", "160, 320, 640"),
        trips("a second-generation throughput for SINGLE_AZ_1", zfs(64, "SINGLE_AZ_1", 160),
            "openZfs.create.throughputCapacity", "64, 128, 256"),
        trips("MULTI_AZ_1 with every group in one AZ", zfs(64, "MULTI_AZ_1", 160),
            "openZfs.create.deploymentType", "needs a subnet in a second AZ"),
        trips("a relative mount path",
            BASE.withOpenZfs(ImmutableOpenZfs.copyOf(OpenZfs.create(64, "SINGLE_AZ_HA_2", 160))
                .withMountPath("home")), "openZfs.mountPath", "absolute directory path"),
        trips("Lustre mounted at /",
            ValidSpecs.full().withFsx(ImmutableFsx.copyOf(ValidSpecs.full().fsx().get())
                .withMountPath("/")), "fsx.mountPath", "absolute directory path"),
        trips("Lustre and OpenZFS at one path",
            ValidSpecs.full().withOpenZfs(ImmutableOpenZfs.copyOf(
                OpenZfs.create(64, "SINGLE_AZ_HA_2", 160)).withMountPath("/fsx")),
            "openZfs.mountPath", "cannot mount two file systems at one path"),
        trips("a group's own subnets without the cluster's network",
            ValidSpecs.minimal().withInstanceGroups(List.of(
                groupIn("usw2-az1", SubnetRef.create("10.0.128.0/20")))),
            "instanceGroups[0].network", "OverrideVpcConfig only when the cluster has a VpcConfig"),
        trips("a group's AZ id of another region",
            BASE.withInstanceGroups(List.of(groupIn("use1-az1", SubnetRef.create("10.0.128.0/20")))),
            "instanceGroups[0].network.availabilityZoneId", "start with usw2-"),
        trips("a group's subnet overlapping the cluster's",
            BASE.withInstanceGroups(List.of(groupIn("usw2-az1", SubnetRef.create("10.0.8.0/24")))),
            "instanceGroups[0].network.subnets[0].create.cidr", "overlaps network.subnets[0]"),
        trips("a group's subnet outside the VPC",
            BASE.withInstanceGroups(List.of(groupIn("usw2-az1", SubnetRef.create("10.9.0.0/20")))),
            "instanceGroups[0].network.subnets[0].create.cidr", "not inside the VPC's block"),
        trips("a group without subnets",
            BASE.withInstanceGroups(List.of(groupIn("usw2-az1"))),
            "instanceGroups[0].network.subnets", "the group needs a subnet"),
        trips("a group with 17 subnets",
            BASE.withInstanceGroups(List.of(groupIn("usw2-az1", seventeen()))),
            "instanceGroups[0].network.subnets", "more than 16"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("SINGLE_AZ_HA_2 in us-west-2", zfs(64, "SINGLE_AZ_HA_2", 160)),
        passes("SINGLE_AZ_1 at 4096 MB/s", zfs(524288, "SINGLE_AZ_1", 4096)),
        passes("MULTI_AZ_1 in sa-east-1 with a group in a second AZ",
            zfs(1024, "MULTI_AZ_1", 320).withRegion("sa-east-1")
                .withNetwork(ImmutableNetwork.copyOf(BASE.network().get()).withAvailabilityZoneId("sae1-az1"))
                .withInstanceGroups(List.of(
                    InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1),
                    InstanceGroup.builder().from(groupIn("sae1-az2",
                        SubnetRef.create("10.0.128.0/20"))).name("workers").build()))),
        passes("an adopted OpenZFS file system in an adopted VPC",
            BASE.withOpenZfs(OpenZfs.id("fs-0123456789abcdef0")).withNetwork(existingNetwork())),
        passes("Lustre and OpenZFS at their default paths",
            ValidSpecs.full().withOpenZfs(OpenZfs.create(64, "SINGLE_AZ_HA_2", 160))));
  }

  private static ImmutableHyperPodPrerequisites zfs(int capacity, String type, int throughput) {
    return BASE.withOpenZfs(OpenZfs.create(capacity, type, throughput));
  }

  private static InstanceGroup groupIn(String zone, SubnetRef... subnets) {
    return InstanceGroup.builder().from(InstanceGroup.of("workers", "ml.p5.48xlarge", 2))
        .network(InstanceGroupNetwork.builder().availabilityZoneId(zone).addSubnets(subnets).build())
        .build();
  }

  private static SubnetRef[] seventeen() {
    SubnetRef[] out = new SubnetRef[17];
    for (int i = 0; i < out.length; i++) {
      out[i] = SubnetRef.create("10.0." + (128 + i) + ".0/24");
    }
    return out;
  }

  private static ImmutableNetwork existingNetwork() {
    return ImmutableNetwork.copyOf(BASE.network().orElseThrow())
        .withVpc(VpcRef.id("vpc-0123456789abcdef0"))
        .withSubnets(SubnetRef.id("subnet-0123456789abcdef0"))
        .withSecurityGroup(SecurityGroupRef.id("sg-0123456789abcdef0"));
  }
}
