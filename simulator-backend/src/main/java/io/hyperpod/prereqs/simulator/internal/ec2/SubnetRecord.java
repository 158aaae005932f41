package io.hyperpod.prereqs.simulator.internal.ec2;

/** A subnet in the store; its free addresses are counted from the interfaces in it. */
public final class SubnetRecord extends Ec2Record {
  String vpcId;
  String cidrBlock;
  String availabilityZone;
  String availabilityZoneId;
  boolean defaultForAz;
  boolean mapPublicIpOnLaunch;
  String ownerId;

  public String vpcId() {
    return vpcId;
  }

  public String cidrBlock() {
    return cidrBlock;
  }

  public String availabilityZone() {
    return availabilityZone;
  }

  public String availabilityZoneId() {
    return availabilityZoneId;
  }

  public boolean defaultForAz() {
    return defaultForAz;
  }

  public boolean mapPublicIpOnLaunch() {
    return mapPublicIpOnLaunch;
  }

  public String ownerId() {
    return ownerId;
  }

  @Override
  String resourceType() {
    return "subnet";
  }
}
