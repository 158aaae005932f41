package io.hyperpod.prereqs.spi.ec2;

/** The boolean VPC attributes of DescribeVpcAttribute and ModifyVpcAttribute. */
public enum VpcAttribute {
  /** Whether the Amazon-provided DNS server resolves names in the VPC (FSx DNS names need it). */
  ENABLE_DNS_SUPPORT("enableDnsSupport"),
  /** Whether instances get DNS host names. */
  ENABLE_DNS_HOSTNAMES("enableDnsHostnames");

  private final String awsName;

  VpcAttribute(String awsName) {
    this.awsName = awsName;
  }

  /** {@return the attribute's name on the wire ({@code Attribute=enableDnsSupport})} */
  public String awsName() {
    return awsName;
  }
}
