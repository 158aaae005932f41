package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;

/**
 * Permissions boundaries of roles and users (CreateRole/CreateUser with PermissionsBoundary,
 * Put/Delete{Role,User}PermissionsBoundary): the managed policy (the account's or AWS's) that
 * bounds what the principal's own policies can allow; AssumeRole sessions and the simulator's
 * evaluations apply it ({@link IdentityPolicies#boundary}). ListRoles/ListUsers do not show it,
 * GetRole/GetUser and GetAccountAuthorizationDetails do.
 */
public final class PermissionsBoundaries {
  private PermissionsBoundaries() {}

  /** The ARN, if it names a managed policy that exists; IAM's refusal otherwise. */
  public static String checked(IamOperations ops, String policyArn) {
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
    return policyArn;
  }

  /** Sets a boundary already {@link #checked} (CreateRole/CreateUser check before creating). */
  public static void set(PrincipalRecord principal, String checkedArn) {
    principal.permissionsBoundaryArn = checkedArn;
  }

  public static void put(IamOperations ops, String roleName, String policyArn) {
    RoleRecord role = ops.getRole(roleName);
    role.permissionsBoundaryArn = checked(ops, policyArn);
  }

  public static void putUser(IamOperations ops, String userName, String policyArn) {
    UserRecord user = ops.getUser(userName);
    user.permissionsBoundaryArn = checked(ops, policyArn);
  }

  public static void delete(IamOperations ops, String roleName) {
    clear(ops.getRole(roleName), "role", roleName);
  }

  public static void deleteUser(IamOperations ops, String userName) {
    clear(ops.getUser(userName), "user", userName);
  }

  private static void clear(PrincipalRecord principal, String kind, String name) {
    if (principal.permissionsBoundaryArn == null) {
      throw AwsError.IAM_NO_SUCH_ENTITY.exception(
          "The " + kind + " with name " + name + " does not have a permissions boundary.",
          kind + " " + name + " has no permissions boundary to delete");
    }
    principal.permissionsBoundaryArn = null;
  }
}
