package io.hyperpod.prereqs.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an AWS error code means to a caller, and so which {@link CloudException} subclass carries
 * it: the one table of the project from AWS error code to kind, which the AWS backend and the
 * simulator both use. Codes are service-independent here (AWS gives one code one meaning across
 * the services this tool calls); a code the table does not list is judged by its name ({@link
 * #of}).
 */
public enum ErrorKind {
  /** The resource does not exist: {@link NotFoundException}. */
  NOT_FOUND(NotFoundException::new),
  /** The resource already exists: {@link AlreadyExistsException}. */
  ALREADY_EXISTS(AlreadyExistsException::new),
  /** A service limit or quota is reached: {@link LimitExceededException}. */
  LIMIT_EXCEEDED(LimitExceededException::new),
  /** The request is not valid: {@link MalformedException}. */
  MALFORMED(MalformedException::new),
  /** Other resources still depend on the resource: {@link DependencyViolationException}. */
  DEPENDENCY_VIOLATION(DependencyViolationException::new),
  /** The resource's state does not allow the call: {@link ConflictException}. */
  CONFLICT(ConflictException::new),
  /** The caller may not do this: {@link AccessDeniedException}. */
  ACCESS_DENIED(AccessDeniedException::new),
  /** The credentials themselves are refused (unknown key, expired token, bad signature). */
  BAD_CREDENTIALS(AccessDeniedException::new),
  /** The call was throttled; retry later: {@link ThrottledException}. */
  THROTTLED(ThrottledException::new),
  /** Any other AWS error: a plain {@link CloudException} with its code. */
  OTHER(CloudException::new);

  private static final Map<String, ErrorKind> TABLE = table();

  /** The six-argument constructor every {@link CloudException} subclass has. */
  @FunctionalInterface
  public interface Factory {
    /**
     * A new exception of this kind.
     *
     * @param service the SigV4 service name, e.g. {@code iam}
     * @param errorCode AWS's error code
     * @param statusCode the HTTP status of the answer
     * @param message AWS's error message
     * @param requestId the request id, or {@code null}
     * @param cause the underlying exception, or {@code null}
     * @return the exception
     */
    CloudException create(
        String service,
        String errorCode,
        int statusCode,
        String message,
        String requestId,
        Throwable cause);
  }

  private final Factory factory;

  ErrorKind(Factory factory) {
    this.factory = factory;
  }

  /**
   * The exception of this kind for an AWS error.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param errorCode AWS's error code, e.g. {@code NoSuchEntity}
   * @param statusCode the HTTP status of the answer
   * @param message AWS's error message
   * @param requestId the request id, or {@code null}
   * @param cause the underlying exception, or {@code null}
   * @return the exception of this kind's class
   */
  public CloudException create(
      String service,
      String errorCode,
      int statusCode,
      String message,
      String requestId,
      Throwable cause) {
    return factory.create(service, errorCode, statusCode, message, requestId, cause);
  }

  /**
   * The kind the table lists for an AWS error code; empty for a code it does not list.
   *
   * @param errorCode an AWS error code, e.g. {@code EntityAlreadyExists}
   * @return the listed kind, or empty
   */
  public static Optional<ErrorKind> listed(String errorCode) {
    return Optional.ofNullable(TABLE.get(errorCode));
  }

  /**
   * The kind of an AWS error: the table's for a listed code. A code the table does not list is
   * judged by AWS's naming alone: EC2's {@code .NotFound}, {@code .Malformed} and {@code
   * .Duplicate} families, and throttling codes (or HTTP 429); any other is {@link #OTHER}, a plain
   * {@link CloudException} that keeps the code, since a status such as 400 says too little about
   * what a caller can do.
   *
   * @param errorCode an AWS error code, or {@code null}
   * @param statusCode the HTTP status of the answer
   * @return the kind; {@link #OTHER} when nothing else fits
   */
  public static ErrorKind of(String errorCode, int statusCode) {
    ErrorKind kind = errorCode == null ? null : TABLE.get(errorCode);
    if (kind != null) {
      return kind;
    }
    String code = errorCode == null ? "" : errorCode;
    String lower = code.toLowerCase(Locale.ROOT);
    if (lower.contains("throttl") || lower.contains("toomanyrequests") || statusCode == 429) {
      return THROTTLED;
    }
    if (code.endsWith(".NotFound")) {
      return NOT_FOUND;
    }
    if (code.endsWith(".Malformed")) {
      return MALFORMED;
    }
    if (code.endsWith(".Duplicate")) {
      return ALREADY_EXISTS;
    }
    return OTHER;
  }

  private static Map<String, ErrorKind> table() {
    Map<String, ErrorKind> kinds = new HashMap<>();
    put(
        kinds,
        NOT_FOUND,
        "NoSuchEntity",
        "InvalidVpcID.NotFound",
        "InvalidSubnetID.NotFound",
        "InvalidGroup.NotFound",
        "InvalidPermission.NotFound",
        "InvalidSecurityGroupRuleId.NotFound",
        "InvalidRouteTableID.NotFound",
        "InvalidVpcEndpointId.NotFound",
        "InvalidPrefixListID.NotFound",
        "InvalidNetworkInterfaceID.NotFound",
        "InvalidAttachmentID.NotFound",
        "InvalidInstanceID.NotFound",
        "FileSystemNotFound",
        "NoSuchBucket",
        "NoSuchKey",
        "NoSuchBucketPolicy",
        "NoSuchTagSet",
        "NoSuchVersion",
        "NotFound",
        "ResourceNotFound",
        "ResourceNotFoundException",
        // SSM: a document, or a version of one, that does not exist
        "InvalidDocument",
        "InvalidDocumentVersion",
        // Service Quotas: a service, quota or request that does not exist
        "NoSuchResourceException");
    put(
        kinds,
        ALREADY_EXISTS,
        "EntityAlreadyExists",
        "InvalidGroup.Duplicate",
        "InvalidPermission.Duplicate",
        "RouteAlreadyExists",
        "BucketAlreadyExists",
        "BucketAlreadyOwnedByYou",
        "DocumentAlreadyExists",
        "ResourceAlreadyExistsException");
    put(
        kinds,
        LIMIT_EXCEEDED,
        "LimitExceeded",
        "TooManyBuckets",
        "MaxDocumentSizeExceeded",
        "DocumentLimitExceeded",
        "DocumentVersionLimitExceeded",
        "QuotaExceededException",
        "VpcLimitExceeded",
        "SubnetLimitExceeded",
        "SecurityGroupLimitExceeded",
        "RulesPerSecurityGroupLimitExceeded",
        "RouteLimitExceeded",
        "VpcEndpointLimitExceeded",
        "TagLimitExceeded",
        "ServiceLimitExceeded",
        "InsufficientFreeAddressesInSubnet");
    put(
        kinds,
        MALFORMED,
        "MalformedPolicyDocument",
        "InvalidVpcID.Malformed",
        "InvalidVpc.Range",
        "InvalidSubnetID.Malformed",
        "InvalidSubnet.Range",
        "InvalidGroupId.Malformed",
        "InvalidPermission.Malformed",
        "InvalidRouteTableId.Malformed",
        "InvalidVpcEndpointId.Malformed",
        "InvalidNetworkInterfaceID.Malformed",
        "InvalidServiceName",
        "InvalidID",
        "InvalidFilter",
        "BadRequest",
        "InvalidNetworkSettings",
        "InvalidPerUnitStorageThroughput",
        "NotServiceResourceError",
        "InvalidImportPath",
        "InvalidExportPath",
        "ValidationError",
        "ValidationException",
        "InvalidInput",
        "PolicyNotAttachable",
        "InvalidBucketName",
        "MalformedPolicy",
        "MalformedXML",
        "InvalidArgument",
        "InvalidTag",
        "MetadataTooLarge",
        "InvalidParameterValue",
        "InvalidParameterCombination",
        "MissingParameter",
        "InvalidDocumentContent",
        "InvalidDocumentSchemaVersion",
        "InvalidDocumentOperation",
        "DuplicateDocumentVersionName",
        "IllegalArgumentException",
        "InvalidPaginationTokenException");
    put(
        kinds,
        DEPENDENCY_VIOLATION,
        "DeleteConflict",
        "BucketNotEmpty",
        "DependencyViolation",
        "InvalidNetworkInterface.InUse");
    put(
        kinds,
        CONFLICT,
        "ConcurrentModification",
        "InvalidSubnet.Conflict",
        "InvalidIPAddress.InUse",
        "CannotDelete",
        "IdempotentParameterMismatch",
        "IncompatibleParameterError",
        "UnmodifiableEntity",
        "OperationAborted",
        "ResourceInUse",
        // SSM: a version with this content exists already
        "DuplicateDocumentContent",
        "TooManyUpdates",
        "InvalidResourceStateException",
        // S3 conditional writes: the condition did not hold, or another write to the key raced
        "PreconditionFailed",
        "ConditionalRequestConflict");
    put(
        kinds,
        ACCESS_DENIED,
        "AccessDenied",
        "OptInRequired",
        "AccessDeniedException",
        "Forbidden",
        "UnauthorizedOperation",
        "AllAccessDisabled",
        "DependencyAccessDeniedException");
    put(
        kinds,
        BAD_CREDENTIALS,
        "InvalidClientTokenId",
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "ExpiredToken",
        "ExpiredTokenException",
        "AuthFailure",
        "UnrecognizedClientException");
    put(
        kinds,
        THROTTLED,
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestLimitExceeded",
        "SlowDown",
        "TooManyRequestsException",
        "RequestThrottled",
        "RequestThrottledException");
    // SageMaker: a quota of the account (e.g. instances for cluster usage) would be exceeded
    put(kinds, LIMIT_EXCEEDED, "ResourceLimitExceeded");
    // SSM StartSession: no managed node with this target is connected
    put(kinds, NOT_FOUND, "TargetNotConnected");
    // KMS (TrentService): its own exception names for the same meanings
    put(kinds, NOT_FOUND, "NotFoundException");
    put(kinds, ALREADY_EXISTS, "AlreadyExistsException");
    put(kinds, LIMIT_EXCEEDED, "LimitExceededException");
    put(
        kinds,
        MALFORMED,
        "MalformedPolicyDocumentException",
        "InvalidArnException",
        "InvalidAliasNameException",
        "InvalidMarkerException",
        "TagException");
    // KMS: the key's state (Disabled, PendingDeletion, ...) does not allow the operation
    put(kinds, CONFLICT, "KMSInvalidStateException", "DisabledException");
    // KMS: alias/aws/ names are reserved for AWS managed keys
    put(kinds, ACCESS_DENIED, "NotAuthorizedException");
    put(kinds, OTHER, "KMSInternalException", "DependencyTimeoutException");
    // KMS: an operation the key (or the simulator's KMS) does not support
    put(kinds, MALFORMED, "UnsupportedOperationException");
    put(
        kinds,
        MALFORMED,
        // S3, IAM and STS requests the service cannot take
        "KeyTooLongError",
        "IllegalLocationConstraintException",
        "InvalidLocationConstraint",
        "BadDigest",
        "InvalidDigest",
        "InvalidRange",
        "InvalidBucketOwnerAWSAccountID",
        "MethodNotAllowed",
        "IllegalVersioningConfigurationException",
        "InvalidAction",
        "PackedPolicyTooLarge");
    put(
        kinds,
        OTHER,
        // the service failed (HTTP 5xx) or does not implement the call
        "ServiceFailure",
        "InternalError",
        "InternalServerError",
        "ServiceException",
        "NotImplemented");
    return Map.copyOf(kinds);
  }

  private static void put(Map<String, ErrorKind> kinds, ErrorKind kind, String... codes) {
    for (String code : List.of(codes)) {
      if (kinds.put(code, kind) != null) {
        throw new IllegalStateException("AWS error code " + code + " is listed twice");
      }
    }
  }
}
