package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The traffic one security group rule lets through: a protocol, a port range and exactly one peer
 * (an IPv4 or IPv6 block, a security group, or a prefix list). Protocol {@code -1} means all
 * protocols and has no ports; {@code tcp}, {@code udp} have a port range, {@code icmp} a type and
 * code range. AWS treats two rules with the same traffic as duplicates, whatever their
 * descriptions.
 */
@Value.Immutable
@ValueStyle
public interface IpPermission {
  /** All protocols. */
  String ALL_PROTOCOLS = "-1";

  /** {@return {@code -1}, {@code tcp}, {@code udp}, {@code icmp} or a protocol number} */
  String protocol();

  /** {@return the first port of the range, or the ICMP type; absent for all protocols} */
  Optional<Integer> fromPort();

  /** {@return the last port of the range, or the ICMP code; absent for all protocols} */
  Optional<Integer> toPort();

  /** {@return the peer IPv4 block, e.g. {@code 10.0.0.0/16}} */
  Optional<String> cidrIpv4();

  /** {@return the peer IPv6 block, e.g. {@code ::/0}} */
  Optional<String> cidrIpv6();

  /**
   * {@return the peer security group ({@code sg-...}); the rule's own group for a self reference}
   */
  Optional<String> referencedGroupId();

  /**
   * The peer prefix list ({@code pl-...}), e.g. the S3 gateway endpoint's.
   *
   * @return the prefix list's id, or empty when the peer is of another kind
   */
  Optional<String> prefixListId();

  /**
   * Checks the permission when it is built; Immutables calls it, callers need not.
   *
   * @throws IllegalArgumentException when it names no peer or more than one, or ports with protocol
   *     {@code -1}
   */
  @Value.Check
  default void check() {
    int peers =
        (cidrIpv4().isPresent() ? 1 : 0)
            + (cidrIpv6().isPresent() ? 1 : 0)
            + (referencedGroupId().isPresent() ? 1 : 0)
            + (prefixListId().isPresent() ? 1 : 0);
    if (peers != 1) {
      throw new IllegalArgumentException(
          "an IpPermission names exactly one peer (cidrIpv4, cidrIpv6, referencedGroupId or"
              + " prefixListId), this one names "
              + peers);
    }
    if (protocol().equals(ALL_PROTOCOLS) && (fromPort().isPresent() || toPort().isPresent())) {
      throw new IllegalArgumentException("protocol -1 (all) takes no ports");
    }
  }

  /** {@return whether it lets every protocol through} */
  default boolean allTraffic() {
    return protocol().equals(ALL_PROTOCOLS);
  }

  /**
   * All protocols to or from a security group (for EFA: the group itself).
   *
   * @param groupId the peer security group's id, {@code sg-...}
   * @return the permission for all traffic with that group
   */
  static IpPermission allWithGroup(String groupId) {
    return builder().protocol(ALL_PROTOCOLS).referencedGroupId(groupId).build();
  }

  /**
   * All protocols to or from an IPv4 block.
   *
   * @param cidr the peer IPv4 block, e.g. {@code 0.0.0.0/0}
   * @return the permission for all traffic with that block
   */
  static IpPermission allWithCidr(String cidr) {
    return builder().protocol(ALL_PROTOCOLS).cidrIpv4(cidr).build();
  }

  /**
   * TCP ports {@code from}-{@code to} to a prefix list.
   *
   * @param from the first port
   * @param to the last port
   * @param prefixListId the peer prefix list's id, {@code pl-...}
   * @return the permission for TCP on those ports with that prefix list
   */
  static IpPermission tcpWithPrefixList(int from, int to, String prefixListId) {
    return builder().protocol("tcp").fromPort(from).toPort(to).prefixListId(prefixListId).build();
  }

  /** {@return a new builder with no field set} */
  static ImmutableIpPermission.Builder builder() {
    return ImmutableIpPermission.builder();
  }
}
