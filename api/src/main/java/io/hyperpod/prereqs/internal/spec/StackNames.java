package io.hyperpod.prereqs.internal.spec;

/**
 * The names the tool derives from the stack name for what it creates in IAM. The validator checks
 * that they fit IAM's limits; the engine uses the same methods to name the resources.
 */
public final class StackNames {
  /** IAM's limit on role names. */
  public static final int MAX_ROLE_NAME = 64;

  /** IAM's limit on policy names. */
  public static final int MAX_POLICY_NAME = 128;

  private StackNames() {}

  /** The execution role shared by the instance groups that name none. */
  public static String executionRole(String stack) {
    return stack + "-execution-role";
  }

  /** The managed policy given to cluster admins. */
  public static String clusterAdminPolicy(String stack) {
    return stack + "-cluster-admin";
  }

  /** The managed policy the execution roles get with a custom VPC (and FSx). */
  public static String executionVpcPolicy(String stack) {
    return stack + "-execution-vpc";
  }

  /** The managed policy the execution roles of groups with a KMS key get (docs/kms.md). */
  public static String executionKmsPolicy(String stack) {
    return stack + "-execution-kms";
  }

  /** The managed policy given to cluster users. */
  public static String clusterUserPolicy(String stack) {
    return stack + "-cluster-user";
  }
}
