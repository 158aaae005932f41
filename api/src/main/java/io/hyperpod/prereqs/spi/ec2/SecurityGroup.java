package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A security group of a VPC with all its rules, inbound and outbound. */
@Value.Immutable
@ValueStyle
public interface SecurityGroup {
  /** {@return the group's id, {@code sg-} and 17 hex digits} */
  String groupId();

  /** {@return the group's name, unique in its VPC} */
  String groupName();

  /** {@return the group's description} */
  String description();

  /** {@return the id of the group's VPC, {@code vpc-...}} */
  String vpcId();

  /** {@return the 12-digit id of the account that owns the group} */
  String ownerId();

  /** {@return the group's tags} */
  Map<String, String> tags();

  /** {@return every rule of the group, inbound and outbound} */
  List<SecurityGroupRule> rules();

  /** {@return the inbound rules} */
  default List<SecurityGroupRule> ingress() {
    return rules().stream().filter(r -> !r.isEgress()).toList();
  }

  /** {@return the outbound rules} */
  default List<SecurityGroupRule> egress() {
    return rules().stream().filter(SecurityGroupRule::isEgress).toList();
  }

  /** {@return a new builder with no field set} */
  static ImmutableSecurityGroup.Builder builder() {
    return ImmutableSecurityGroup.builder();
  }
}
