package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.network.EfaRules;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.InstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.VpcConfig;
import io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What each instance group's {@code OverrideVpcConfig} and {@code InstanceStorageConfigs} need:
 * the override only with a cluster VpcConfig, 1-16 subnets of the cluster's VPC in one AZ id and
 * 1-5 groups that exist; at most one Lustre and one OpenZFS file system per group, each named by
 * the DNS name of an AVAILABLE file system of its kind (Lustre: with its mount name), in the
 * group's VPC with a subnet in the group's AZ id, and the group's security groups admitting
 * Lustre (TCP 988, 1018-1023) or NFS (TCP/UDP 2049) from themselves.
 */
public final class StorageRequirements {
  public static final String OVERRIDE_VPC = "network.override-vpc";
  public static final String CONFIG = "storage.config";
  public static final String FILE_SYSTEM = "storage.file-system";
  public static final String PLACEMENT = "storage.placement";
  public static final String LUSTRE_PORTS = "storage.lustre-ports";
  public static final String NFS_PORTS = "storage.nfs-ports";

  static final int MAX_SUBNETS = 16;
  static final int MAX_GROUPS = 5;

  private StorageRequirements() {}

  static void check(AccountView view, CreateClusterRequest request, NetworkFacts net, Results out) {
    for (InstanceGroupSpec g : request.instanceGroups()) {
      g.overrideVpcConfig().ifPresent(o -> override(view, request, g, o, net, out));
      if (!g.instanceStorageConfigs().isEmpty()) {
        storage(view, request, g, out);
      }
    }
  }

  private static void override(AccountView view, CreateClusterRequest request,
      InstanceGroupSpec g, VpcConfig o, NetworkFacts net, Results out) {
    String subject = g.instanceGroupName() + ".OverrideVpcConfig";
    String title = "the group's OverrideVpcConfig has 1-16 subnets of the cluster's VPC in one AZ id"
        + " and 1-5 security groups, with a cluster VpcConfig";
    if (request.vpcConfig().isEmpty()) {
      out.fail(OVERRIDE_VPC, subject, title, "the cluster has no VpcConfig",
          "give the cluster a VpcConfig (Slurm takes an OverrideVpcConfig only with one)",
          Consequence.VALIDATION);
      return;
    }
    List<Subnet> subnets = view.subnets(o.subnets());
    List<SecurityGroup> groups = view.securityGroups(o.securityGroupIds());
    Set<String> zones = subnets.stream().map(Subnet::availabilityZoneId)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> vpcs = new TreeSet<>();
    subnets.forEach(s -> vpcs.add(s.vpcId()));
    groups.forEach(s -> vpcs.add(s.vpcId()));
    String problem = o.subnets().isEmpty() || o.subnets().size() > MAX_SUBNETS
        ? o.subnets().size() + " subnets"
        : o.securityGroupIds().isEmpty() || o.securityGroupIds().size() > MAX_GROUPS
            ? o.securityGroupIds().size() + " security groups"
            : subnets.size() != o.subnets().size() || groups.size() != o.securityGroupIds().size()
                ? "not found: " + missing(o.subnets(), subnets.stream().map(Subnet::subnetId).toList())
                    + missing(o.securityGroupIds(), groups.stream().map(SecurityGroup::groupId).toList())
                : zones.size() != 1 ? "subnets in " + zones
                    : net.vpcId().isPresent() && !vpcs.equals(Set.of(net.vpcId().get()))
                        ? "in " + vpcs + ", the cluster in " + net.vpcId().get() : "";
    out.check(problem.isEmpty(), OVERRIDE_VPC, subject, title,
        problem.isEmpty() ? o.subnets().size() + " subnet(s) in " + zones + ", "
            + o.securityGroupIds().size() + " group(s)" : problem,
        "give the group 1 to 16 existing subnets of the cluster's VPC in one AZ id and 1 to 5 of its"
            + " security groups", Consequence.VALIDATION);
  }

  private static String missing(List<String> wanted, List<String> found) {
    List<String> gone = wanted.stream().filter(w -> !found.contains(w)).toList();
    return gone.isEmpty() ? "" : gone + " ";
  }

  private static void storage(
      AccountView view, CreateClusterRequest request, InstanceGroupSpec g, Results out) {
    List<InstanceStorageConfig> configs = g.instanceStorageConfigs();
    long lustre = configs.stream().filter(c -> c.fsxLustreConfig().isPresent()).count();
    long zfs = configs.stream().filter(c -> c.fsxOpenZfsConfig().isPresent()).count();
    List<String> paths = configs.stream().flatMap(c -> c.fsxLustreConfig().map(l -> l.mountPath())
        .or(() -> c.fsxOpenZfsConfig().map(z -> z.mountPath())).stream()).toList();
    boolean oneMember = configs.stream().allMatch(c -> c.members() <= 1);
    boolean absolute = paths.stream().allMatch(p -> p.startsWith("/") && p.length() > 1);
    // EBS volumes need no VPC; the file systems live in one.
    boolean noVpc = lustre + zfs > 0 && request.vpcConfig().isEmpty();
    boolean ok = !noVpc && lustre <= 1 && zfs <= 1 && oneMember && absolute;
    String subject = g.instanceGroupName() + ".InstanceStorageConfigs";
    out.check(ok, CONFIG, subject,
        "the group's InstanceStorageConfigs name at most one FSx for Lustre and one FSx for OpenZFS"
            + " file system, at absolute mount paths, with a cluster VpcConfig",
        lustre + " Lustre, " + zfs + " OpenZFS at " + paths
            + (noVpc ? "; the cluster has no VpcConfig" : ""),
        noVpc ? "give the cluster a VpcConfig in the file systems' VPC"
            : "keep one file system of each kind per group, each at a path such as /fsx or /home",
        Consequence.VALIDATION);
    if (!ok) {
      return;
    }
    Optional<VpcConfig> vpc = g.effectiveVpcConfig(request.vpcConfig());
    List<Subnet> subnets = view.subnets(vpc.map(VpcConfig::subnets).orElse(List.of()));
    List<SecurityGroup> groups = view.securityGroups(vpc.map(VpcConfig::securityGroupIds).orElse(List.of()));
    Optional<String> zone = subnets.stream().map(Subnet::availabilityZoneId).findFirst();
    Optional<String> vpcId = subnets.stream().map(Subnet::vpcId).findFirst();
    for (InstanceStorageConfig c : configs) {
      c.fsxLustreConfig().ifPresent(l -> fileSystem(view, g, FileSystem.LUSTRE, l.dnsName(),
          Optional.of(l.mountName()), zone, vpcId, groups, out));
      c.fsxOpenZfsConfig().ifPresent(z -> fileSystem(view, g, FileSystem.OPENZFS, z.dnsName(),
          Optional.empty(), zone, vpcId, groups, out));
    }
  }

  private static void fileSystem(AccountView view, InstanceGroupSpec g, String type, String dns,
      Optional<String> mountName, Optional<String> zone, Optional<String> vpcId,
      List<SecurityGroup> groups, Results out) {
    String kind = type.equals(FileSystem.LUSTRE) ? "FSx for Lustre" : "FSx for OpenZFS";
    Optional<FileSystem> fs = view.fileSystems().stream()
        .filter(f -> f.dnsName().equals(dns)).findFirst();
    String subject = g.instanceGroupName() + ":" + fs.map(FileSystem::fileSystemId).orElse(dns);
    boolean found = fs.isPresent() && fs.get().fileSystemType().equals(type)
        && fs.get().available()
        && mountName.map(m -> m.equals(fs.get().mountName())).orElse(true);
    out.check(found, FILE_SYSTEM, subject,
        "the " + kind + " file system the group mounts is AVAILABLE under that DNS name"
            + (mountName.isPresent() ? " and mount name" : ""),
        fs.map(f -> f.fileSystemId() + " " + f.fileSystemType() + " " + f.lifecycle()
            + (mountName.isPresent() ? " mount name " + f.mountName() : ""))
            .orElse("no file system has DNS name " + dns),
        fs.isEmpty() ? "name the DNS name of an existing " + kind + " file system"
            : !fs.get().available() ? "wait until " + fs.get().fileSystemId() + " is AVAILABLE"
                : "use the file system's own type and mount name (aws fsx describe-file-systems)",
        Consequence.LIFECYCLE_FAILURE);
    if (!found) {
      return;
    }
    FileSystem f = fs.get();
    Set<String> fsZones = view.subnets(f.subnetIds()).stream().map(Subnet::availabilityZoneId)
        .collect(Collectors.toCollection(TreeSet::new));
    boolean placed = vpcId.map(f.vpcId()::equals).orElse(false)
        && zone.map(fsZones::contains).orElse(false);
    out.check(placed, PLACEMENT, subject,
        "the file system is in the group's VPC and serves the group's AZ id",
        f.fileSystemId() + " in " + f.vpcId() + " " + fsZones + "; group in "
            + vpcId.orElse("?") + " " + zone.orElse("?"),
        "put the group's subnets in " + f.vpcId() + " and one of " + fsZones
            + " (OverrideVpcConfig), or mount a file system of the group's AZ",
        Consequence.LIFECYCLE_FAILURE);
    for (SecurityGroup sg : groups) {
      List<String> missing = type.equals(FileSystem.LUSTRE)
          ? EfaRules.lustrePortsNotFromSelf(sg).stream().map(p -> "tcp " + p).toList()
          : EfaRules.nfsPortsNotFromSelf(sg);
      boolean lustre = type.equals(FileSystem.LUSTRE);
      out.check(missing.isEmpty(), lustre ? LUSTRE_PORTS : NFS_PORTS,
          g.instanceGroupName() + ":" + sg.groupId(),
          "the security group lets " + (lustre ? "Lustre (TCP 988, 1018-1023)" : "NFS (TCP and UDP 2049)")
              + " in from its members",
          missing.isEmpty() ? "admitted from " + sg.groupId() : "not admitted from itself: " + missing,
          "add an inbound rule from " + sg.groupId() + " itself: all traffic, or "
              + (lustre ? "TCP 988 and 1018-1023" : "TCP and UDP 2049"),
          Consequence.LIFECYCLE_FAILURE);
    }
  }
}
