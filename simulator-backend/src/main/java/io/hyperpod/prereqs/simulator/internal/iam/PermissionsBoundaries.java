package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;

/**
 * Put/DeleteRolePermissionsBoundary: the managed policy (the account's or AWS's) that bounds what a
 * role's own policies can allow; AssumeRole sessions and the simulator's evaluations apply it
 * ({@link IdentityPolicies#boundary}). ListRoles does not show it, GetRole does.
 */
public final class PermissionsBoundaries {
  private PermissionsBoundaries() {}

  public static void put(IamOperations ops, String roleName, String policyArn) {
    RoleRecord role = ops.getRole(roleName);
    if (policyArn == null || !policyArn.startsWith("arn:")) {
      throw AwsError.IAM_VALIDATION_ERROR.exception(
          "Invalid ARN:  Could not be parsed!",
          "PermissionsBoundary must be the ARN of a managed policy, got " + policyArn);
    }
    if (ops.findPolicy(policyArn).isEmpty()) {
      throw AwsError.IAM_NO_SUCH_ENTITY.exception(
          "Scope ARN: " + policyArn + " does not exist or is not attachable.",
          "no managed policy " + policyArn + " in account " + ops.accountId() + " or AWS's");
    }
    role.permissionsBoundaryArn = policyArn;
  }

  public static void delete(IamOperations ops, String roleName) {
    RoleRecord role = ops.getRole(roleName);
    if (role.permissionsBoundaryArn == null) {
      throw AwsError.IAM_NO_SUCH_ENTITY.exception(
          "The role with name " + roleName + " does not have a permissions boundary.",
          "role " + roleName + " has no permissions boundary to delete");
    }
    role.permissionsBoundaryArn = null;
  }
}
