package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What HyperPod and FSx need of a security group (facts §4.6, §7.1, §8.3): all inbound traffic from
 * the group itself and all outbound traffic to it (EFA; a rule to a block such as 0.0.0.0/0 does
 * not count), Lustre's TCP 988 and 1018-1023 and NFS's TCP/UDP 2049 from the group itself (its
 * members: the nodes and the file servers), and no outbound rule to
 * 0.0.0.0/0 (AWS advises against it on EFA groups).
 */
public final class EfaRules {
  /** The ports Lustre's LNET uses. */
  static final List<Integer> LUSTRE_PORTS =
      IntStream.concat(IntStream.of(988), IntStream.rangeClosed(1018, 1023)).boxed().toList();

  /** The port NFS (FSx for OpenZFS) uses, over TCP and UDP. */
  static final int NFS_PORT = 2049;

  private EfaRules() {}

  public static boolean selfIngress(SecurityGroup g) {
    return g.ingress().stream().anyMatch(r -> allWithSelf(r, g));
  }

  public static boolean selfEgress(SecurityGroup g) {
    return g.egress().stream().anyMatch(r -> allWithSelf(r, g));
  }

  private static boolean allWithSelf(SecurityGroupRule r, SecurityGroup g) {
    return r.permission().allTraffic()
        && r.permission().referencedGroupId().map(g.groupId()::equals).orElse(false);
  }

  /** The Lustre ports that no inbound rule from the group itself lets in. */
  public static List<Integer> lustrePortsNotFromSelf(SecurityGroup g) {
    return LUSTRE_PORTS.stream()
        .filter(port -> g.ingress().stream().noneMatch(r -> fromSelfTo(r, g, port)))
        .toList();
  }

  /** NFS's {@code tcp 2049} and {@code udp 2049} where no inbound rule from the group itself admits it. */
  public static List<String> nfsPortsNotFromSelf(SecurityGroup g) {
    return List.of("tcp", "udp").stream()
        .filter(proto -> g.ingress().stream().noneMatch(r -> fromSelfTo(r, g, proto, NFS_PORT)))
        .map(proto -> proto + " " + NFS_PORT)
        .toList();
  }

  private static boolean fromSelfTo(SecurityGroupRule r, SecurityGroup g, int port) {
    return fromSelfTo(r, g, "tcp", port);
  }

  private static boolean fromSelfTo(SecurityGroupRule r, SecurityGroup g, String protocol, int port) {
    IpPermission p = r.permission();
    boolean self = p.referencedGroupId().map(g.groupId()::equals).orElse(false);
    boolean covers =
        p.allTraffic()
            || (p.protocol().equals(protocol)
                && p.fromPort().orElse(0) <= port
                && port <= p.toPort().orElse(65535));
    return self && covers;
  }

  /** The outbound rule to anywhere (0.0.0.0/0 or ::/0), if the group has one. */
  static Optional<IpPermission> openEgress(SecurityGroup g) {
    return g.egress().stream()
        .map(SecurityGroupRule::permission)
        .filter(
            p ->
                p.cidrIpv4().map("0.0.0.0/0"::equals).orElse(false)
                    || p.cidrIpv6().map("::/0"::equals).orElse(false))
        .findFirst();
  }

  /** Rules in words: {@code all traffic with sg-...}, {@code tcp 443 with pl-...}. */
  static List<String> describe(List<SecurityGroupRule> rules) {
    return rules.stream().map(r -> describe(r.permission())).sorted().toList();
  }

  static String describe(IpPermission p) {
    String traffic =
        p.allTraffic()
            ? "all traffic"
            : p.protocol()
                + " "
                + p.fromPort().map(String::valueOf).orElse("")
                + (p.fromPort().equals(p.toPort())
                    ? ""
                    : "-" + p.toPort().map(String::valueOf).orElse(""));
    String peer =
        p.referencedGroupId().or(p::prefixListId).or(p::cidrIpv4).or(p::cidrIpv6).orElse("?");
    return traffic + " with " + peer;
  }
}
