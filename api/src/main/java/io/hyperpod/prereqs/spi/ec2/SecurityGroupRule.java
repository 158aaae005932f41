package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One rule of a security group (DescribeSecurityGroupRules): inbound or outbound traffic. */
@Value.Immutable
@ValueStyle
public interface SecurityGroupRule {
  /** {@return {@code sgr-...}} */
  String ruleId();

  String groupId();

  boolean isEgress();

  IpPermission permission();

  Optional<String> description();

  Map<String, String> tags();

  static ImmutableSecurityGroupRule.Builder builder() {
    return ImmutableSecurityGroupRule.builder();
  }
}
