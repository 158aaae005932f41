package io.hyperpod.prereqs.simulator.internal.iam;

/** An IAM role in the store: a principal with a trust policy. */
public final class RoleRecord extends PrincipalRecord {
  String assumeRolePolicyDocument;
  String description;

  public String assumeRolePolicyDocument() {
    return assumeRolePolicyDocument;
  }

  /** May be null. */
  public String description() {
    return description;
  }
}
