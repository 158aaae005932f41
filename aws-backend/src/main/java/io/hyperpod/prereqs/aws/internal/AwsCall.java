package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

/**
 * One AWS API call as error messages name it: the service, the operation, the IAM action the
 * caller needs for it, and the resource it is about.
 *
 * @param service the SigV4 signing name: {@code iam}, {@code s3}, {@code sts}, ...
 * @param operation the API operation, e.g. {@code CreateRole}
 * @param action the IAM action that allows the call, e.g. {@code iam:CreateRole} (S3's actions
 *     differ from its operation names: HeadBucket needs {@code s3:ListBucket})
 * @param resource what the call is about, e.g. {@code role 'demo-exec'}
 */
public record AwsCall(String service, String operation, String action, String resource) {
  public AwsCall {
    requireNonNull(service, "service is null");
    requireNonNull(operation, "operation is null");
    requireNonNull(action, "action is null");
    requireNonNull(resource, "resource is null");
  }

  /** An IAM call; its action is {@code iam:<operation>}. */
  public static AwsCall iam(String operation, String resource) {
    return new AwsCall("iam", operation, "iam:" + operation, resource);
  }

  /** An STS call; its action is {@code sts:<operation>}. */
  public static AwsCall sts(String operation, String resource) {
    return new AwsCall("sts", operation, "sts:" + operation, resource);
  }

  /** An S3 call with the action that allows it. */
  public static AwsCall s3(String operation, String action, String resource) {
    return new AwsCall("s3", operation, action, resource);
  }

  /** An SSM call; its action is {@code ssm:<operation>}. */
  public static AwsCall ssm(String operation, String resource) {
    return new AwsCall("ssm", operation, "ssm:" + operation, resource);
  }

  /** A SageMaker call; its action is {@code sagemaker:<operation>}. */
  public static AwsCall sagemaker(String operation, String resource) {
    return new AwsCall("sagemaker", operation, "sagemaker:" + operation, resource);
  }

  /** A Service Quotas call; its action is {@code servicequotas:<operation>}. */
  public static AwsCall quotas(String operation, String resource) {
    return new AwsCall("servicequotas", operation, "servicequotas:" + operation, resource);
  }

  /** An EC2 call; its action is {@code ec2:<operation>}. */
  public static AwsCall ec2(String operation, String resource) {
    return new AwsCall("ec2", operation, "ec2:" + operation, resource);
  }

  /** An FSx call; its action is {@code fsx:<operation>}. */
  public static AwsCall fsx(String operation, String resource) {
    return new AwsCall("fsx", operation, "fsx:" + operation, resource);
  }

  /** A KMS call; its action is {@code kms:<operation>}. */
  public static AwsCall kms(String operation, String resource) {
    return new AwsCall("kms", operation, "kms:" + operation, resource);
  }

  /** {@code IAM CreateRole for role 'x'}. */
  public String describe() {
    return serviceLabel() + " " + operation + " for " + resource;
  }

  private String serviceLabel() {
    switch (service) {
      case "sagemaker":
        return "SageMaker";
      case "servicequotas":
        return "Service Quotas";
      case "fsx":
        return "FSx";
      default:
        return service.toUpperCase(java.util.Locale.ROOT);
    }
  }
}
