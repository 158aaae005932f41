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
  String subnetId();

  String vpcId();

  String cidrBlock();

  /** {@return the zone's name in the caller's account ({@code us-west-2a})} */
  String availabilityZone();

  /** {@return the zone's id, the same in every account ({@code usw2-az2})} */
  String availabilityZoneId();

  int availableIpAddressCount();

  /** {@return {@code pending} or {@code available}} */
  String state();

  boolean defaultForAz();

  boolean mapPublicIpOnLaunch();

  Map<String, String> tags();

  static ImmutableSubnet.Builder builder() {
    return ImmutableSubnet.builder();
  }
}
