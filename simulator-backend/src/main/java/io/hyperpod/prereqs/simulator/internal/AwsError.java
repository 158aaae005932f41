package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The simulator's one table of AWS errors: service, AWS's exact error code, the HTTP status AWS
 * answers it with, and the {@link CloudException} subclass the SPI raises for it. The HTTP front
 * reuses the statuses; later services append their codes here.
 */
public enum AwsError {
  IAM_NO_SUCH_ENTITY("iam", "NoSuchEntity", 404, Kind.NOT_FOUND),
  IAM_ENTITY_ALREADY_EXISTS("iam", "EntityAlreadyExists", 409, Kind.ALREADY_EXISTS),
  IAM_LIMIT_EXCEEDED("iam", "LimitExceeded", 409, Kind.LIMIT_EXCEEDED),
  IAM_INVALID_INPUT("iam", "InvalidInput", 400, Kind.MALFORMED),
  IAM_VALIDATION_ERROR("iam", "ValidationError", 400, Kind.MALFORMED),
  IAM_MALFORMED_POLICY_DOCUMENT("iam", "MalformedPolicyDocument", 400, Kind.MALFORMED),
  IAM_DELETE_CONFLICT("iam", "DeleteConflict", 409, Kind.DEPENDENCY_VIOLATION),
  IAM_CONCURRENT_MODIFICATION("iam", "ConcurrentModification", 409, Kind.CONFLICT),
  IAM_UNMODIFIABLE_ENTITY("iam", "UnmodifiableEntity", 400, Kind.CONFLICT),
  IAM_POLICY_NOT_ATTACHABLE("iam", "PolicyNotAttachable", 400, Kind.MALFORMED),
  IAM_ACCESS_DENIED("iam", "AccessDenied", 403, Kind.ACCESS_DENIED),
  IAM_SERVICE_FAILURE("iam", "ServiceFailure", 500, Kind.OTHER),
  IAM_THROTTLING("iam", "Throttling", 400, Kind.THROTTLED),
  IAM_INVALID_ACTION("iam", "InvalidAction", 400, Kind.MALFORMED),
  IAM_INVALID_CLIENT_TOKEN_ID("iam", "InvalidClientTokenId", 403, Kind.ACCESS_DENIED),
  IAM_SIGNATURE_DOES_NOT_MATCH("iam", "SignatureDoesNotMatch", 403, Kind.ACCESS_DENIED),

  STS_ACCESS_DENIED("sts", "AccessDenied", 403, Kind.ACCESS_DENIED),
  STS_INVALID_CLIENT_TOKEN_ID("sts", "InvalidClientTokenId", 403, Kind.ACCESS_DENIED),
  STS_THROTTLING("sts", "Throttling", 400, Kind.THROTTLED),
  STS_INVALID_ACTION("sts", "InvalidAction", 400, Kind.MALFORMED),
  STS_SIGNATURE_DOES_NOT_MATCH("sts", "SignatureDoesNotMatch", 403, Kind.ACCESS_DENIED),
  STS_VALIDATION_ERROR("sts", "ValidationError", 400, Kind.MALFORMED),
  STS_INVALID_PARAMETER_VALUE("sts", "InvalidParameterValue", 400, Kind.MALFORMED),
  STS_MALFORMED_POLICY_DOCUMENT("sts", "MalformedPolicyDocument", 400, Kind.MALFORMED),
  STS_PACKED_POLICY_TOO_LARGE("sts", "PackedPolicyTooLarge", 400, Kind.MALFORMED),

  S3_NO_SUCH_BUCKET("s3", "NoSuchBucket", 404, Kind.NOT_FOUND),
  S3_NO_SUCH_KEY("s3", "NoSuchKey", 404, Kind.NOT_FOUND),
  S3_PRECONDITION_FAILED("s3", "PreconditionFailed", 412, Kind.CONFLICT),
  S3_NO_SUCH_BUCKET_POLICY("s3", "NoSuchBucketPolicy", 404, Kind.NOT_FOUND),
  S3_NO_SUCH_TAG_SET("s3", "NoSuchTagSet", 404, Kind.NOT_FOUND),
  S3_BUCKET_ALREADY_EXISTS("s3", "BucketAlreadyExists", 409, Kind.ALREADY_EXISTS),
  S3_BUCKET_ALREADY_OWNED_BY_YOU("s3", "BucketAlreadyOwnedByYou", 409, Kind.ALREADY_EXISTS),
  S3_BUCKET_NOT_EMPTY("s3", "BucketNotEmpty", 409, Kind.DEPENDENCY_VIOLATION),
  S3_INVALID_BUCKET_NAME("s3", "InvalidBucketName", 400, Kind.MALFORMED),
  S3_MALFORMED_POLICY("s3", "MalformedPolicy", 400, Kind.MALFORMED),
  S3_INVALID_TAG("s3", "InvalidTag", 400, Kind.MALFORMED),
  S3_KEY_TOO_LONG("s3", "KeyTooLongError", 400, Kind.MALFORMED),
  S3_METADATA_TOO_LARGE("s3", "MetadataTooLarge", 400, Kind.MALFORMED),
  S3_INVALID_ARGUMENT("s3", "InvalidArgument", 400, Kind.MALFORMED),
  S3_ACCESS_DENIED("s3", "AccessDenied", 403, Kind.ACCESS_DENIED),
  S3_INTERNAL_ERROR("s3", "InternalError", 500, Kind.OTHER),
  S3_SLOW_DOWN("s3", "SlowDown", 503, Kind.THROTTLED),
  S3_ILLEGAL_LOCATION_CONSTRAINT(
      "s3", "IllegalLocationConstraintException", 400, Kind.MALFORMED),
  S3_INVALID_LOCATION_CONSTRAINT("s3", "InvalidLocationConstraint", 400, Kind.MALFORMED),
  S3_MALFORMED_XML("s3", "MalformedXML", 400, Kind.MALFORMED),
  S3_BAD_DIGEST("s3", "BadDigest", 400, Kind.MALFORMED),
  S3_INVALID_DIGEST("s3", "InvalidDigest", 400, Kind.MALFORMED),
  S3_INVALID_RANGE("s3", "InvalidRange", 416, Kind.MALFORMED),
  S3_NOT_IMPLEMENTED("s3", "NotImplemented", 501, Kind.OTHER),
  S3_INVALID_ACCESS_KEY_ID("s3", "InvalidAccessKeyId", 403, Kind.ACCESS_DENIED),
  S3_SIGNATURE_DOES_NOT_MATCH("s3", "SignatureDoesNotMatch", 403, Kind.ACCESS_DENIED),

  SSM_INVALID_DOCUMENT("ssm", "InvalidDocument", 400, Kind.NOT_FOUND),
  SSM_INVALID_DOCUMENT_VERSION("ssm", "InvalidDocumentVersion", 400, Kind.NOT_FOUND),
  SSM_DOCUMENT_ALREADY_EXISTS("ssm", "DocumentAlreadyExists", 400, Kind.ALREADY_EXISTS),
  SSM_DUPLICATE_DOCUMENT_CONTENT("ssm", "DuplicateDocumentContent", 400, Kind.CONFLICT),
  SSM_INVALID_DOCUMENT_CONTENT("ssm", "InvalidDocumentContent", 400, Kind.MALFORMED),
  SSM_INVALID_DOCUMENT_SCHEMA_VERSION(
      "ssm", "InvalidDocumentSchemaVersion", 400, Kind.MALFORMED),
  SSM_MAX_DOCUMENT_SIZE_EXCEEDED("ssm", "MaxDocumentSizeExceeded", 400, Kind.LIMIT_EXCEEDED),
  SSM_DOCUMENT_VERSION_LIMIT_EXCEEDED(
      "ssm", "DocumentVersionLimitExceeded", 400, Kind.LIMIT_EXCEEDED),
  SSM_VALIDATION_EXCEPTION("ssm", "ValidationException", 400, Kind.MALFORMED),
  SSM_INTERNAL_SERVER_ERROR("ssm", "InternalServerError", 500, Kind.OTHER),
  SSM_THROTTLING("ssm", "ThrottlingException", 400, Kind.THROTTLED),

  QUOTAS_NO_SUCH_RESOURCE("servicequotas", "NoSuchResourceException", 400, Kind.NOT_FOUND),
  QUOTAS_RESOURCE_ALREADY_EXISTS(
      "servicequotas", "ResourceAlreadyExistsException", 400, Kind.ALREADY_EXISTS),
  QUOTAS_ILLEGAL_ARGUMENT("servicequotas", "IllegalArgumentException", 400, Kind.MALFORMED),
  QUOTAS_INVALID_PAGINATION_TOKEN(
      "servicequotas", "InvalidPaginationTokenException", 400, Kind.MALFORMED),
  QUOTAS_QUOTA_EXCEEDED("servicequotas", "QuotaExceededException", 400, Kind.LIMIT_EXCEEDED),
  QUOTAS_ACCESS_DENIED("servicequotas", "AccessDeniedException", 400, Kind.ACCESS_DENIED),
  QUOTAS_SERVICE_EXCEPTION("servicequotas", "ServiceException", 500, Kind.OTHER),
  QUOTAS_TOO_MANY_REQUESTS("servicequotas", "TooManyRequestsException", 400, Kind.THROTTLED),

  EC2_VPC_NOT_FOUND("ec2", "InvalidVpcID.NotFound", 400, Kind.NOT_FOUND),
  EC2_VPC_MALFORMED("ec2", "InvalidVpcID.Malformed", 400, Kind.MALFORMED),
  EC2_VPC_RANGE("ec2", "InvalidVpc.Range", 400, Kind.MALFORMED),
  EC2_VPC_LIMIT_EXCEEDED("ec2", "VpcLimitExceeded", 400, Kind.LIMIT_EXCEEDED),
  EC2_SUBNET_NOT_FOUND("ec2", "InvalidSubnetID.NotFound", 400, Kind.NOT_FOUND),
  EC2_SUBNET_MALFORMED("ec2", "InvalidSubnetID.Malformed", 400, Kind.MALFORMED),
  EC2_SUBNET_RANGE("ec2", "InvalidSubnet.Range", 400, Kind.MALFORMED),
  EC2_SUBNET_CONFLICT("ec2", "InvalidSubnet.Conflict", 400, Kind.CONFLICT),
  EC2_GROUP_NOT_FOUND("ec2", "InvalidGroup.NotFound", 400, Kind.NOT_FOUND),
  EC2_GROUP_ID_MALFORMED("ec2", "InvalidGroupId.Malformed", 400, Kind.MALFORMED),
  EC2_GROUP_DUPLICATE("ec2", "InvalidGroup.Duplicate", 400, Kind.ALREADY_EXISTS),
  EC2_PERMISSION_DUPLICATE("ec2", "InvalidPermission.Duplicate", 400, Kind.ALREADY_EXISTS),
  EC2_PERMISSION_NOT_FOUND("ec2", "InvalidPermission.NotFound", 400, Kind.NOT_FOUND),
  EC2_PERMISSION_MALFORMED("ec2", "InvalidPermission.Malformed", 400, Kind.MALFORMED),
  EC2_RULE_NOT_FOUND("ec2", "InvalidSecurityGroupRuleId.NotFound", 400, Kind.NOT_FOUND),
  EC2_RULES_LIMIT_EXCEEDED(
      "ec2", "RulesPerSecurityGroupLimitExceeded", 400, Kind.LIMIT_EXCEEDED),
  EC2_CANNOT_DELETE("ec2", "CannotDelete", 400, Kind.CONFLICT),
  EC2_DEPENDENCY_VIOLATION("ec2", "DependencyViolation", 400, Kind.DEPENDENCY_VIOLATION),
  EC2_ROUTE_TABLE_NOT_FOUND("ec2", "InvalidRouteTableID.NotFound", 400, Kind.NOT_FOUND),
  EC2_ROUTE_TABLE_MALFORMED("ec2", "InvalidRouteTableId.Malformed", 400, Kind.MALFORMED),
  EC2_ROUTE_ALREADY_EXISTS("ec2", "RouteAlreadyExists", 400, Kind.ALREADY_EXISTS),
  EC2_ENDPOINT_NOT_FOUND("ec2", "InvalidVpcEndpointId.NotFound", 400, Kind.NOT_FOUND),
  EC2_ENDPOINT_MALFORMED("ec2", "InvalidVpcEndpointId.Malformed", 400, Kind.MALFORMED),
  EC2_SERVICE_NAME("ec2", "InvalidServiceName", 400, Kind.MALFORMED),
  EC2_PREFIX_LIST_NOT_FOUND("ec2", "InvalidPrefixListID.NotFound", 400, Kind.NOT_FOUND),
  EC2_IDEMPOTENT_PARAMETER_MISMATCH(
      "ec2", "IdempotentParameterMismatch", 400, Kind.CONFLICT),
  EC2_INVALID_ID("ec2", "InvalidID", 400, Kind.MALFORMED),
  EC2_INSUFFICIENT_FREE_ADDRESSES(
      "ec2", "InsufficientFreeAddressesInSubnet", 400, Kind.LIMIT_EXCEEDED),
  EC2_ENI_NOT_FOUND("ec2", "InvalidNetworkInterfaceID.NotFound", 400, Kind.NOT_FOUND),
  EC2_ENI_MALFORMED("ec2", "InvalidNetworkInterfaceID.Malformed", 400, Kind.MALFORMED),
  EC2_ENI_IN_USE("ec2", "InvalidNetworkInterface.InUse", 400, Kind.DEPENDENCY_VIOLATION),
  EC2_ATTACHMENT_NOT_FOUND("ec2", "InvalidAttachmentID.NotFound", 400, Kind.NOT_FOUND),
  EC2_INSTANCE_NOT_FOUND("ec2", "InvalidInstanceID.NotFound", 400, Kind.NOT_FOUND),
  EC2_IP_IN_USE("ec2", "InvalidIPAddress.InUse", 400, Kind.CONFLICT),
  EC2_TAG_LIMIT_EXCEEDED("ec2", "TagLimitExceeded", 400, Kind.LIMIT_EXCEEDED),
  EC2_INVALID_PARAMETER_VALUE("ec2", "InvalidParameterValue", 400, Kind.MALFORMED),
  EC2_INVALID_PARAMETER_COMBINATION("ec2", "InvalidParameterCombination", 400, Kind.MALFORMED),
  EC2_MISSING_PARAMETER("ec2", "MissingParameter", 400, Kind.MALFORMED),
  EC2_UNAUTHORIZED_OPERATION("ec2", "UnauthorizedOperation", 403, Kind.ACCESS_DENIED),
  EC2_INTERNAL_ERROR("ec2", "InternalError", 500, Kind.OTHER),
  EC2_REQUEST_LIMIT_EXCEEDED("ec2", "RequestLimitExceeded", 503, Kind.THROTTLED),

  FSX_FILE_SYSTEM_NOT_FOUND("fsx", "FileSystemNotFound", 400, Kind.NOT_FOUND),
  FSX_BAD_REQUEST("fsx", "BadRequest", 400, Kind.MALFORMED),
  FSX_INCOMPATIBLE_PARAMETER("fsx", "IncompatibleParameterError", 400, Kind.CONFLICT),
  FSX_INVALID_NETWORK_SETTINGS("fsx", "InvalidNetworkSettings", 400, Kind.MALFORMED),
  FSX_INVALID_THROUGHPUT("fsx", "InvalidPerUnitStorageThroughput", 400, Kind.MALFORMED),
  FSX_SERVICE_LIMIT_EXCEEDED("fsx", "ServiceLimitExceeded", 400, Kind.LIMIT_EXCEEDED),
  FSX_RESOURCE_NOT_FOUND("fsx", "ResourceNotFound", 400, Kind.NOT_FOUND),
  FSX_NOT_SERVICE_RESOURCE("fsx", "NotServiceResourceError", 400, Kind.MALFORMED),
  FSX_INTERNAL_SERVER_ERROR("fsx", "InternalServerError", 500, Kind.OTHER),
  FSX_THROTTLING("fsx", "ThrottlingException", 400, Kind.THROTTLED),

  SAGEMAKER_VALIDATION("sagemaker", "ValidationException", 400, Kind.MALFORMED),
  SAGEMAKER_RESOURCE_LIMIT_EXCEEDED(
      "sagemaker", "ResourceLimitExceeded", 400, Kind.LIMIT_EXCEEDED),
  SAGEMAKER_RESOURCE_IN_USE("sagemaker", "ResourceInUse", 400, Kind.CONFLICT),
  SAGEMAKER_RESOURCE_NOT_FOUND("sagemaker", "ResourceNotFound", 400, Kind.NOT_FOUND),
  SAGEMAKER_ACCESS_DENIED("sagemaker", "AccessDeniedException", 400, Kind.ACCESS_DENIED),
  SAGEMAKER_THROTTLING("sagemaker", "ThrottlingException", 400, Kind.THROTTLED),

  SSM_ACCESS_DENIED("ssm", "AccessDeniedException", 400, Kind.ACCESS_DENIED),
  SSM_TARGET_NOT_CONNECTED("ssm", "TargetNotConnected", 400, Kind.NOT_FOUND),
  ;

  /** Which {@link CloudException} subclass a code maps to. */
  public enum Kind {
    NOT_FOUND,
    ALREADY_EXISTS,
    LIMIT_EXCEEDED,
    MALFORMED,
    DEPENDENCY_VIOLATION,
    CONFLICT,
    ACCESS_DENIED,
    THROTTLED,
    OTHER;

    CloudException create(
        String service, String code, int status, String message, String requestId) {
      return create(service, code, status, message, requestId, null);
    }

    CloudException create(
        String service,
        String code,
        int status,
        String message,
        String requestId,
        Throwable cause) {
      switch (this) {
        case NOT_FOUND:
          return new NotFoundException(service, code, status, message, requestId, cause);
        case ALREADY_EXISTS:
          return new AlreadyExistsException(service, code, status, message, requestId, cause);
        case LIMIT_EXCEEDED:
          return new LimitExceededException(service, code, status, message, requestId, cause);
        case MALFORMED:
          return new MalformedException(service, code, status, message, requestId, cause);
        case DEPENDENCY_VIOLATION:
          return new DependencyViolationException(service, code, status, message, requestId, cause);
        case CONFLICT:
          return new ConflictException(service, code, status, message, requestId, cause);
        case ACCESS_DENIED:
          return new AccessDeniedException(service, code, status, message, requestId, cause);
        case THROTTLED:
          return new ThrottledException(service, code, status, message, requestId, cause);
        default:
          return new CloudException(service, code, status, message, requestId, cause);
      }
    }

    /** The kind of a code this table does not list, judged by its status and name. */
    static Kind guess(String code, int status) {
      String lower = code.toLowerCase(Locale.ROOT);
      boolean throttling =
          lower.contains("throttl")
              || lower.equals("slowdown")
              || lower.contains("toomanyrequests")
              || lower.equals("requestlimitexceeded");
      if (throttling) {
        return THROTTLED;
      }
      switch (status) {
        case 403:
          return ACCESS_DENIED;
        case 404:
          return NOT_FOUND;
        case 409:
          return CONFLICT;
        case 400:
          return MALFORMED;
        default:
          return OTHER;
      }
    }
  }

  private static final Map<String, AwsError> BY_SERVICE_AND_CODE =
      Stream.of(values())
          .collect(Collectors.toMap(e -> key(e.service, e.code), Function.identity()));

  private final String service;
  private final String code;
  private final int status;
  private final Kind kind;

  AwsError(String service, String code, int status, Kind kind) {
    this.service = service;
    this.code = code;
    this.status = status;
    this.kind = kind;
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

  public Kind kind() {
    return kind;
  }

  /** This error with a message (AWS's exact text), as the SPI exception a backend throws. */
  public CloudException exception(String message) {
    return kind.create(service, code, status, message, null);
  }

  /**
   * This error with AWS's exact message, and the simulator's own explanation of why, which never
   * goes into the message ({@link SimulatorReason}: the journal, the served answer's {@code
   * x-hyperpod-simulator-reason} header, the serve log).
   */
  public CloudException exception(String awsMessage, String reason) {
    return kind.create(service, code, status, awsMessage, null, new SimulatorReason(reason));
  }

  public static Optional<AwsError> find(String service, String code) {
    return Optional.ofNullable(BY_SERVICE_AND_CODE.get(key(service, code)));
  }

  /** The internal (500) error a service answers its own failures with, when the table has one. */
  public static Optional<AwsError> serverErrorFor(String service) {
    return Stream.of(values())
        .filter(e -> e.service.equals(service) && e.status == 500 && e.kind == Kind.OTHER)
        .findFirst();
  }

  /** The throttling error AWS sends for a service ({@code Throttling}, {@code SlowDown}, ...). */
  public static AwsError throttlingFor(String service) {
    return Stream.of(values())
        .filter(e -> e.service.equals(service) && e.kind == Kind.THROTTLED)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no throttling error known for service '" + service + "'"));
  }

  /**
   * An exception for any code: the listed kind when the table knows the code, otherwise one judged
   * from the status (403 access denied, 404 not found, 409 conflict, 400 malformed, throttling
   * codes throttled).
   */
  public static CloudException exception(
      String service, String code, int status, String message, String requestId) {
    Kind kind = find(service, code).map(AwsError::kind).orElseGet(() -> Kind.guess(code, status));
    return kind.create(service, code, status, message, requestId);
  }

  /** The same error, carrying the request id of the call it ended. */
  public static CloudException withRequestId(CloudException e, String requestId) {
    if (e.requestId().isPresent()) {
      return e;
    }
    Kind kind =
        find(e.service(), e.errorCode())
            .map(AwsError::kind)
            .orElseGet(() -> Kind.guess(e.errorCode(), e.statusCode()));
    CloudException copy =
        kind.create(
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
