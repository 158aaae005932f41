package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.policy.AwsManagedPolicyCatalog;
import java.util.List;
import java.util.Optional;

/**
 * The AWS managed policies this project knows, with their real documents (bundled from
 * {@code io/hyperpod/prereqs/policy/aws-managed/}): AdministratorAccess,
 * AmazonSageMakerClusterInstanceRolePolicy, AmazonSageMakerFullAccess,
 * AmazonSSMManagedInstanceCore.
 */
public final class AwsManagedPolicies {
  /** The execution role's managed policy. */
  public static final String CLUSTER_INSTANCE_ROLE_POLICY =
      "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy";
  /** The ARN of AmazonSageMakerFullAccess, which cluster admins may get. */
  public static final String SAGEMAKER_FULL_ACCESS =
      "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess";
  /** The ARN of AdministratorAccess. */
  public static final String ADMINISTRATOR_ACCESS =
      "arn:aws:iam::aws:policy/AdministratorAccess";
  /** The ARN of AmazonSSMManagedInstanceCore. */
  public static final String SSM_MANAGED_INSTANCE_CORE =
      "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";

  private AwsManagedPolicies() {}

  /**
   * The policy with this ARN, if bundled.
   *
   * @param arn the policy's ARN, e.g. {@code arn:aws:iam::aws:policy/AmazonSageMakerFullAccess}
   * @return the bundled policy with its default version's document, or empty when it is not bundled
   */
  public static Optional<AwsManagedPolicy> get(String arn) {
    return AwsManagedPolicyCatalog.instance().get(arn);
  }

  /** {@return all bundled policies, sorted by ARN} */
  public static List<AwsManagedPolicy> all() {
    return AwsManagedPolicyCatalog.instance().all();
  }
}
