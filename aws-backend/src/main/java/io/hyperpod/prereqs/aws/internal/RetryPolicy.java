package io.hyperpod.prereqs.aws.internal;

import java.io.IOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryUtils;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;

/**
 * The SDK retry strategy of every client: the standard strategy (exponential backoff with full
 * jitter, a slower one for throttling, a bounded number of attempts), retrying throttling, 5xx,
 * clock skew and I/O failures. A create that AWS may have carried out before its answer was lost
 * (CreateVpc, CreateRole, ... the calls without an idempotency token, or whose token a server may
 * ignore) is retried only when throttled, since a throttled request was not carried out: any
 * other failure goes up to the engine, which reads the resource back before it creates again, so
 * a lost answer never makes a second VPC or turns into EntityAlreadyExists.
 */
final class RetryPolicy {
  /** Operations that are not safe to send twice. */
  static final Set<String> NOT_IDEMPOTENT = Set.of(
      "CreateVpc", "CreateSubnet", "CreateSecurityGroup", "AuthorizeSecurityGroupIngress",
      "AuthorizeSecurityGroupEgress", "CreateVpcEndpoint", "CreateUser", "CreateRole",
      "CreatePolicy", "CreatePolicyVersion", "CreateBucket", "CreateDocument", "UpdateDocument",
      "RequestServiceQuotaIncrease", "CreateFileSystem", "CreateCluster",
      // KMS: CreateKey takes no client token (a resent one makes a second key); a resent
      // CreateAlias would fail with AlreadyExistsException on the alias its lost answer made
      "CreateKey", "CreateAlias");

  /** AWS's throttling codes across the services the tool calls. */
  static final Set<String> THROTTLING = Set.of(
      "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
      "TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled", "SlowDown",
      "BandwidthLimitExceeded", "EC2ThrottledException", "PriorRequestNotComplete");

  /** The call the current thread is making (set around each SDK call by {@link AwsErrors}). */
  private static final ThreadLocal<AwsCall> CURRENT = new ThreadLocal<>();

  private RetryPolicy() {}

  static StandardRetryStrategy.Builder builder() {
    // Without the client's defaults: the SDK would otherwise add its own conditions (retry on any
    // I/O failure or 5xx), and a condition only adds retries, so a lost CreateVpc answer would
    // still be sent again (two VPCs; a second CreateSubnet answered InvalidSubnet.Conflict).
    return DefaultRetryStrategy.standardStrategyBuilder()
        .useClientDefaults(false)
        .retryOnException(RetryPolicy::mayRetry)
        .treatAsThrottling(RetryPolicy::throttling);
  }

  /** Runs {@code body} as the SDK call {@code call}, so that its retries know what it is. */
  static <T> T during(AwsCall call, java.util.function.Supplier<T> body) {
    AwsCall outer = CURRENT.get();
    CURRENT.set(call);
    try {
      return body.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  static boolean mayRetry(Throwable t) {
    if (throttling(t)) {
      return true;
    }
    AwsCall call = CURRENT.get();
    if (call != null && NOT_IDEMPOTENT.contains(call.operation())) {
      return false;
    }
    if (t instanceof SdkException e && (RetryUtils.isRetryableException(e)
        || RetryUtils.isClockSkewException(e))) {
      return true;
    }
    if (t instanceof AwsServiceException e) {
      return e.statusCode() >= 500 || "RequestTimeout".equals(code(e))
          || "RequestTimeoutException".equals(code(e));
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  static boolean throttling(Throwable t) {
    if (t instanceof SdkException e && RetryUtils.isThrottlingException(e)) {
      return true;
    }
    return t instanceof AwsServiceException e
        && (e.statusCode() == 429 || THROTTLING.contains(code(e)));
  }

  private static String code(AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    return code == null ? "" : code;
  }
}
