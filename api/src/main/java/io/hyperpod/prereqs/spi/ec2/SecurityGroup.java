package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A security group of a VPC with all its rules, inbound and outbound. */
@Value.Immutable
@ValueStyle
public interface SecurityGroup {
  String groupId();

  String groupName();

  String description();

  String vpcId();

  String ownerId();

  Map<String, String> tags();

  List<SecurityGroupRule> rules();

  default List<SecurityGroupRule> ingress() {
    return rules().stream().filter(r -> !r.isEgress()).toList();
  }

  default List<SecurityGroupRule> egress() {
    return rules().stream().filter(SecurityGroupRule::isEgress).toList();
  }

  static ImmutableSecurityGroup.Builder builder() {
    return ImmutableSecurityGroup.builder();
  }
}
