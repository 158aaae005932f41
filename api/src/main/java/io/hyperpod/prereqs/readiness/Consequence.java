package io.hyperpod.prereqs.readiness;

/**
 * What HyperPod does when a requirement fails: refuse CreateCluster at once with one of
 * SageMaker's error codes, accept it and fail the cluster when its lifecycle scripts run, or
 * refuse a Session Manager session.
 */
public enum Consequence {
  /** CreateCluster fails with {@code AccessDeniedException}: the caller lacks a permission. */
  ACCESS_DENIED("AccessDeniedException"),
  /** CreateCluster fails with {@code ValidationException}. */
  VALIDATION("ValidationException"),
  /** CreateCluster fails with {@code ResourceLimitExceeded}: a quota is too small. */
  RESOURCE_LIMIT("ResourceLimitExceeded"),
  /** CreateCluster is accepted; the cluster goes to {@code Failed}: lifecycle scripts fail. */
  LIFECYCLE_FAILURE("Failed"),
  /** StartSession on a node is refused, or the session cannot start as its OS user. */
  SESSION_REFUSED("StartSession");

  private final String awsName;

  Consequence(String awsName) {
    this.awsName = awsName;
  }

  /** {@return the AWS error code, {@code Failed} (cluster status) or {@code StartSession}} */
  public String awsName() {
    return awsName;
  }
}
