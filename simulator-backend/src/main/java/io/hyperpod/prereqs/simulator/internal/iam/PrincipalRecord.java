package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What IAM users, roles and groups share: an entity with managed and inline policies. */
public abstract class PrincipalRecord extends IamEntityRecord {
  List<String> attachedPolicyArns = new ArrayList<>();
  LinkedHashMap<String, String> inlinePolicies = new LinkedHashMap<>();
  /** Users' and roles' permissions boundary (a managed policy ARN); groups have none. */
  String permissionsBoundaryArn;

  /** May be null. */
  public String permissionsBoundaryArn() {
    return permissionsBoundaryArn;
  }

  public List<String> attachedPolicyArns() {
    return attachedPolicyArns;
  }

  public Map<String, String> inlinePolicies() {
    return inlinePolicies;
  }
}
