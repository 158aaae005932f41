package io.hyperpod.prereqs.simulator.http.internal;

/**
 * EC2 on the wire (its query dialect, 2016-11-15): zones, tags, VPCs and their attributes,
 * subnets, security groups and rules, route tables, gateway endpoints and prefix lists, network
 * interfaces, with EC2's
 * filters, {@code MaxResults}/{@code NextToken} paging and {@code DryRun}.
 */
public final class Ec2QueryService extends Ec2Protocol {
  public Ec2QueryService() {
    Ec2NetworkActions.register(this);
    Ec2SecurityGroupActions.register(this);
    Ec2RoutingActions.register(this);
    Ec2InterfaceActions.register(this);
  }

  /** {@code <return>true</return>}: what EC2 answers operations without a result. */
  static void success(Xml x) {
    x.element("return", true);
  }
}
