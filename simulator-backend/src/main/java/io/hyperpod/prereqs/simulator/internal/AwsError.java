package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ErrorKind;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The simulator's table of AWS errors: service, AWS's exact error code and the HTTP status AWS
 * answers it with. The {@link CloudException} subclass of a code comes from the SPI's one table,
 * {@link ErrorKind}, which the AWS backend uses too. The HTTP front reuses the statuses; later
 * services append their codes here (and a new code to {@link ErrorKind}'s table).
 */
public enum AwsError {
  IAM_NO_SUCH_ENTITY("iam", "NoSuchEntity", 404),
  IAM_ENTITY_ALREADY_EXISTS("iam", "EntityAlreadyExists", 409),
  IAM_LIMIT_EXCEEDED("iam", "LimitExceeded", 409),
  IAM_INVALID_INPUT("iam", "InvalidInput", 400),
  IAM_VALIDATION_ERROR("iam", "ValidationError", 400),
  IAM_MALFORMED_POLICY_DOCUMENT("iam", "MalformedPolicyDocument", 400),
  IAM_DELETE_CONFLICT("iam", "DeleteConflict", 409),
  IAM_CONCURRENT_MODIFICATION("iam", "ConcurrentModification", 409),
  IAM_UNMODIFIABLE_ENTITY("iam", "UnmodifiableEntity", 400),
  IAM_POLICY_NOT_ATTACHABLE("iam", "PolicyNotAttachable", 400),
  IAM_ACCESS_DENIED("iam", "AccessDenied", 403),
  IAM_SERVICE_FAILURE("iam", "ServiceFailure", 500),
  IAM_THROTTLING("iam", "Throttling", 400),
  IAM_INVALID_ACTION("iam", "InvalidAction", 400),
  IAM_INVALID_CLIENT_TOKEN_ID("iam", "InvalidClientTokenId", 403),
  IAM_SIGNATURE_DOES_NOT_MATCH("iam", "SignatureDoesNotMatch", 403),

  STS_ACCESS_DENIED("sts", "AccessDenied", 403),
  STS_INVALID_CLIENT_TOKEN_ID("sts", "InvalidClientTokenId", 403),
  STS_THROTTLING("sts", "Throttling", 400),
  STS_INVALID_ACTION("sts", "InvalidAction", 400),
  STS_SIGNATURE_DOES_NOT_MATCH("sts", "SignatureDoesNotMatch", 403),
  STS_VALIDATION_ERROR("sts", "ValidationError", 400),
  STS_INVALID_PARAMETER_VALUE("sts", "InvalidParameterValue", 400),
  STS_MALFORMED_POLICY_DOCUMENT("sts", "MalformedPolicyDocument", 400),
  STS_PACKED_POLICY_TOO_LARGE("sts", "PackedPolicyTooLarge", 400),

  S3_NO_SUCH_BUCKET("s3", "NoSuchBucket", 404),
  S3_NO_SUCH_KEY("s3", "NoSuchKey", 404),
  S3_PRECONDITION_FAILED("s3", "PreconditionFailed", 412),
  S3_NO_SUCH_BUCKET_POLICY("s3", "NoSuchBucketPolicy", 404),
  S3_NO_SUCH_TAG_SET("s3", "NoSuchTagSet", 404),
  S3_BUCKET_ALREADY_EXISTS("s3", "BucketAlreadyExists", 409),
  S3_BUCKET_ALREADY_OWNED_BY_YOU("s3", "BucketAlreadyOwnedByYou", 409),
  S3_BUCKET_NOT_EMPTY("s3", "BucketNotEmpty", 409),
  S3_INVALID_BUCKET_NAME("s3", "InvalidBucketName", 400),
  S3_MALFORMED_POLICY("s3", "MalformedPolicy", 400),
  S3_INVALID_TAG("s3", "InvalidTag", 400),
  S3_KEY_TOO_LONG("s3", "KeyTooLongError", 400),
  S3_METADATA_TOO_LARGE("s3", "MetadataTooLarge", 400),
  S3_INVALID_ARGUMENT("s3", "InvalidArgument", 400),
  S3_ACCESS_DENIED("s3", "AccessDenied", 403),
  S3_INTERNAL_ERROR("s3", "InternalError", 500),
  S3_SLOW_DOWN("s3", "SlowDown", 503),
  S3_ILLEGAL_LOCATION_CONSTRAINT(
      "s3", "IllegalLocationConstraintException", 400),
  S3_INVALID_LOCATION_CONSTRAINT("s3", "InvalidLocationConstraint", 400),
  S3_MALFORMED_XML("s3", "MalformedXML", 400),
  S3_BAD_DIGEST("s3", "BadDigest", 400),
  S3_INVALID_DIGEST("s3", "InvalidDigest", 400),
  S3_INVALID_RANGE("s3", "InvalidRange", 416),
  S3_NOT_IMPLEMENTED("s3", "NotImplemented", 501),
  S3_INVALID_ACCESS_KEY_ID("s3", "InvalidAccessKeyId", 403),
  S3_SIGNATURE_DOES_NOT_MATCH("s3", "SignatureDoesNotMatch", 403),
  S3_INVALID_BUCKET_OWNER_ACCOUNT_ID("s3", "InvalidBucketOwnerAWSAccountID", 400),
  S3_NO_SUCH_VERSION("s3", "NoSuchVersion", 404),
  S3_METHOD_NOT_ALLOWED("s3", "MethodNotAllowed", 405),
  S3_ILLEGAL_VERSIONING_CONFIGURATION("s3", "IllegalVersioningConfigurationException", 400),

  SSM_INVALID_DOCUMENT("ssm", "InvalidDocument", 400),
  SSM_INVALID_DOCUMENT_VERSION("ssm", "InvalidDocumentVersion", 400),
  SSM_DOCUMENT_ALREADY_EXISTS("ssm", "DocumentAlreadyExists", 400),
  SSM_DUPLICATE_DOCUMENT_CONTENT("ssm", "DuplicateDocumentContent", 400),
  SSM_INVALID_DOCUMENT_CONTENT("ssm", "InvalidDocumentContent", 400),
  SSM_INVALID_DOCUMENT_SCHEMA_VERSION(
      "ssm", "InvalidDocumentSchemaVersion", 400),
  SSM_MAX_DOCUMENT_SIZE_EXCEEDED("ssm", "MaxDocumentSizeExceeded", 400),
  SSM_DOCUMENT_VERSION_LIMIT_EXCEEDED(
      "ssm", "DocumentVersionLimitExceeded", 400),
  SSM_VALIDATION_EXCEPTION("ssm", "ValidationException", 400),
  SSM_INTERNAL_SERVER_ERROR("ssm", "InternalServerError", 500),
  SSM_THROTTLING("ssm", "ThrottlingException", 400),

  QUOTAS_NO_SUCH_RESOURCE("servicequotas", "NoSuchResourceException", 400),
  QUOTAS_RESOURCE_ALREADY_EXISTS(
      "servicequotas", "ResourceAlreadyExistsException", 400),
  QUOTAS_ILLEGAL_ARGUMENT("servicequotas", "IllegalArgumentException", 400),
  QUOTAS_INVALID_PAGINATION_TOKEN(
      "servicequotas", "InvalidPaginationTokenException", 400),
  QUOTAS_QUOTA_EXCEEDED("servicequotas", "QuotaExceededException", 400),
  QUOTAS_ACCESS_DENIED("servicequotas", "AccessDeniedException", 400),
  QUOTAS_SERVICE_EXCEPTION("servicequotas", "ServiceException", 500),
  QUOTAS_TOO_MANY_REQUESTS("servicequotas", "TooManyRequestsException", 400),

  EC2_VPC_NOT_FOUND("ec2", "InvalidVpcID.NotFound", 400),
  EC2_VPC_MALFORMED("ec2", "InvalidVpcID.Malformed", 400),
  EC2_VPC_RANGE("ec2", "InvalidVpc.Range", 400),
  EC2_VPC_LIMIT_EXCEEDED("ec2", "VpcLimitExceeded", 400),
  EC2_SUBNET_NOT_FOUND("ec2", "InvalidSubnetID.NotFound", 400),
  EC2_SUBNET_MALFORMED("ec2", "InvalidSubnetID.Malformed", 400),
  EC2_SUBNET_RANGE("ec2", "InvalidSubnet.Range", 400),
  EC2_SUBNET_CONFLICT("ec2", "InvalidSubnet.Conflict", 400),
  EC2_GROUP_NOT_FOUND("ec2", "InvalidGroup.NotFound", 400),
  EC2_GROUP_ID_MALFORMED("ec2", "InvalidGroupId.Malformed", 400),
  EC2_GROUP_DUPLICATE("ec2", "InvalidGroup.Duplicate", 400),
  EC2_PERMISSION_DUPLICATE("ec2", "InvalidPermission.Duplicate", 400),
  EC2_PERMISSION_NOT_FOUND("ec2", "InvalidPermission.NotFound", 400),
  EC2_PERMISSION_MALFORMED("ec2", "InvalidPermission.Malformed", 400),
  EC2_RULE_NOT_FOUND("ec2", "InvalidSecurityGroupRuleId.NotFound", 400),
  EC2_RULES_LIMIT_EXCEEDED(
      "ec2", "RulesPerSecurityGroupLimitExceeded", 400),
  EC2_CANNOT_DELETE("ec2", "CannotDelete", 400),
  EC2_DEPENDENCY_VIOLATION("ec2", "DependencyViolation", 400),
  EC2_ROUTE_TABLE_NOT_FOUND("ec2", "InvalidRouteTableID.NotFound", 400),
  EC2_ROUTE_TABLE_MALFORMED("ec2", "InvalidRouteTableId.Malformed", 400),
  EC2_ROUTE_ALREADY_EXISTS("ec2", "RouteAlreadyExists", 400),
  EC2_ENDPOINT_NOT_FOUND("ec2", "InvalidVpcEndpointId.NotFound", 400),
  EC2_ENDPOINT_MALFORMED("ec2", "InvalidVpcEndpointId.Malformed", 400),
  EC2_SERVICE_NAME("ec2", "InvalidServiceName", 400),
  EC2_PREFIX_LIST_NOT_FOUND("ec2", "InvalidPrefixListID.NotFound", 400),
  EC2_IDEMPOTENT_PARAMETER_MISMATCH(
      "ec2", "IdempotentParameterMismatch", 400),
  EC2_INVALID_ID("ec2", "InvalidID", 400),
  EC2_INSUFFICIENT_FREE_ADDRESSES(
      "ec2", "InsufficientFreeAddressesInSubnet", 400),
  EC2_ENI_NOT_FOUND("ec2", "InvalidNetworkInterfaceID.NotFound", 400),
  EC2_ENI_MALFORMED("ec2", "InvalidNetworkInterfaceID.Malformed", 400),
  EC2_ENI_IN_USE("ec2", "InvalidNetworkInterface.InUse", 400),
  EC2_ATTACHMENT_NOT_FOUND("ec2", "InvalidAttachmentID.NotFound", 400),
  EC2_INSTANCE_NOT_FOUND("ec2", "InvalidInstanceID.NotFound", 400),
  EC2_IP_IN_USE("ec2", "InvalidIPAddress.InUse", 400),
  EC2_TAG_LIMIT_EXCEEDED("ec2", "TagLimitExceeded", 400),
  EC2_INVALID_PARAMETER_VALUE("ec2", "InvalidParameterValue", 400),
  EC2_INVALID_PARAMETER_COMBINATION("ec2", "InvalidParameterCombination", 400),
  EC2_MISSING_PARAMETER("ec2", "MissingParameter", 400),
  EC2_UNAUTHORIZED_OPERATION("ec2", "UnauthorizedOperation", 403),
  EC2_INTERNAL_ERROR("ec2", "InternalError", 500),
  EC2_REQUEST_LIMIT_EXCEEDED("ec2", "RequestLimitExceeded", 503),

  FSX_FILE_SYSTEM_NOT_FOUND("fsx", "FileSystemNotFound", 400),
  FSX_BAD_REQUEST("fsx", "BadRequest", 400),
  FSX_INCOMPATIBLE_PARAMETER("fsx", "IncompatibleParameterError", 400),
  FSX_INVALID_NETWORK_SETTINGS("fsx", "InvalidNetworkSettings", 400),
  FSX_INVALID_THROUGHPUT("fsx", "InvalidPerUnitStorageThroughput", 400),
  FSX_SERVICE_LIMIT_EXCEEDED("fsx", "ServiceLimitExceeded", 400),
  FSX_RESOURCE_NOT_FOUND("fsx", "ResourceNotFound", 400),
  FSX_NOT_SERVICE_RESOURCE("fsx", "NotServiceResourceError", 400),
  FSX_INTERNAL_SERVER_ERROR("fsx", "InternalServerError", 500),
  FSX_THROTTLING("fsx", "ThrottlingException", 400),

  SAGEMAKER_VALIDATION("sagemaker", "ValidationException", 400),
  SAGEMAKER_RESOURCE_LIMIT_EXCEEDED(
      "sagemaker", "ResourceLimitExceeded", 400),
  SAGEMAKER_RESOURCE_IN_USE("sagemaker", "ResourceInUse", 400),
  SAGEMAKER_RESOURCE_NOT_FOUND("sagemaker", "ResourceNotFound", 400),
  SAGEMAKER_ACCESS_DENIED("sagemaker", "AccessDeniedException", 400),
  SAGEMAKER_THROTTLING("sagemaker", "ThrottlingException", 400),

  KMS_NOT_FOUND("kms", "NotFoundException", 400),
  KMS_ALREADY_EXISTS("kms", "AlreadyExistsException", 400),
  KMS_MALFORMED_POLICY_DOCUMENT("kms", "MalformedPolicyDocumentException", 400),
  KMS_VALIDATION("kms", "ValidationException", 400),
  KMS_INVALID_ARN("kms", "InvalidArnException", 400),
  KMS_INVALID_STATE("kms", "KMSInvalidStateException", 400),
  KMS_DISABLED("kms", "DisabledException", 400),
  KMS_ACCESS_DENIED("kms", "AccessDeniedException", 400),
  KMS_NOT_AUTHORIZED("kms", "NotAuthorizedException", 400),
  KMS_LIMIT_EXCEEDED("kms", "LimitExceededException", 400),
  KMS_TAG("kms", "TagException", 400),
  KMS_UNRECOGNIZED_CLIENT("kms", "UnrecognizedClientException", 400),
  KMS_INVALID_MARKER("kms", "InvalidMarkerException", 400),
  KMS_UNSUPPORTED_OPERATION("kms", "UnsupportedOperationException", 400),
  KMS_INTERNAL("kms", "KMSInternalException", 500),
  KMS_THROTTLING("kms", "ThrottlingException", 400),

  SSM_ACCESS_DENIED("ssm", "AccessDeniedException", 400),
  SSM_TARGET_NOT_CONNECTED("ssm", "TargetNotConnected", 400),
  ;

  private static final Map<String, AwsError> BY_SERVICE_AND_CODE =
      Stream.of(values())
          .collect(Collectors.toMap(e -> key(e.service, e.code), Function.identity()));

  private final String service;
  private final String code;
  private final int status;

  AwsError(String service, String code, int status) {
    this.service = service;
    this.code = code;
    this.status = status;
  }

  public String service() {
    return service;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  /** The kind the SPI's one table gives this code (every code here is listed there). */
  public ErrorKind kind() {
    return ErrorKind.of(code, status);
  }

  /** This error with a message (AWS's exact text), as the SPI exception a backend throws. */
  public CloudException exception(String message) {
    return kind().create(service, code, status, message, null, null);
  }

  /**
   * This error with AWS's exact message, and the simulator's own explanation of why, which never
   * goes into the message ({@link SimulatorReason}: the journal, the served answer's {@code
   * x-hyperpod-simulator-reason} header, the serve log).
   */
  public CloudException exception(String awsMessage, String reason) {
    return kind().create(service, code, status, awsMessage, null, new SimulatorReason(reason));
  }

  /**
   * This error with AWS's exact message, the elements AWS's answer carries besides code and message
   * ({@link ErrorFields}, in AWS's order; a null value is an empty element), and the simulator's
   * reason (none when null).
   */
  public CloudException exception(String awsMessage, String reason, Map<String, String> fields) {
    return kind()
        .create(
            service,
            code,
            status,
            awsMessage,
            null,
            new ErrorFields(fields, reason == null ? null : new SimulatorReason(reason)));
  }

  public static Optional<AwsError> find(String service, String code) {
    return Optional.ofNullable(BY_SERVICE_AND_CODE.get(key(service, code)));
  }

  /** The internal (500) error a service answers its own failures with, when the table has one. */
  public static Optional<AwsError> serverErrorFor(String service) {
    return Stream.of(values())
        .filter(e -> e.service.equals(service) && e.status == 500 && e.kind() == ErrorKind.OTHER)
        .findFirst();
  }

  /** The throttling error AWS sends for a service ({@code Throttling}, {@code SlowDown}, ...). */
  public static AwsError throttlingFor(String service) {
    return Stream.of(values())
        .filter(e -> e.service.equals(service) && e.kind() == ErrorKind.THROTTLED)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no throttling error known for service '" + service + "'"));
  }

  /**
   * An exception for any code, of the kind {@link ErrorKind#of} gives it.
   */
  public static CloudException exception(
      String service, String code, int status, String message, String requestId) {
    return ErrorKind.of(code, status).create(service, code, status, message, requestId, null);
  }

  /** The same error, carrying the request id of the call it ended. */
  public static CloudException withRequestId(CloudException e, String requestId) {
    if (e.requestId().isPresent()) {
      return e;
    }
    CloudException copy =
        ErrorKind.of(e.errorCode(), e.statusCode()).create(
            e.service(), e.errorCode(), e.statusCode(), e.getMessage(), requestId, e.getCause());
    if (copy.getClass() != e.getClass()) {
      return e;
    }
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  private static String key(String service, String code) {
    return service + ":" + code;
  }
}
