package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.ArrayList;
import java.util.List;

/** A security group in the store with its rules, inbound and outbound. */
public final class SecurityGroupRecord extends Ec2Record {
  String groupName;
  String description;
  String vpcId;
  String ownerId;
  boolean isDefault;
  List<RuleRecord> rules = new ArrayList<>();

  public String groupName() {
    return groupName;
  }

  public String description() {
    return description;
  }

  public String vpcId() {
    return vpcId;
  }

  public String ownerId() {
    return ownerId;
  }

  /** Whether it is a VPC's {@code default} group, which cannot be deleted. */
  public boolean isDefault() {
    return isDefault;
  }

  public List<RuleRecord> rules() {
    return rules;
  }

  @Override
  String resourceType() {
    return "security-group";
  }
}
