package io.hyperpod.prereqs.simulator.internal.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A network interface another service put into a subnet (an FSx file server): it takes an address
 * of the subnet and keeps the subnet and its security groups from being deleted until it is
 * released (at {@code releasedAt}, when the service's resource is gone).
 */
public final class NetworkInterfaceRecord extends Ec2Record {
  String subnetId;
  String vpcId;
  List<String> groupIds = new ArrayList<>();
  String description;
  String interfaceType;
  Instant releasedAt;

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

  @Override
  String resourceType() {
    return "network-interface";
  }
}
