package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.network.NetworkReads.ZoneList;
import io.hyperpod.prereqs.internal.network.SubnetResource.SubnetState;
import io.hyperpod.prereqs.internal.network.VpcResource.VpcState;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.spec.Fsx;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SubnetRef;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network's checks on the spec and what planning observed (stable ids; each message says what
 * to change): the region and AZ id, the subnets in one AZ id and one VPC, the security group's EFA
 * and Lustre rules, S3 reachable from every subnet (the groups' own subnets too), and enough free
 * addresses.
 */
final class NetworkChecks {
  private NetworkChecks() {}

  static List<Finding> check(StackModel model, ObserveContext ctx, Observations observed) {
    Network network = model.spec().network().orElseThrow();
    List<Finding> out = new ArrayList<>();
    zones(model, network, NetworkReads.zones(ctx), out);
    Optional<VpcState> vpc = observed.get(NetworkAddresses.VPC);
    Optional<String> vpcId = vpc.map(v -> v.vpc().vpcId());
    subnets(model, network, observed, vpcId, out);
    Optional<SecurityGroup> group = observed.get(NetworkAddresses.SECURITY_GROUP);
    if (network.securityGroup().id().isPresent() && group.isPresent()) {
      adoptedGroup(model, group.get(), vpcId, NetworkAddresses.SECURITY_GROUP, out);
    }
    additionalGroups(model, ctx, network, vpcId, out);
    s3Reach(model, ctx, network, observed, vpcId, out);
    addresses(model, network, observed, out);
    ZoneSpread.check(model, out);
    return out;
  }

  private static void zones(StackModel model, Network network, ZoneList zones, List<Finding> out) {
    String region = model.region();
    if (zones.failure().isPresent() || zones.zones().isEmpty()) {
      out.add(
          Finding.error(
              "network.region.unavailable",
              null,
              "EC2 lists no availability zones of "
                  + region
                  + " for account "
                  + model.account()
                  + zones
                      .failure()
                      .map(e -> " (" + e.errorCode() + ": " + e.getMessage() + ")")
                      .orElse("")
                  + "; the region is not enabled for the account",
              "enable "
                  + region
                  + " for the account (AWS console: Account, AWS Regions), or choose"
                  + " another region"));
      return;
    }
    String azId = network.availabilityZoneId();
    if (zones.byId(azId).isEmpty()) {
      out.add(
          Finding.error(
              "network.availability-zone.unknown",
              NetworkAddresses.VPC,
              "network.availabilityZoneId "
                  + azId
                  + " is not a zone of "
                  + region
                  + "; its zones are "
                  + zones.zones().stream()
                      .map(z -> z.zoneId() + " (" + z.zoneName() + " in this account)")
                      .collect(Collectors.joining(", ")),
              "use one of "
                  + zones.zones().stream()
                      .map(AvailabilityZone::zoneId)
                      .collect(Collectors.joining(", "))));
    }
  }

  private static void subnets(StackModel model,
      Network network, Observations observed, Optional<String> vpcId, List<Finding> out) {
    for (NetworkComponent.PlacedSubnet placed : NetworkComponent.placedSubnets(model)) {
      SubnetRef ref = placed.ref();
      Optional<SubnetState> s = observed.get(NetworkAddresses.subnet(ref));
      if (s.isEmpty() || ref.id().isEmpty()) {
        continue;
      }
      String id = ref.id().get();
      String zone = s.get().subnet().availabilityZoneId();
      if (!placed.groupName().isEmpty() && !zone.equals(placed.zoneId())) {
        out.add(Finding.error("network.subnet.availability-zone", NetworkAddresses.subnet(ref),
            "subnet " + id + " is in " + zone + ", not in instanceGroups[" + placed.groupName()
                + "].network.availabilityZoneId " + placed.zoneId()
                + ": a group's subnets must be in its one AZ id",
            "use a subnet of " + placed.zoneId() + ", or set the group's availabilityZoneId: "
                + zone));
      } else if (placed.groupName().isEmpty() && !zone.equals(network.availabilityZoneId())) {
        out.add(
            Finding.error(
                "network.subnet.availability-zone",
                NetworkAddresses.subnet(ref),
                "subnet "
                    + id
                    + " is in "
                    + zone
                    + " ("
                    + s.get().subnet().availabilityZone()
                    + "), not in network.availabilityZoneId "
                    + network.availabilityZoneId()
                    + ": all the cluster's subnets must be in one AZ, the AZ of FSx, and EFA"
                    + " traffic does not cross zones",
                "use a subnet of "
                    + network.availabilityZoneId()
                    + ", or set"
                    + " network.availabilityZoneId: "
                    + zone
                    + " if all subnets are there"));
      }
      if (vpcId.isPresent() && !s.get().subnet().vpcId().equals(vpcId.get())) {
        out.add(
            Finding.error(
                "network.subnet.vpc",
                NetworkAddresses.subnet(ref),
                "subnet "
                    + id
                    + " is in "
                    + s.get().subnet().vpcId()
                    + ", not in the cluster's VPC "
                    + vpcId.get()
                    + ": CreateCluster takes subnets and security groups of one VPC",
                "use subnets of "
                    + vpcId.get()
                    + ", or set network.vpc.id: "
                    + s.get().subnet().vpcId()));
      }
    }
  }

  /**
   * The additional groups the cluster gets: each exists, is in the cluster's VPC and has what the
   * cluster's own group needs (EFA's self rules, Lustre's ports with FSx, no open egress).
   */
  private static void additionalGroups(StackModel model, ObserveContext ctx, Network network,
      Optional<String> vpcId, List<Finding> out) {
    List<SecurityGroup> found = NetworkReads.groups(ctx, model);
    for (String id : network.additionalSecurityGroupIds()) {
      io.hyperpod.prereqs.plan.ResourceAddress address = NetworkAddresses.additionalGroup(id);
      Optional<SecurityGroup> g = found.stream().filter(x -> x.groupId().equals(id)).findFirst();
      if (g.isEmpty()) {
        out.add(io.hyperpod.prereqs.internal.engine.Adoption.notFound(
            "network.security-group.not-found", address, "network.additionalSecurityGroupIds[]",
            id, model, "ec2 describe-security-groups", "network.securityGroup.create (one group)"));
      } else {
        adoptedGroup(model, g.get(), vpcId, address, out);
      }
    }
  }

  private static void adoptedGroup(StackModel model, SecurityGroup g, Optional<String> vpcId,
      io.hyperpod.prereqs.plan.ResourceAddress address, List<Finding> out) {
    if (vpcId.isPresent() && !g.vpcId().equals(vpcId.get())) {
      out.add(
          Finding.error(
              "network.security-group.vpc",
              address,
              "security group "
                  + g.groupId()
                  + " is in "
                  + g.vpcId()
                  + ", not in the cluster's VPC "
                  + vpcId.get(),
              "use a security group of "
                  + vpcId.get()
                  + ", or let the tool create one with"
                  + " network.securityGroup: {create: {name: ...}}"));
    }
    List<String> missing = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    String region = " --region " + model.region();
    if (!EfaRules.selfIngress(g)) {
      missing.add("all inbound traffic from itself");
      commands.add(
          "aws ec2 authorize-security-group-ingress --group-id "
              + g.groupId()
              + " --ip-permissions IpProtocol=-1,UserIdGroupPairs=[{GroupId="
              + g.groupId()
              + "}]"
              + region);
    }
    if (!EfaRules.selfEgress(g)) {
      missing.add(
          "all outbound traffic to itself (a rule to a block such as 0.0.0.0/0 does"
              + " not count)");
      commands.add(
          "aws ec2 authorize-security-group-egress --group-id "
              + g.groupId()
              + " --ip-permissions IpProtocol=-1,UserIdGroupPairs=[{GroupId="
              + g.groupId()
              + "}]"
              + region);
    }
    if (!missing.isEmpty()) {
      out.add(
          Finding.error(
              "network.security-group.efa-self-rules",
              address,
              "security group "
                  + g.groupId()
                  + " does not allow "
                  + String.join(" nor ", missing)
                  + "; EFA health checks of p4d/p5/trn1 instances fail without both",
              String.join("; ", commands)));
    }
    if (model.spec().fsx().isPresent()) {
      List<Integer> ports = EfaRules.lustrePortsNotFromSelf(g);
      if (!ports.isEmpty()) {
        out.add(
            Finding.error(
                "network.security-group.lustre-ports",
                address,
                "security group "
                    + g.groupId()
                    + " does not let Lustre's TCP ports "
                    + ports
                    + " in from itself; the nodes could not mount FSx (and FSx refuses to create a"
                    + " file system in such a group)",
                "allow all inbound traffic from the group itself (which EFA needs too), or at least"
                    + " TCP 988 and 1018-1023 from it"));
      }
    }
    if (model.spec().openZfs().isPresent()) {
      List<String> nfs = EfaRules.nfsPortsNotFromSelf(g);
      if (!nfs.isEmpty()) {
        out.add(
            Finding.error(
                "network.security-group.nfs-ports",
                address,
                "security group " + g.groupId() + " does not let NFS (" + String.join(", ", nfs)
                    + ") in from itself; the nodes could not mount the OpenZFS file system",
                "allow all inbound traffic from the group itself (which EFA needs too), or at least"
                    + " TCP and UDP 2049 from it: aws ec2 authorize-security-group-ingress"
                    + " --group-id " + g.groupId() + " --ip-permissions"
                    + " IpProtocol=tcp,FromPort=2049,ToPort=2049,UserIdGroupPairs=[{GroupId="
                    + g.groupId() + "}] IpProtocol=udp,FromPort=2049,ToPort=2049,UserIdGroupPairs="
                    + "[{GroupId=" + g.groupId() + "}]"));
      }
    }
    EfaRules.openEgress(g)
        .ifPresent(
            open ->
                out.add(
                    Finding.warning(
                        "network.security-group.open-egress",
                        address,
                        "security group "
                            + g.groupId()
                            + " allows "
                            + EfaRules.describe(open)
                            + " outbound; AWS advises against outbound rules to 0.0.0.0/0 on EFA"
                            + " security groups (EFA health checks may fail)",
                        "revoke it (aws ec2 revoke-security-group-egress --group-id "
                            + g.groupId()
                            + " --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]) and"
                            + " allow HTTPS to S3's prefix list instead")));
  }

  private static void s3Reach(
      StackModel model,
      ObserveContext ctx,
      Network network,
      Observations observed,
      Optional<String> vpcId,
      List<Finding> out) {
    Optional<String> s3List = NetworkReads.s3PrefixListId(ctx, model.region());
    Optional<VpcEndpoint> endpoint = observed.get(NetworkAddresses.S3_ENDPOINT);
    boolean endpointCoversAll =
        network.s3GatewayEndpoint() && endpoint.map(e -> model.ownedBy(e.tags())).orElse(true);
    if (endpointCoversAll) {
      return;
    }
    List<RouteTable> tables = vpcId.map(id -> NetworkReads.routeTables(ctx, id)).orElse(List.of());
    Set<SubnetRef> reported = new HashSet<>();
    for (NetworkComponent.PlacedSubnet placed : NetworkComponent.placedSubnets(model)) {
      SubnetRef ref = placed.ref();
      if (!reported.add(ref)) {
        continue;
      }
      Optional<SubnetState> s = observed.get(NetworkAddresses.subnet(ref));
      Optional<RouteTable> table =
          s.isPresent()
              ? s.get()
                  .routeTableId()
                  .flatMap(
                      id -> tables.stream().filter(t -> t.routeTableId().equals(id)).findFirst())
              : tables.stream().filter(RouteTable::main).findFirst();
      boolean reaches =
          table.map(t -> S3Routes.reachesS3(t, s3List)).orElse(false)
              || (network.s3GatewayEndpoint()
                  && table.isPresent()
                  && endpoint.isPresent()
                  && endpoint.get().routeTableIds().contains(table.get().routeTableId()));
      if (reaches) {
        continue;
      }
      String subnet =
          s.map(x -> x.subnet().subnetId()).orElse(NetworkAddresses.subnet(ref).toString());
      String tableId = table.map(RouteTable::routeTableId).orElse("the new VPC's main table");
      String fix =
          network.s3GatewayEndpoint() && endpoint.isPresent()
              ? "add the route table to the VPC's S3 endpoint: aws ec2 modify-vpc-endpoint"
                  + " --vpc-endpoint-id "
                  + endpoint.get().vpcEndpointId()
                  + " --add-route-table-ids "
                  + tableId
              : "set network.s3GatewayEndpoint: true (the tool creates the endpoint on the subnets'"
                  + " route tables), or route 0.0.0.0/0 of "
                  + tableId
                  + " to a NAT gateway";
      out.add(
          Finding.error(
              "network.subnet.s3-unreachable",
              NetworkAddresses.subnet(ref),
              "subnet "
                  + subnet
                  + (placed.groupName().isEmpty()
                      ? ""
                      : " of instanceGroups[" + placed.groupName() + "].network")
                  + " (route table "
                  + tableId
                  + ") has no way to S3: no route to"
                  + " an S3 gateway endpoint and none to a NAT gateway; HyperPod's nodes have no"
                  + " internet of their own and could not read the lifecycle scripts",
              fix));
    }
  }

  private static void addresses(
      StackModel model, Network network, Observations observed, List<Finding> out) {
    long free = 0;
    for (SubnetRef ref : NetworkComponent.placedSubnets(model).stream()
        .map(NetworkComponent.PlacedSubnet::ref).distinct().toList()) {
      Optional<SubnetState> s = observed.get(NetworkAddresses.subnet(ref));
      if (s.isPresent()) {
        free += s.get().subnet().availableIpAddressCount();
      } else if (ref.create().isPresent()) {
        String cidr = ref.create().get().cidr();
        free +=
            AddressBudget.freeInNewSubnet(Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1)));
      }
    }
    int instances = AddressBudget.instances(model.instanceGroups());
    Optional<FileSystem> fs = observed.get(StackModel.FSX);
    int fileSystem =
        fs.isPresent()
            ? 0
            : model
                .spec()
                .fsx()
                .flatMap(Fsx::create)
                .map(c -> AddressBudget.fileSystem(c.storageCapacityGiB()))
                .orElse(0);
    if (instances + fileSystem > free) {
      out.add(
          Finding.error(
              "network.subnet.free-addresses",
              NetworkAddresses.VPC,
              "the cluster's subnets have "
                  + free
                  + " free addresses, and the cluster needs "
                  + instances
                  + (fileSystem > 0
                      ? " plus about " + fileSystem + " for the new FSx" + " file system"
                      : "")
                  + " (in Slurm mode an instance takes one address per network card: "
                  + model.instanceGroups().stream()
                      .map(
                          g ->
                              g.count()
                                  + " x "
                                  + g.instanceType()
                                  + " = "
                                  + g.count() * AddressBudget.perInstance(g.instanceType()))
                      .collect(Collectors.joining(", "))
                  + ")",
              "give the subnets larger blocks (a /20 has 4,091 free addresses), add subnets of the"
                  + " same AZ, or lower instance counts; a subnet cannot be resized"));
    }
  }
}
