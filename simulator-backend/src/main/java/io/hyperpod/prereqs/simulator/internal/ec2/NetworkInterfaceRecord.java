package io.hyperpod.prereqs.simulator.internal.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A network interface in a subnet: one a client created, or one another service put there (an FSx
 * file server, a HyperPod node). It holds one private address of the subnet and keeps the subnet
 * and its security groups from being deleted until it is gone (a service's interface goes at
 * {@code releasedAt}, when the service's resource is gone).
 */
public final class NetworkInterfaceRecord extends Ec2Record {
  String subnetId;
  String vpcId;
  List<String> groupIds = new ArrayList<>();
  String description;
  String interfaceType;
  Instant releasedAt;
  String privateIpAddress;
  String macAddress;
  /** Whether a service (not the account) created and manages it. */
  boolean requesterManaged;
  String attachmentId;
  String instanceId;
  Integer deviceIndex;
  Instant attachTime;

  public String subnetId() {
    return subnetId;
  }

  public String vpcId() {
    return vpcId;
  }

  public List<String> groupIds() {
    return groupIds;
  }

  public String description() {
    return description;
  }

  public String interfaceType() {
    return interfaceType;
  }

  /** When it goes away; null while its owner lives. */
  public Instant releasedAt() {
    return releasedAt;
  }

  public String privateIpAddress() {
    return privateIpAddress;
  }

  public String macAddress() {
    return macAddress;
  }

  public boolean requesterManaged() {
    return requesterManaged;
  }

  /** {@code in-use} when attached or a service's, {@code available} otherwise. */
  public String status() {
    return attachmentId != null || requesterManaged ? "in-use" : "available";
  }

  /** May be null. */
  public String attachmentId() {
    return attachmentId;
  }

  public String instanceId() {
    return instanceId;
  }

  public Integer deviceIndex() {
    return deviceIndex;
  }

  public Instant attachTime() {
    return attachTime;
  }

  @Override
  String resourceType() {
    return "network-interface";
  }
}
