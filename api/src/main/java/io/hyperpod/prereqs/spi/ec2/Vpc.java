package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/** A VPC (DescribeVpcs): its primary IPv4 block, state and tags. */
@Value.Immutable
@ValueStyle
public interface Vpc {
  String vpcId();

  String cidrBlock();

  /** {@return {@code pending} or {@code available}} */
  String state();

  boolean isDefault();

  String ownerId();

  Map<String, String> tags();

  static ImmutableVpc.Builder builder() {
    return ImmutableVpc.builder();
  }
}
