package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.InstanceGroupNetwork;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SecurityGroupRef;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spec.VpcRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules on the custom VPC: VPC, AZ id, subnets, security group, S3 endpoint. */
final class NetworkRules {
  private static final Pattern AZ_ID = Pattern.compile("([a-z]+[0-9]+)-az[0-9]+");
  private static final Pattern SG_NAME =
      Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]+");
  static final int MIN_PREFIX = 16;
  static final int MAX_PREFIX = 28;
  static final int MAX_SUBNETS = 16;

  private NetworkRules() {}

  /** CreateCluster takes 1 to 5 security groups (VpcConfig.SecurityGroupIds). */
  static final int MAX_SECURITY_GROUPS = 5;

  static void additionalGroups(Network network, boolean vpcCreated, Problems out) {
    List<String> ids = network.additionalSecurityGroupIds();
    String path = "network.additionalSecurityGroupIds";
    if (vpcCreated && !ids.isEmpty()) {
      out.add(path, String.join(",", ids),
          "names existing security groups, but network.vpc.create makes a new VPC: they live in"
              + " another VPC, and CreateCluster takes groups of the subnets' VPC only",
          "adopt their VPC (network.vpc.id), or remove additionalSecurityGroupIds.");
    }
    if (ids.size() > MAX_SECURITY_GROUPS - 1) {
      out.add(path, ids.size() + " groups",
          "gives the cluster " + (ids.size() + 1) + " security groups with network.securityGroup;"
              + " CreateCluster takes at most " + MAX_SECURITY_GROUPS,
          "keep at most " + (MAX_SECURITY_GROUPS - 1) + " additional groups (merge their rules).");
    }
    for (int i = 0; i < ids.size(); i++) {
      String at = SpecPath.index(path, i);
      NameRules.awsId(out, at, ids.get(i), "sg-", "a security group", false);
      if (network.securityGroup().id().map(ids.get(i)::equals).orElse(false)) {
        out.add(at, ids.get(i), "is network.securityGroup.id already",
            "remove it from additionalSecurityGroupIds.");
      } else if (ids.subList(0, i).contains(ids.get(i))) {
        out.add(at, ids.get(i), "is listed twice", "list each security group once.");
      }
    }
  }

  static void check(HyperPodPrerequisites spec, Problems out) {
    spec.network().ifPresent(network -> check(network, spec, out));
    if (spec.network().isEmpty()) {
      for (int i = 0; i < spec.instanceGroups().size(); i++) {
        InstanceGroup g = spec.instanceGroups().get(i);
        if (g.network().isPresent()) {
          out.add(SpecPath.index("instanceGroups", i) + ".network", g.network().get().availabilityZoneId(),
              "needs the cluster's network: HyperPod takes a group's OverrideVpcConfig only when the"
                  + " cluster has a VpcConfig of its own",
              "add a network section (vpc, availabilityZoneId, subnets, securityGroup), or remove"
                  + " instanceGroups[" + i + "].network.");
        }
      }
    }
  }

  private static void check(Network network, HyperPodPrerequisites spec, Problems out) {
    String region = spec.region();
    Optional<Ipv4Cidr> vpcCidr = checkVpc(network.vpc(), out);
    boolean vpcCreated = network.vpc().create().isPresent() && network.vpc().id().isEmpty();
    checkAvailabilityZoneId("network.availabilityZoneId", network.availabilityZoneId(), region, out);
    Map<String, Ipv4Cidr> taken = new LinkedHashMap<>();
    checkSubnets("network.subnets", network.subnets(), vpcCidr, vpcCreated, taken, out);
    checkSecurityGroup(network.securityGroup(), vpcCreated, out);
    additionalGroups(network, vpcCreated, out);
    for (int i = 0; i < spec.instanceGroups().size(); i++) {
      InstanceGroup g = spec.instanceGroups().get(i);
      if (g.network().isEmpty()) {
        continue;
      }
      String at = SpecPath.index("instanceGroups", i) + ".network";
      InstanceGroupNetwork own = g.network().get();
      checkAvailabilityZoneId(at + ".availabilityZoneId", own.availabilityZoneId(), region, out);
      checkSubnets(at + ".subnets", own.subnets(), vpcCidr, vpcCreated, taken, out);
    }
    if (network.restrictBucketToVpc() && !network.s3GatewayEndpoint()) {
      out.add(
          "network.restrictBucketToVpc",
          true,
          "needs s3GatewayEndpoint: true; the bucket policy admits only requests that come through"
              + " the VPC's S3 gateway endpoint, and without one the nodes could not read the"
              + " lifecycle scripts",
          "set network.s3GatewayEndpoint: true, or restrictBucketToVpc: false.");
    }
  }

  private static Optional<Ipv4Cidr> checkVpc(VpcRef vpc, Problems out) {
    if (!NameRules.exactlyOne(
        out,
        "network.vpc",
        vpc.id(),
        "id",
        vpc.create(),
        "create",
        "{create: {cidr: 10.0.0.0/16}} or {id: vpc-0123456789abcdef0}")) {
      return Optional.empty();
    }
    vpc.id().ifPresent(id -> NameRules.awsId(out, "network.vpc.id", id, "vpc-", "a VPC", true));
    return vpc.create().flatMap(c -> cidr(c.cidr(), "network.vpc.create.cidr", "VPC", out));
  }

  private static void checkAvailabilityZoneId(
      String path, String azId, String region, Problems out) {
    Optional<String> prefix = HyperPodCatalog.azIdPrefix(region);
    String example = prefix.orElse("usw2") + "-az1";
    Matcher m = AZ_ID.matcher(azId);
    if (!m.matches()) {
      String hint =
          azId.matches("[a-z]{2}-[a-z]+-\\d[a-z]")
              ? " ("
                  + azId
                  + " is an AZ name; names map to"
                  + " different physical zones in each account, ids do not)"
              : "";
      out.add(
          path,
          azId,
          "is not an AZ id such as " + example + hint,
          "find the id with aws ec2 describe-availability-zones --region " + region + " (ZoneId).");
    } else if (prefix.isPresent() && !m.group(1).equals(prefix.get())) {
      out.add(
          path,
          azId,
          "is not an AZ id of "
              + region
              + ": the AZ ids of "
              + region
              + " start with "
              + prefix.get()
              + "-",
          "use an id such as " + example + ", or change region.");
    }
  }

  /**
   * The subnets at {@code base} ({@code network.subnets}, {@code instanceGroups[i].network.subnets}):
   * 1 to 16, each adopted or created in the VPC's block without overlapping any block in {@code
   * taken} (path -> block), which gains theirs.
   */
  private static void checkSubnets(String base, List<SubnetRef> subnets,
      Optional<Ipv4Cidr> vpcCidr, boolean vpcCreated, Map<String, Ipv4Cidr> taken, Problems out) {
    if (subnets.isEmpty()) {
      out.add(
          base,
          null,
          "is empty; the " + (base.startsWith("network") ? "cluster" : "group") + " needs a subnet",
          "add e.g. subnets: [{create: {cidr: 10.0.0.0/20}}].");
    } else if (subnets.size() > MAX_SUBNETS) {
      out.add(
          base,
          subnets.size() + " subnets",
          "has more than " + MAX_SUBNETS + ", the most CreateCluster's VpcConfig takes",
          "keep at most " + MAX_SUBNETS + ".");
    }
    for (int i = 0; i < subnets.size(); i++) {
      SubnetRef subnet = subnets.get(i);
      String at = SpecPath.index(base, i);
      if (!NameRules.exactlyOne(
          out,
          at,
          subnet.id(),
          "id",
          subnet.create(),
          "create",
          "{create: {cidr: 10.0.0.0/20}} or {id: subnet-0123456789abcdef0}")) {
        continue;
      }
      if (subnet.id().isPresent()) {
        NameRules.awsId(out, at + ".id", subnet.id().get(), "subnet-", "a subnet", true);
        if (vpcCreated) {
          existingInNewVpc(out, at + ".id", subnet.id().get(), "subnet", "{create: {cidr: ...}}");
        }
        continue;
      }
      String path = at + ".create.cidr";
      Optional<Ipv4Cidr> cidr = cidr(subnet.create().get().cidr(), path, "subnet", out);
      if (cidr.isEmpty()) {
        continue;
      }
      if (vpcCidr.isPresent() && !vpcCidr.get().contains(cidr.get())) {
        out.add(
            path,
            cidr.get(),
            "is not inside the VPC's block " + vpcCidr.get(),
            "choose a block inside "
                + vpcCidr.get()
                + ", e.g. "
                + firstSubnet(vpcCidr.get())
                + ".");
      }
      for (Map.Entry<String, Ipv4Cidr> other : taken.entrySet()) {
        if (other.getValue().overlaps(cidr.get())) {
          out.add(
              path,
              cidr.get(),
              "overlaps " + other.getKey() + " (" + other.getValue() + ")",
              "give the subnets blocks that do not overlap.");
        }
      }
      taken.put(at, cidr.get());
    }
  }

  private static void checkSecurityGroup(SecurityGroupRef group, boolean vpcCreated, Problems out) {
    if (!NameRules.exactlyOne(
        out,
        "network.securityGroup",
        group.id(),
        "id",
        group.create(),
        "create",
        "{create: {name: demo-efa}} or {id: sg-0123456789abcdef0}")) {
      return;
    }
    if (group.id().isPresent()) {
      NameRules.awsId(
          out, "network.securityGroup.id", group.id().get(), "sg-", "a security group", true);
      if (vpcCreated) {
        existingInNewVpc(
            out,
            "network.securityGroup.id",
            group.id().get(),
            "security group",
            "{create: {name: ...}}");
      }
      return;
    }
    String name = group.create().get().name();
    String path = "network.securityGroup.create.name";
    if (name.isEmpty() || name.length() > 255) {
      out.add(
          path,
          name,
          "is " + name.length() + " characters long; security group names have 1 to 255",
          "use a name such as demo-efa.");
    } else if (name.equalsIgnoreCase("default")) {
      out.add(
          path,
          name,
          "is the name of the security group every VPC has: CreateSecurityGroup fails with"
              + " InvalidGroup.Duplicate",
          "use a name such as demo-efa.");
    } else if (NameRules.invisible(out, path, name, "security group name")) {
      return;
    } else if (name.toLowerCase(java.util.Locale.ROOT).startsWith("sg-")) {
      out.add(
          path,
          name,
          "starts with sg-, which EC2 keeps for security group ids",
          "use a name such as demo-efa.");
    } else if (!SG_NAME.matcher(name).matches()) {
      out.add(
          path,
          name,
          "has characters EC2 does not take in a security group name: only letters, digits,"
              + " spaces and ._-:/()#,@[]+=&;{}!$*",
          "remove the other characters.");
    }
  }

  private static void existingInNewVpc(
      Problems out, String path, String id, String what, String example) {
    out.add(
        path,
        id,
        "names an existing "
            + what
            + ", but network.vpc.create makes a new VPC, and an"
            + " existing "
            + what
            + " belongs to another VPC",
        "let the tool create the "
            + what
            + " ("
            + example
            + "), or adopt its VPC with network.vpc.id.");
  }

  private static Optional<Ipv4Cidr> cidr(String text, String path, String what, Problems out) {
    Ipv4Cidr cidr;
    try {
      cidr = Ipv4Cidr.parse(text);
    } catch (IllegalArgumentException e) {
      out.add(
          path,
          text,
          e.getMessage(),
          "write a block such as " + (what.equals("VPC") ? "10.0.0.0/16" : "10.0.0.0/20") + ".");
      return Optional.empty();
    }
    if (cidr.prefixLength() < MIN_PREFIX || cidr.prefixLength() > MAX_PREFIX) {
      out.add(
          path,
          text,
          "is a /"
              + cidr.prefixLength()
              + " block; a "
              + what
              + " block is /"
              + MIN_PREFIX
              + " (65,536 addresses) to /"
              + MAX_PREFIX
              + " (16 addresses)",
          "use a prefix length from /" + MIN_PREFIX + " to /" + MAX_PREFIX + ".");
      return Optional.empty();
    }
    return Optional.of(cidr);
  }

  private static Ipv4Cidr firstSubnet(Ipv4Cidr vpc) {
    return new Ipv4Cidr(vpc.network(), Math.min(MAX_PREFIX, Math.max(vpc.prefixLength(), 20)));
  }
}
