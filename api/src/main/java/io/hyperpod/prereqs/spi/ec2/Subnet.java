package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A subnet (DescribeSubnets): its VPC, block, zone (name and id, both always filled) and how many
 * of its addresses are still free (the block less AWS's five reserved ones and those in use).
 */
@Value.Immutable
@ValueStyle
public interface Subnet {
  /** {@return the subnet's id, {@code subnet-} and 17 hex digits} */
  String subnetId();

  /** {@return the id of the subnet's VPC, {@code vpc-...}} */
  String vpcId();

  /** {@return the subnet's IPv4 block, e.g. {@code 10.0.0.0/20}} */
  String cidrBlock();

  /** {@return the zone's name in the caller's account ({@code us-west-2a})} */
  String availabilityZone();

  /** {@return the zone's id, the same in every account ({@code usw2-az2})} */
  String availabilityZoneId();

  /** {@return how many IPv4 addresses of the subnet are free} */
  int availableIpAddressCount();

  /** {@return {@code pending} or {@code available}} */
  String state();

  /** {@return whether it is the default subnet of its zone} */
  boolean defaultForAz();

  /** {@return whether instances launched in it get a public IPv4 address} */
  boolean mapPublicIpOnLaunch();

  /** {@return the subnet's tags} */
  Map<String, String> tags();

  /** {@return a new builder with no field set} */
  static ImmutableSubnet.Builder builder() {
    return ImmutableSubnet.builder();
  }
}
