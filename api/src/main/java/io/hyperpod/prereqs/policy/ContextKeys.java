package io.hyperpod.prereqs.policy;

/**
 * The request-context keys this domain uses. Keys are case-insensitive in evaluation; these are
 * AWS's documented spellings.
 */
public final class ContextKeys {
  /** The VPC endpoint a request came through ({@code vpce-...}). */
  public static final String SOURCE_VPCE = "aws:SourceVpce";
  /** The VPC a request came from ({@code vpc-...}). */
  public static final String SOURCE_VPC = "aws:SourceVpc";
  /** The caller's IP address. */
  public static final String SOURCE_IP = "aws:SourceIp";
  /** The account that owns the resource; filled from the request's resource account. */
  public static final String RESOURCE_ACCOUNT = "aws:ResourceAccount";
  /** The caller's account; filled from the request. */
  public static final String PRINCIPAL_ACCOUNT = "aws:PrincipalAccount";
  /** The caller's ARN (the role ARN, not the session, for roles); filled from the request. */
  public static final String PRINCIPAL_ARN = "aws:PrincipalArn";
  /** {@code User}, {@code AssumedRole} or {@code AWSService}; filled from the request. */
  public static final String PRINCIPAL_TYPE = "aws:PrincipalType";
  /** Prefix of the caller's tags: {@code aws:PrincipalTag/KEY}; filled from the request. */
  public static final String PRINCIPAL_TAG_PREFIX = "aws:PrincipalTag/";
  /** The IAM user's name (users only); filled from the request. */
  public static final String USERNAME = "aws:username";
  /** Whether the request came over TLS. */
  public static final String SECURE_TRANSPORT = "aws:SecureTransport";
  /** The time of the request, ISO-8601. */
  public static final String CURRENT_TIME = "aws:CurrentTime";
  /** The service a role is passed to by {@code iam:PassRole}. */
  public static final String PASSED_TO_SERVICE = "iam:PassedToService";
  /** The CloudWatch namespace of {@code cloudwatch:PutMetricData}. */
  public static final String CLOUDWATCH_NAMESPACE = "cloudwatch:namespace";

  private ContextKeys() {}
}
