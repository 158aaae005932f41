package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Filters.Filterable;
import io.hyperpod.prereqs.simulator.internal.ec2.RouteTableRecord.AssociationRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.RouteTableRecord.RouteRecord;
import io.hyperpod.prereqs.spi.ec2.TagDescription;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * EC2's zones, tags, VPCs, subnets and the network interfaces of other services, with AWS's
 * semantics, on the {@link Ec2Store} of the backend's account and region. Checks come before
 * changes. The first EC2 call in a region makes its default VPC (172.31.0.0/16, a default subnet
 * per zone, a main route table to an internet gateway, a {@code default} security group). Use
 * inside a {@link BackendContext#call}; the simulator's HTTP front calls these too.
 */
public final class Ec2Operations {
  static final int MIN_PREFIX = 16;
  static final int MAX_PREFIX = 28;
  /** The default of "VPCs per Region" (L-F678F1CE); the quota in force is what CreateVpc meets. */
  static final int MAX_VPCS = 5;

  /** AWS keeps the first four addresses and the last of every subnet. */
  static final int RESERVED_ADDRESSES = 5;

  private static final String DEFAULT_VPC_CIDR = "172.31.0.0/16";
  private static final int DEFAULT_SUBNET_PREFIX = 20;

  private static final Filterable<VpcRecord> VPC_FILTERS =
      new Filterable<>(
          Set.of(
              "vpc-id",
              "cidr",
              "cidr-block-association.cidr-block",
              "is-default",
              "state",
              "owner-id"),
          v ->
              Map.of(
                  "vpc-id", List.of(v.id),
                  "cidr", List.of(v.cidrBlock),
                  "cidr-block-association.cidr-block", List.of(v.cidrBlock),
                  "is-default", List.of(String.valueOf(v.isDefault)),
                  "state", List.of("available"),
                  "owner-id", List.of(v.ownerId)));

  private static final Filterable<Zones.Zone> ZONE_FILTERS =
      new Filterable<>(
          Set.of(
              "zone-name",
              "zone-id",
              "region-name",
              "state",
              "zone-type",
              "opt-in-status",
              "group-name",
              "group-long-name",
              "network-border-group"),
          z -> {
            String region = z.name().substring(0, z.name().length() - 1);
            return Map.of(
                "zone-name", List.of(z.name()),
                "zone-id", List.of(z.id()),
                "region-name", List.of(region),
                "state", List.of("available"),
                "zone-type", List.of("availability-zone"),
                "opt-in-status", List.of("opt-in-not-required"),
                "group-name", List.of(Zones.groupName(region)),
                "group-long-name", List.of(Zones.groupLongName(region)),
                "network-border-group", List.of(region));
          });

  private static final Filterable<SubnetRecord> SUBNET_FILTERS =
      new Filterable<>(
          Set.of(
              "subnet-id",
              "vpc-id",
              "cidr-block",
              "cidr",
              "availability-zone",
              "availability-zone-id",
              "default-for-az",
              "state",
              "owner-id"),
          s ->
              Map.of(
                  "subnet-id", List.of(s.id),
                  "vpc-id", List.of(s.vpcId),
                  "cidr-block", List.of(s.cidrBlock),
                  "cidr", List.of(s.cidrBlock),
                  "availability-zone", List.of(s.availabilityZone),
                  "availability-zone-id", List.of(s.availabilityZoneId),
                  "default-for-az", List.of(String.valueOf(s.defaultForAz)),
                  "state", List.of("available"),
                  "owner-id", List.of(s.ownerId)));

  private static final Filterable<TagDescription> TAG_FILTERS =
      new Filterable<>(
          Set.of("key", "value", "resource-type", "resource-id"),
          t ->
              Map.of(
                  "key", List.of(t.key()),
                  "value", List.of(t.value()),
                  "resource-type", List.of(t.resourceType()),
                  "resource-id", List.of(t.resourceId())));

  private final BackendContext context;
  private final Ec2Store store;

  public Ec2Operations(BackendContext context) {
    this.context = context;
    this.store = context.regionState().ec2();
    releaseDueInterfaces();
    if (!store.initialized) {
      store.initialized = true;
      createDefaultVpc();
    }
  }

  public Ec2Store store() {
    return store;
  }

  BackendContext context() {
    return context;
  }

  String accountId() {
    return context.accountId();
  }

  String newId(String prefix) {
    return context.ids().hexId(prefix);
  }

  // ---- zones ------------------------------------------------------------------------------

  /** The region's zones as this account names them. */
  public List<Zones.Zone> zones() {
    return Zones.of(context.ids().seed(), context.accountId(), context.region());
  }

  /** The zones that pass DescribeAvailabilityZones' filters. */
  public List<Zones.Zone> zones(Map<String, List<String>> filters) {
    return Ec2Filters.selectPlain(zones(), filters, ZONE_FILTERS);
  }

  /**
   * The zone with this name or id (exactly one given); InvalidParameterValue when the region has
   * none such.
   */
  public Zones.Zone zone(String name, String id) {
    if (name != null && id != null) {
      throw AwsError.EC2_INVALID_PARAMETER_COMBINATION.exception(
          "Only one of availabilityZone and availabilityZoneId may be given");
    }
    List<Zones.Zone> zones = zones();
    if (zones.isEmpty()) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "The region " + context.region() + " has no availability zones in the simulator");
    }
    if (name == null && id == null) {
      return zones.get(0);
    }
    String parameter = name != null ? "availabilityZone" : "availabilityZoneId";
    String value = name != null ? name : id;
    return zones.stream()
        .filter(z -> value.equals(name != null ? z.name() : z.id()))
        .findFirst()
        .orElseThrow(
            () ->
                AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                    "Value ("
                        + value
                        + ") for parameter "
                        + parameter
                        + " is invalid. Subnets can currently only be created in the following"
                        + " availability zones: "
                        + zones.stream()
                            .map(z -> name != null ? z.name() : z.id())
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  // ---- tags -------------------------------------------------------------------------------

  public List<TagDescription> describeTags(Map<String, List<String>> filters) {
    List<TagDescription> all = new ArrayList<>();
    store
        .taggable()
        .forEach(
            r ->
                r.tags.forEach((k, v) -> all.add(TagDescription.of(r.id, r.resourceType(), k, v))));
    return Ec2Filters.selectPlain(all, filters, TAG_FILTERS);
  }

  /** Adds or overwrites tags on every resource; all resources must exist. */
  public void createTags(Collection<String> resourceIds, Map<String, String> tags) {
    Ec2Inputs.required("ResourceId", resourceIds.isEmpty() ? null : resourceIds);
    List<Ec2Record> records = resourceIds.stream().map(this::taggable).toList();
    for (Ec2Record r : records) {
      Map<String, String> merged = new LinkedHashMap<>(r.tags);
      merged.putAll(tags);
      Ec2Inputs.tags(merged);
    }
    records.forEach(r -> r.tags.putAll(tags));
  }

  /** Removes the tag keys from every resource. */
  public void deleteTags(Collection<String> resourceIds, Collection<String> keys) {
    List<Ec2Record> records = resourceIds.stream().map(this::taggable).toList();
    records.forEach(r -> r.tags.keySet().removeAll(keys));
  }

  private Ec2Record taggable(String id) {
    return store
        .taggable()
        .filter(r -> r.id.equals(id))
        .findFirst()
        .orElseThrow(() -> notFoundById(id));
  }

  private static RuntimeException notFoundById(String id) {
    String prefix = id == null ? "" : id.substring(0, Math.max(0, id.indexOf('-') + 1));
    switch (prefix) {
      case "vpc-":
        return vpcNotFound(id);
      case "subnet-":
        return subnetNotFound(id);
      case "sg-":
        return SecurityGroupOperations.groupNotFound(id);
      case "sgr-":
        return AwsError.EC2_RULE_NOT_FOUND.exception(
            "The security group rule ID '" + id + "' does not exist");
      case "rtb-":
        return RoutingOperations.routeTableNotFound(id);
      case "vpce-":
        return RoutingOperations.endpointNotFound(id);
      default:
        return AwsError.EC2_INVALID_ID.exception("The ID '" + id + "' is not valid");
    }
  }

  // ---- VPCs -------------------------------------------------------------------------------

  /** The VPCs with these ids (each must exist) that pass the filters. */
  public List<VpcRecord> describeVpcs(Collection<String> ids, Map<String, List<String>> filters) {
    return Ec2Filters.describe(ids, store.vpcs.values(), this::vpc, filters, VPC_FILTERS);
  }

  /** The VPC; InvalidVpcID.Malformed or InvalidVpcID.NotFound. */
  public VpcRecord vpc(String id) {
    Ec2Inputs.id(id, "vpc-", AwsError.EC2_VPC_MALFORMED);
    return store.vpc(id).orElseThrow(() -> vpcNotFound(id));
  }

  static RuntimeException vpcNotFound(String id) {
    return AwsError.EC2_VPC_NOT_FOUND.exception("The vpc ID '" + id + "' does not exist");
  }

  public VpcRecord createVpc(String cidrBlock, Map<String, String> tags) {
    Ec2Inputs.required("CidrBlock", cidrBlock);
    Ipv4Block block = block(cidrBlock, "cidrBlock");
    if (block.prefixLength() < MIN_PREFIX || block.prefixLength() > MAX_PREFIX) {
      throw AwsError.EC2_VPC_RANGE.exception(
          "The CIDR '" + cidrBlock + "' is invalid.",
          "The CIDR '" + cidrBlock + "' is invalid: a VPC block is /16 to /28.");
    }
    Ec2Inputs.tags(tags);
    double limit = io.hyperpod.prereqs.simulator.internal.quotas.QuotasOperations.valueInForce(
        context, io.hyperpod.prereqs.internal.quotas.HyperPodQuotaNames.VPCS);
    if (store.vpcs.size() >= limit) {
      throw AwsError.EC2_VPC_LIMIT_EXCEEDED.exception(
          "The maximum number of VPCs has been reached.",
          "The maximum number of VPCs has been reached (" + (long) limit + " per region: the"
              + " quota 'VPCs per Region', L-F678F1CE).");
    }
    VpcRecord vpc = newVpc(block.toString(), false);
    vpc.tags.putAll(tags);
    return vpc;
  }

  public boolean vpcAttribute(String vpcId, VpcAttribute attribute) {
    VpcRecord vpc = vpc(vpcId);
    return attribute == VpcAttribute.ENABLE_DNS_SUPPORT
        ? vpc.enableDnsSupport
        : vpc.enableDnsHostnames;
  }

  /** Host names need DNS support: turning them on without it is InvalidParameterValue. */
  public void modifyVpcAttribute(String vpcId, VpcAttribute attribute, boolean value) {
    VpcRecord vpc = vpc(vpcId);
    if (attribute == VpcAttribute.ENABLE_DNS_SUPPORT) {
      if (!value && vpc.enableDnsHostnames) {
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "enableDnsSupport cannot be turned off while enableDnsHostnames is on (" + vpcId + ")");
      }
      vpc.enableDnsSupport = value;
    } else {
      if (value && !vpc.enableDnsSupport) {
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "enableDnsHostnames needs enableDnsSupport (" + vpcId + ")");
      }
      vpc.enableDnsHostnames = value;
    }
  }

  /**
   * Deletes the VPC with its main route table and default group; DependencyViolation while it has
   * subnets, other groups, endpoints, other route tables or interfaces.
   */
  public void deleteVpc(String vpcId) {
    VpcRecord vpc = vpc(vpcId);
    List<String> dependents = new ArrayList<>();
    store.subnets.values().stream()
        .filter(s -> s.vpcId.equals(vpcId))
        .forEach(s -> dependents.add(s.id));
    store.securityGroups.values().stream()
        .filter(g -> g.vpcId.equals(vpcId) && !g.isDefault)
        .forEach(g -> dependents.add(g.id));
    store.endpoints.values().stream()
        .filter(e -> e.vpcId.equals(vpcId))
        .forEach(e -> dependents.add(e.id));
    store.routeTables.values().stream()
        .filter(t -> t.vpcId.equals(vpcId) && !t.main())
        .forEach(t -> dependents.add(t.id));
    if (!dependents.isEmpty()) {
      throw AwsError.EC2_DEPENDENCY_VIOLATION.exception(
          "The vpc '" + vpcId + "' has dependencies and cannot be deleted.",
          "The vpc '" + vpcId + "' has dependencies and cannot be deleted. (" + dependents + ")");
    }
    store.routeTables.values().removeIf(t -> t.vpcId.equals(vpcId));
    store.securityGroups.values().removeIf(g -> g.vpcId.equals(vpcId));
    store.vpcs.remove(vpc.id);
  }

  private VpcRecord newVpc(String cidr, boolean isDefault) {
    VpcRecord vpc = new VpcRecord();
    vpc.id = newId("vpc-");
    vpc.cidrBlock = cidr;
    vpc.isDefault = isDefault;
    vpc.ownerId = accountId();
    vpc.enableDnsSupport = true;
    vpc.enableDnsHostnames = isDefault;
    store.vpcs.put(vpc.id, vpc);

    RouteTableRecord main = new RouteTableRecord();
    main.id = newId("rtb-");
    main.vpcId = vpc.id;
    main.ownerId = accountId();
    RouteRecord local = new RouteRecord();
    local.destinationCidrBlock = cidr;
    local.gatewayId = "local";
    local.origin = "CreateRouteTable";
    main.routes.add(local);
    AssociationRecord association = new AssociationRecord();
    association.associationId = newId("rtbassoc-");
    association.main = true;
    main.associations.add(association);
    store.routeTables.put(main.id, main);

    SecurityGroupRecord group = new SecurityGroupRecord();
    group.id = newId("sg-");
    group.groupName = "default";
    group.description = "default VPC security group";
    group.vpcId = vpc.id;
    group.ownerId = accountId();
    group.isDefault = true;
    store.securityGroups.put(group.id, group);
    SecurityGroupOperations.addRule(
        this, group, false, "-1", null, null, r -> r.referencedGroupId = group.id);
    SecurityGroupOperations.addRule(
        this, group, true, "-1", null, null, r -> r.cidrIpv4 = "0.0.0.0/0");
    return vpc;
  }

  private void createDefaultVpc() {
    VpcRecord vpc = newVpc(DEFAULT_VPC_CIDR, true);
    RouteRecord internet = new RouteRecord();
    internet.destinationCidrBlock = "0.0.0.0/0";
    internet.gatewayId = newId("igw-");
    internet.origin = "CreateRoute";
    store.routeTables.values().stream()
        .filter(t -> t.vpcId.equals(vpc.id))
        .forEach(t -> t.routes.add(internet));
    Ipv4Block block = Ipv4Block.of(DEFAULT_VPC_CIDR);
    List<Zones.Zone> zones = zones();
    for (int i = 0; i < zones.size(); i++) {
      SubnetRecord subnet =
          newSubnet(vpc.id, block.split(DEFAULT_SUBNET_PREFIX, i).toString(), zones.get(i));
      subnet.defaultForAz = true;
      subnet.mapPublicIpOnLaunch = true;
    }
  }

  // ---- subnets ----------------------------------------------------------------------------

  public List<SubnetRecord> describeSubnets(
      Collection<String> ids, Map<String, List<String>> filters) {
    return Ec2Filters.describe(ids, store.subnets.values(), this::subnet, filters, SUBNET_FILTERS);
  }

  public SubnetRecord subnet(String id) {
    Ec2Inputs.id(id, "subnet-", AwsError.EC2_SUBNET_MALFORMED);
    return store.subnet(id).orElseThrow(() -> subnetNotFound(id));
  }

  static RuntimeException subnetNotFound(String id) {
    return AwsError.EC2_SUBNET_NOT_FOUND.exception("The subnet ID '" + id + "' does not exist");
  }

  /**
   * Creates a subnet in the zone named by {@code zoneName} or {@code zoneId} (at most one; neither:
   * the first zone).
   */
  public SubnetRecord createSubnet(
      String vpcId, String cidrBlock, String zoneName, String zoneId, Map<String, String> tags) {
    Ec2Inputs.required("VpcId", vpcId);
    Ec2Inputs.required("CidrBlock", cidrBlock);
    VpcRecord vpc = vpc(vpcId);
    Ipv4Block block = block(cidrBlock, "cidrBlock");
    if (block.prefixLength() < MIN_PREFIX
        || block.prefixLength() > MAX_PREFIX
        || !Ipv4Block.of(vpc.cidrBlock).contains(block)) {
      throw AwsError.EC2_SUBNET_RANGE.exception(
          "The CIDR '" + cidrBlock + "' is invalid.",
          "The CIDR '"
              + cidrBlock
              + "' is invalid: a subnet block is /16 to /28 inside the"
              + " VPC's "
              + vpc.cidrBlock
              + ".");
    }
    store.subnets.values().stream()
        .filter(s -> s.vpcId.equals(vpcId) && Ipv4Block.of(s.cidrBlock).overlaps(block))
        .findFirst()
        .ifPresent(
            s -> {
              throw AwsError.EC2_SUBNET_CONFLICT.exception(
                  "The CIDR '" + cidrBlock + "' conflicts with another subnet",
                  "The CIDR '"
                      + cidrBlock
                      + "' conflicts with another subnet ("
                      + s.id
                      + " "
                      + s.cidrBlock
                      + ")");
            });
    Zones.Zone zone = zone(zoneName, zoneId);
    Ec2Inputs.tags(tags);
    SubnetRecord subnet = newSubnet(vpcId, block.toString(), zone);
    subnet.tags.putAll(tags);
    return subnet;
  }

  private SubnetRecord newSubnet(String vpcId, String cidr, Zones.Zone zone) {
    SubnetRecord subnet = new SubnetRecord();
    subnet.id = newId("subnet-");
    subnet.vpcId = vpcId;
    subnet.cidrBlock = cidr;
    subnet.availabilityZone = zone.name();
    subnet.availabilityZoneId = zone.id();
    subnet.ownerId = accountId();
    store.subnets.put(subnet.id, subnet);
    return subnet;
  }

  /** The block less AWS's reserved addresses and the interfaces in the subnet. */
  public int availableIpAddressCount(SubnetRecord subnet) {
    long used =
        store.networkInterfaces.values().stream().filter(n -> n.subnetId.equals(subnet.id)).count();
    return (int) (Ipv4Block.of(subnet.cidrBlock).size() - RESERVED_ADDRESSES - used);
  }

  /** DependencyViolation while interfaces are in it; its own route table association goes. */
  public void deleteSubnet(String subnetId) {
    SubnetRecord subnet = subnet(subnetId);
    List<String> interfaces =
        store.networkInterfaces.values().stream()
            .filter(n -> n.subnetId.equals(subnetId))
            .map(n -> n.id + " (" + n.description + ")")
            .toList();
    if (!interfaces.isEmpty()) {
      throw AwsError.EC2_DEPENDENCY_VIOLATION.exception(
          "The subnet '" + subnetId + "' has dependencies and cannot be deleted.",
          "The subnet '"
              + subnetId
              + "' has dependencies and cannot be deleted. (network"
              + " interfaces "
              + interfaces
              + ")");
    }
    store
        .routeTables
        .values()
        .forEach(t -> t.associations.removeIf(a -> subnetId.equals(a.subnetId)));
    store.subnets.remove(subnet.id);
  }

  // ---- network interfaces of other services -----------------------------------------------

  /**
   * Puts {@code count} interfaces of another service (e.g. an FSx file system) into a subnet with
   * these groups; InvalidParameterValue when the subnet lacks free addresses.
   */
  public List<String> addServiceInterfaces(
      String subnetId, Collection<String> groupIds, int count, String type, String description) {
    SubnetRecord subnet = subnet(subnetId);
    if (availableIpAddressCount(subnet) < count) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "The subnet '"
              + subnetId
              + "' has only "
              + availableIpAddressCount(subnet)
              + " free addresses; "
              + count
              + " are needed");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      NetworkInterfaceRecord n = new NetworkInterfaceRecord();
      n.id = newId("eni-");
      n.subnetId = subnetId;
      n.vpcId = subnet.vpcId;
      n.groupIds.addAll(groupIds);
      n.interfaceType = type;
      n.description = description;
      n.requesterManaged = true;
      NetworkInterfaceOperations interfaces = new NetworkInterfaceOperations(context);
      n.privateIpAddress = interfaces.allocate(subnet, null);
      n.macAddress = interfaces.mac();
      store.networkInterfaces.put(n.id, n);
      ids.add(n.id);
    }
    return ids;
  }

  /** Lets the interfaces go at {@code when} (their owner is gone by then). */
  public void releaseInterfaces(Collection<String> ids, Instant when) {
    ids.forEach(
        id ->
            Optional.ofNullable(store.networkInterfaces.get(id))
                .ifPresent(n -> n.releasedAt = when));
    releaseDueInterfaces();
  }

  private void releaseDueInterfaces() {
    Instant now = context.now();
    store
        .networkInterfaces
        .values()
        .removeIf(n -> n.releasedAt != null && !n.releasedAt.isAfter(now));
  }

  private static Ipv4Block block(String text, String parameter) {
    return Ipv4Block.parse(text)
        .orElseThrow(
            () ->
                AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                    "Value ("
                        + text
                        + ") for parameter "
                        + parameter
                        + " is invalid. This is"
                        + " not a valid CIDR block."));
  }
}
