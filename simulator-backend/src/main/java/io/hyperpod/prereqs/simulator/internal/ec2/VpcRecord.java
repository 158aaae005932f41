package io.hyperpod.prereqs.simulator.internal.ec2;

/** A VPC in the store. */
public final class VpcRecord extends Ec2Record {
  String cidrBlock;
  boolean isDefault;
  String ownerId;
  boolean enableDnsSupport = true;
  boolean enableDnsHostnames;

  public String cidrBlock() {
    return cidrBlock;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public String ownerId() {
    return ownerId;
  }

  public boolean enableDnsSupport() {
    return enableDnsSupport;
  }

  public boolean enableDnsHostnames() {
    return enableDnsHostnames;
  }

  @Override
  String resourceType() {
    return "vpc";
  }
}
