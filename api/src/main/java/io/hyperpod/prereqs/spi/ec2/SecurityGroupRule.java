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

  /** {@return the id of the rule's group, {@code sg-...}} */
  String groupId();

  /** {@return whether the rule is outbound; {@code false} for an inbound rule} */
  boolean isEgress();

  /** {@return the traffic the rule lets through} */
  IpPermission permission();

  /** {@return the rule's description, if it has one} */
  Optional<String> description();

  /** {@return the rule's tags} */
  Map<String, String> tags();

  /** {@return a new builder with no field set} */
  static ImmutableSecurityGroupRule.Builder builder() {
    return ImmutableSecurityGroupRule.builder();
  }
}
