package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EC2 network interfaces with AWS's semantics: each takes a free private address of its subnet
 * (AWS keeps the first four and the last; InsufficientFreeAddressesInSubnet when none is left),
 * the VPC's default security group unless groups are given, attachment to an instance (a HyperPod
 * node's), and no deletion while attached or managed by a service. Use inside a call.
 */
public final class NetworkInterfaceOperations {
  static final int FIRST_HOST = 4;

  private static final Ec2Filters.Filterable<NetworkInterfaceRecord> FILTERS =
      new Ec2Filters.Filterable<>(
          Set.of(
              "network-interface-id", "subnet-id", "vpc-id", "status", "description",
              "group-id", "private-ip-address", "attachment.instance-id",
              "attachment.attachment-id", "requester-managed", "interface-type",
              "availability-zone"),
          n -> {
            Map<String, List<String>> values = new java.util.HashMap<>();
            values.put("network-interface-id", List.of(n.id));
            values.put("subnet-id", List.of(n.subnetId));
            values.put("vpc-id", List.of(n.vpcId));
            values.put("status", List.of(n.status()));
            values.put("description", List.of(n.description == null ? "" : n.description));
            values.put("group-id", List.copyOf(n.groupIds));
            values.put("private-ip-address", List.of(String.valueOf(n.privateIpAddress)));
            values.put("requester-managed", List.of(String.valueOf(n.requesterManaged)));
            values.put("interface-type", List.of(n.interfaceType == null ? "interface" : n.interfaceType));
            if (n.instanceId != null) {
              values.put("attachment.instance-id", List.of(n.instanceId));
              values.put("attachment.attachment-id", List.of(n.attachmentId));
            }
            return values;
          });

  private final BackendContext context;
  private final Ec2Operations ec2;
  private final Ec2Store store;

  public NetworkInterfaceOperations(BackendContext context) {
    this.context = context;
    this.ec2 = new Ec2Operations(context);
    this.store = ec2.store();
  }

  public NetworkInterfaceRecord create(
      String subnetId,
      String description,
      Collection<String> groupIds,
      String privateIpAddress,
      Map<String, String> tags) {
    Ec2Inputs.required("SubnetId", subnetId);
    SubnetRecord subnet = ec2.subnet(subnetId);
    SecurityGroupOperations groups = new SecurityGroupOperations(context);
    List<String> groupList =
        groupIds.isEmpty()
            ? store.securityGroups.values().stream()
                .filter(g -> g.vpcId.equals(subnet.vpcId) && g.groupName.equals("default"))
                .map(g -> g.id)
                .toList()
            : groupIds.stream().map(id -> groups.group(id).id).toList();
    NetworkInterfaceRecord n = new NetworkInterfaceRecord();
    n.id = ec2.newId("eni-");
    n.subnetId = subnet.id;
    n.vpcId = subnet.vpcId;
    n.groupIds.addAll(groupList);
    n.description = description == null ? "" : description;
    n.interfaceType = "interface";
    n.privateIpAddress = allocate(subnet, privateIpAddress);
    n.macAddress = mac();
    n.tags.putAll(tags);
    store.networkInterfaces.put(n.id, n);
    return n;
  }

  public List<NetworkInterfaceRecord> describe(
      Collection<String> ids, Map<String, List<String>> filters) {
    return Ec2Filters.describe(
        ids, store.networkInterfaces.values(), this::get, filters, FILTERS);
  }

  public NetworkInterfaceRecord get(String id) {
    Ec2Inputs.id(id, "eni-", AwsError.EC2_ENI_MALFORMED);
    NetworkInterfaceRecord n = store.networkInterfaces.get(id);
    if (n == null) {
      throw AwsError.EC2_ENI_NOT_FOUND.exception(
          "The networkInterface ID '" + id + "' does not exist");
    }
    return n;
  }

  public void delete(String id) {
    NetworkInterfaceRecord n = get(id);
    if (n.attachmentId != null || n.requesterManaged) {
      throw AwsError.EC2_ENI_IN_USE.exception(
          "The network interface '" + id + "' is currently in use.");
    }
    store.networkInterfaces.remove(id);
  }

  /** Attaches the interface to an instance; the attachment's id. */
  public NetworkInterfaceRecord attach(String id, String instanceId, Integer deviceIndex) {
    Ec2Inputs.required("InstanceId", instanceId);
    Ec2Inputs.required("DeviceIndex", deviceIndex == null ? null : deviceIndex.toString());
    NetworkInterfaceRecord n = get(id);
    if (!context.regionState().sageMaker().hasNode(instanceId)) {
      throw AwsError.EC2_INSTANCE_NOT_FOUND.exception(
          "The instance ID '" + instanceId + "' does not exist");
    }
    if (n.attachmentId != null) {
      throw AwsError.EC2_ENI_IN_USE.exception(
          "Interface: [" + id + "] in use.");
    }
    n.attachmentId = ec2.newId("eni-attach-");
    n.instanceId = instanceId;
    n.deviceIndex = deviceIndex;
    n.attachTime = context.now();
    return n;
  }

  public void detach(String attachmentId) {
    Ec2Inputs.required("AttachmentId", attachmentId);
    NetworkInterfaceRecord n =
        store.networkInterfaces.values().stream()
            .filter(i -> attachmentId.equals(i.attachmentId))
            .findFirst()
            .orElseThrow(
                () ->
                    AwsError.EC2_ATTACHMENT_NOT_FOUND.exception(
                        "The attachment ID '" + attachmentId + "' does not exist"));
    n.attachmentId = null;
    n.instanceId = null;
    n.deviceIndex = null;
    n.attachTime = null;
  }

  /**
   * A free address of the subnet: the requested one (InvalidIPAddress.InUse when taken,
   * InvalidParameterValue outside the subnet), or the lowest free one.
   */
  String allocate(SubnetRecord subnet, String requested) {
    Ipv4Block block = Ipv4Block.of(subnet.cidrBlock);
    Set<String> taken = new HashSet<>();
    store.networkInterfaces.values().stream()
        .filter(n -> n.subnetId.equals(subnet.id))
        .forEach(n -> taken.add(n.privateIpAddress));
    if (requested != null) {
      long offset = block.offsetOf(requested);
      if (offset < FIRST_HOST || offset >= block.size() - 1) {
        throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
            "Address does not fall within the subnet's address range");
      }
      if (taken.contains(requested)) {
        throw AwsError.EC2_IP_IN_USE.exception("The specified address is already in use.");
      }
      return requested;
    }
    for (long offset = FIRST_HOST; offset < block.size() - 1; offset++) {
      String address = block.address(offset);
      if (!taken.contains(address)) {
        return address;
      }
    }
    throw insufficient();
  }

  static RuntimeException insufficient() {
    return AwsError.EC2_INSUFFICIENT_FREE_ADDRESSES.exception(
        "The specified subnet does not have enough free addresses to satisfy the request.");
  }

  String mac() {
    String hex = context.ids().hexId("", 10);
    StringBuilder mac = new StringBuilder("02");
    for (int i = 0; i < 10; i += 2) {
      mac.append(':').append(hex, i, i + 2);
    }
    return mac.toString();
  }
}
