package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Operations;
import io.hyperpod.prereqs.simulator.internal.ec2.NetworkInterfaceOperations;
import io.hyperpod.prereqs.simulator.internal.ec2.NetworkInterfaceRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.SecurityGroupRecord;
import io.hyperpod.prereqs.simulator.internal.ec2.SubnetRecord;

/**
 * EC2 network interfaces on the wire: Create/Describe/DeleteNetworkInterface(s),
 * Attach/DetachNetworkInterface, with the interface's private address from its subnet.
 */
final class Ec2InterfaceActions {
  private Ec2InterfaceActions() {}

  static void register(Ec2QueryService ec2) {
    ec2.action(
        "CreateNetworkInterface",
        (p, c, x) ->
            item(
                x,
                "networkInterface",
                c,
                ops(c)
                    .create(
                        p.get("SubnetId"),
                        p.get("Description"),
                        p.flatList("SecurityGroupId"),
                        p.get("PrivateIpAddress"),
                        Ec2Params.tagSpecifications(p))));
    ec2.action(
        "DescribeNetworkInterfaces",
        (p, c, x) ->
            Ec2Params.describe(
                x,
                p,
                "networkInterfaceSet",
                ops(c).describe(p.flatList("NetworkInterfaceId"), Ec2Params.filters(p)),
                NetworkInterfaceRecord::id,
                n -> item(x, "item", c, n)));
    ec2.action(
        "DeleteNetworkInterface",
        (p, c, x) -> {
          ops(c).delete(p.required("NetworkInterfaceId"));
          Ec2QueryService.success(x);
        });
    ec2.action(
        "AttachNetworkInterface",
        (p, c, x) -> {
          NetworkInterfaceRecord n =
              ops(c)
                  .attach(
                      p.required("NetworkInterfaceId"),
                      p.get("InstanceId"),
                      p.integer("DeviceIndex"));
          x.element("attachmentId", n.attachmentId()).element("networkCardIndex", 0);
        });
    ec2.action(
        "DetachNetworkInterface",
        (p, c, x) -> {
          ops(c).detach(p.get("AttachmentId"));
          Ec2QueryService.success(x);
        });
  }

  private static void item(Xml x, String name, BackendContext c, NetworkInterfaceRecord n) {
    Ec2Operations ec2 = new Ec2Operations(c);
    SubnetRecord subnet = ec2.store().subnet(n.subnetId()).orElse(null);
    String dns =
        "ip-" + n.privateIpAddress().replace('.', '-') + "." + c.region() + ".compute.internal";
    x.start(name)
        .element("networkInterfaceId", n.id())
        .element("subnetId", n.subnetId())
        .element("vpcId", n.vpcId())
        .element("availabilityZone", subnet == null ? null : subnet.availabilityZone())
        .element("description", n.description())
        .element("ownerId", c.accountId())
        .element("requesterManaged", n.requesterManaged())
        .element("status", n.status())
        .element("macAddress", n.macAddress())
        .element("privateIpAddress", n.privateIpAddress())
        .element("privateDnsName", dns)
        .element("sourceDestCheck", true)
        .element("interfaceType", n.interfaceType());
    x.start("groupSet");
    for (String groupId : n.groupIds()) {
      String groupName =
          ec2.store().securityGroup(groupId).map(SecurityGroupRecord::groupName).orElse(null);
      x.start("item").element("groupId", groupId).element("groupName", groupName).end();
    }
    x.end();
    if (n.attachmentId() != null) {
      x.start("attachment")
          .element("attachmentId", n.attachmentId())
          .element("instanceId", n.instanceId())
          .element("instanceOwnerId", c.accountId())
          .element("deviceIndex", n.deviceIndex())
          .element("status", "attached")
          .element("attachTime", n.attachTime())
          .element("deleteOnTermination", false)
          .end();
    }
    Ec2Xml.tagSet(x, n.tags());
    x.start("privateIpAddressesSet")
        .start("item")
        .element("privateIpAddress", n.privateIpAddress())
        .element("privateDnsName", dns)
        .element("primary", true)
        .end()
        .end();
    x.start("ipv6AddressesSet").end();
    x.end();
  }

  private static NetworkInterfaceOperations ops(BackendContext context) {
    return new NetworkInterfaceOperations(context);
  }
}
