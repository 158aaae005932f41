package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.TagDescription;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EC2 zones, VPCs and tags: create, describe by id, id filter and tag filter, attributes, the main
 * route table and default group a VPC comes with, deletion. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class Ec2VpcContract extends NetworkContractGroup {
  protected Ec2VpcContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void describeAvailabilityZones_always_namesZonesOfTheRegionWithUniqueIds() {
    String region = backend().account().region();

    List<AvailabilityZone> zones = ec2().describeAvailabilityZones();

    assertThat(zones).isNotEmpty();
    assertThat(zones)
        .allSatisfy(
            z -> {
              assertThat(z.zoneName()).startsWith(region);
              assertThat(z.zoneId()).matches("[a-z]+[0-9]+-az[0-9]+");
              assertThat(z.regionName()).isEqualTo(region);
            });
    assertThat(zones).extracting(AvailabilityZone::zoneId).doesNotHaveDuplicates();
  }

  @Test
  void createVpc_valid_isDescribedByIdAndByTagWithDnsSupportOn() {
    Vpc vpc = newVpc("10.20.0.0/16");

    assertThat(vpc.vpcId()).matches("vpc-[0-9a-f]{8,17}");
    assertThat(ec2().describeVpcs(Ec2Query.ids(List.of(vpc.vpcId()))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.cidrBlock()).isEqualTo("10.20.0.0/16");
              assertThat(v.isDefault()).isFalse();
              assertThat(v.tags()).containsEntry("contract", RUN);
            });
    assertThat(ec2().describeVpcs(Ec2Query.tagged("contract", RUN)))
        .extracting(Vpc::vpcId)
        .contains(vpc.vpcId());
    assertThat(ec2().vpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_SUPPORT)).isTrue();
  }

  @Test
  void modifyVpcAttribute_dnsHostnames_isOn() {
    Vpc vpc = newVpc("10.21.0.0/16");

    ec2().modifyVpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES, true);

    assertThat(ec2().vpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES)).isTrue();
  }

  @Test
  void createVpc_always_comesWithMainRouteTableAndDefaultGroup() {
    Vpc vpc = newVpc("10.22.0.0/16");

    assertThat(mainRouteTable(vpc).routes())
        .anySatisfy(
            r -> {
              assertThat(r.destinationCidrBlock()).hasValue("10.22.0.0/16");
              assertThat(r.gatewayId()).hasValue("local");
            });
    List<SecurityGroup> groups =
        ec2().describeSecurityGroups(Ec2Query.filter("vpc-id", List.of(vpc.vpcId())));
    assertThat(groups).extracting(SecurityGroup::groupName).containsExactly("default");
  }

  @Test
  void createVpc_prefixOutsideSixteenToTwentyEight_failsWithInvalidVpcRange() {
    assertCloudError(
        () -> ec2().createVpc("10.0.0.0/8", Map.of()),
        MalformedException.class,
        "InvalidVpc.Range",
        400);
  }

  @Test
  void describeVpcs_unknownId_failsWithInvalidVpcIdNotFound() {
    assertCloudError(
        () -> ec2().describeVpcs(Ec2Query.ids(List.of("vpc-0123456789abcdef0"))),
        NotFoundException.class,
        "InvalidVpcID.NotFound",
        400);
  }

  @Test
  void describeVpcs_idFilterWithUnknownId_answersOnlyThoseThatExist() {
    Vpc vpc = newVpc("10.23.0.0/16");

    List<Vpc> found =
        ec2()
            .describeVpcs(Ec2Query.filter("vpc-id", List.of(vpc.vpcId(), "vpc-0123456789abcdef0")));

    assertThat(found).extracting(Vpc::vpcId).containsExactly(vpc.vpcId());
  }

  @Test
  void deleteVpc_withSubnet_failsWithDependencyViolation() {
    Vpc vpc = newVpc("10.24.0.0/16");
    newSubnet(vpc, "10.24.0.0/24");

    assertCloudError(
        () -> ec2().deleteVpc(vpc.vpcId()),
        DependencyViolationException.class,
        "DependencyViolation",
        400);
  }

  @Test
  void deleteVpc_empty_removesItWithItsDefaultGroup() {
    Vpc vpc = ec2().createVpc("10.25.0.0/16", Map.of());

    ec2().deleteVpc(vpc.vpcId());

    assertThat(ec2().describeVpcs(Ec2Query.filter("vpc-id", List.of(vpc.vpcId())))).isEmpty();
    assertThat(ec2().describeSecurityGroups(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))))
        .isEmpty();
  }

  @Test
  void createTags_onVpc_isFoundByDescribeTags() {
    Vpc vpc = newVpc("10.26.0.0/16");
    String value = unique("tagged");

    ec2().createTags(List.of(vpc.vpcId()), Map.of("contract-tag", value));

    assertThat(
            ec2()
                .describeTags(
                    Ec2Query.filter("key", List.of("contract-tag")).and("value", List.of(value))))
        .containsExactly(TagDescription.of(vpc.vpcId(), "vpc", "contract-tag", value));
  }

  @Test
  void createTags_unknownVpc_failsWithInvalidVpcIdNotFound() {
    assertCloudError(
        () -> ec2().createTags(List.of("vpc-0123456789abcdef0"), Map.of("a", "b")),
        NotFoundException.class,
        "InvalidVpcID.NotFound",
        400);
  }
}
