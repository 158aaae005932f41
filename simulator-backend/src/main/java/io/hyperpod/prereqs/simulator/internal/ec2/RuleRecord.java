package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.Objects;

/**
 * One security group rule ({@code sgr-...}): direction, protocol, ports and one peer. Two rules of
 * a group are duplicates when everything but id, description and tags is equal.
 */
public final class RuleRecord extends Ec2Record {
  String groupId;
  boolean egress;
  String protocol;
  Integer fromPort;
  Integer toPort;
  String cidrIpv4;
  String cidrIpv6;
  String referencedGroupId;
  String prefixListId;
  String description;

  public String groupId() {
    return groupId;
  }

  public boolean egress() {
    return egress;
  }

  public String protocol() {
    return protocol;
  }

  /** Null for all protocols. */
  public Integer fromPort() {
    return fromPort;
  }

  /** Null for all protocols. */
  public Integer toPort() {
    return toPort;
  }

  public String cidrIpv4() {
    return cidrIpv4;
  }

  public String cidrIpv6() {
    return cidrIpv6;
  }

  public String referencedGroupId() {
    return referencedGroupId;
  }

  public String prefixListId() {
    return prefixListId;
  }

  public String description() {
    return description;
  }

  /** Whether both rules let the same traffic through in the same direction. */
  boolean sameTraffic(RuleRecord o) {
    return egress == o.egress
        && protocol.equals(o.protocol)
        && Objects.equals(fromPort, o.fromPort)
        && Objects.equals(toPort, o.toPort)
        && Objects.equals(cidrIpv4, o.cidrIpv4)
        && Objects.equals(cidrIpv6, o.cidrIpv6)
        && Objects.equals(referencedGroupId, o.referencedGroupId)
        && Objects.equals(prefixListId, o.prefixListId);
  }

  @Override
  String resourceType() {
    return "security-group-rule";
  }
}
