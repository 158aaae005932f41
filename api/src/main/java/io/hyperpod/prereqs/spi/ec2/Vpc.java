package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/** A VPC (DescribeVpcs): its primary IPv4 block, state and tags. */
@Value.Immutable
@ValueStyle
public interface Vpc {
  /** {@return the VPC's id, {@code vpc-} and 17 hex digits} */
  String vpcId();

  /** {@return the VPC's primary IPv4 block, e.g. {@code 10.0.0.0/16}} */
  String cidrBlock();

  /** {@return {@code pending} or {@code available}} */
  String state();

  /** {@return whether it is the region's default VPC} */
  boolean isDefault();

  /** {@return the 12-digit id of the account that owns the VPC} */
  String ownerId();

  /** {@return the VPC's tags} */
  Map<String, String> tags();

  /** {@return a new builder with no field set} */
  static ImmutableVpc.Builder builder() {
    return ImmutableVpc.builder();
  }
}
