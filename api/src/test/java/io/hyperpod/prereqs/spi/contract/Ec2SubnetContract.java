package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EC2 subnets: created by zone name with the zone id filled in, blocks inside the VPC and not
 * overlapping, free addresses, filters. Part of {@link CloudBackendContractTest}.
 */
public abstract class Ec2SubnetContract extends NetworkContractGroup {
  protected Ec2SubnetContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createSubnet_byZoneName_fillsTheZoneIdAndFreeAddresses() {
    Vpc vpc = newVpc("10.30.0.0/16");
    AvailabilityZone zone = firstZone();

    Subnet subnet = newSubnet(vpc, "10.30.0.0/24");

    assertThat(subnet.subnetId()).matches("subnet-[0-9a-f]{8,17}");
    assertThat(subnet.vpcId()).isEqualTo(vpc.vpcId());
    assertThat(subnet.availabilityZone()).isEqualTo(zone.zoneName());
    assertThat(subnet.availabilityZoneId()).isEqualTo(zone.zoneId());
    assertThat(subnet.availableIpAddressCount()).isEqualTo(256 - 5);
  }

  @Test
  void describeSubnets_byZoneIdFilter_findsTheSubnet() {
    Vpc vpc = newVpc("10.31.0.0/16");
    Subnet subnet = newSubnet(vpc, "10.31.0.0/24");

    List<Subnet> found =
        ec2()
            .describeSubnets(
                Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                    .and("availability-zone-id", List.of(subnet.availabilityZoneId())));

    assertThat(found).extracting(Subnet::subnetId).containsExactly(subnet.subnetId());
  }

  @Test
  void createSubnet_outsideTheVpcBlock_failsWithInvalidSubnetRange() {
    Vpc vpc = newVpc("10.32.0.0/16");

    assertCloudError(
        () -> ec2().createSubnet(vpc.vpcId(), "10.99.0.0/24", firstZone().zoneName(), Map.of()),
        MalformedException.class,
        "InvalidSubnet.Range",
        400);
  }

  @Test
  void createSubnet_overlapping_failsWithInvalidSubnetConflict() {
    Vpc vpc = newVpc("10.33.0.0/16");
    newSubnet(vpc, "10.33.0.0/20");

    assertCloudError(
        () -> ec2().createSubnet(vpc.vpcId(), "10.33.1.0/24", firstZone().zoneName(), Map.of()),
        ConflictException.class,
        "InvalidSubnet.Conflict",
        400);
  }

  @Test
  void createSubnet_unknownZone_failsWithInvalidParameterValue() {
    Vpc vpc = newVpc("10.34.0.0/16");

    assertCloudError(
        () -> ec2().createSubnet(vpc.vpcId(), "10.34.0.0/24", "xx-nowhere-9z", Map.of()),
        MalformedException.class,
        "InvalidParameterValue",
        400);
  }

  @Test
  void createSubnet_unknownVpc_failsWithInvalidVpcIdNotFound() {
    assertCloudError(
        () ->
            ec2()
                .createSubnet(
                    "vpc-0123456789abcdef0", "10.35.0.0/24", firstZone().zoneName(), Map.of()),
        NotFoundException.class,
        "InvalidVpcID.NotFound",
        400);
  }

  @Test
  void deleteSubnet_existing_removesIt() {
    Vpc vpc = newVpc("10.36.0.0/16");
    Subnet subnet =
        ec2().createSubnet(vpc.vpcId(), "10.36.0.0/24", firstZone().zoneName(), Map.of());

    ec2().deleteSubnet(subnet.subnetId());

    assertThat(ec2().describeSubnets(Ec2Query.filter("subnet-id", List.of(subnet.subnetId()))))
        .isEmpty();
  }

  @Test
  void describeSubnets_unknownId_failsWithInvalidSubnetIdNotFound() {
    assertCloudError(
        () -> ec2().describeSubnets(Ec2Query.ids(List.of("subnet-0123456789abcdef0"))),
        NotFoundException.class,
        "InvalidSubnetID.NotFound",
        400);
  }
}
