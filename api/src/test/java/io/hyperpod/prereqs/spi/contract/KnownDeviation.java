package io.hyperpod.prereqs.spi.contract;

/**
 * A known way in which a backend (or the server behind it) differs from AWS. A backend's contract
 * test declares its deviations in {@link CloudBackendContractTest#knownDeviations()}; the tests
 * (or the single assertions) that would fail only because of them are skipped for it, and stay in
 * force for every other backend. The simulator declares none.
 *
 * <p>Each constant says what AWS does and what the servers known to deviate do; every one was seen
 * on moto 5.2.1 ({@code MotoBackendContractTest} in aws-backend).
 */
public enum KnownDeviation {
  /**
   * IAM ids without AWS's prefixes. AWS: user ids start {@code AIDA}, policy ids {@code ANPA}.
   * moto: user ids are 20 random lowercase characters, policy ids {@code A} and 20 characters.
   */
  IAM_ID_PREFIXES,
  /**
   * IAM names compared case-sensitively. AWS: names are unique regardless of case, so creating
   * {@code ALICE} beside {@code alice} fails with EntityAlreadyExists. moto creates both.
   */
  IAM_NAMES_CASE_SENSITIVE,
  /**
   * IAM name and description constraints not enforced. AWS: a user name with a space, names over
   * 64 characters and role descriptions over 1,000 fail with ValidationError. moto accepts them.
   */
  IAM_NAME_RULES_NOT_ENFORCED,
  /**
   * Policy size quotas not enforced. AWS: a managed policy over 6,144 non-whitespace characters,
   * or a user's inline policies over 2,048 in all, fail with LimitExceeded. moto stores them.
   */
  IAM_POLICY_SIZE_NOT_ENFORCED,
  /**
   * An identity policy with a {@code Principal} element accepted. AWS: MalformedPolicyDocument
   * ("Policy document should not specify a principal"). moto creates the policy.
   */
  IAM_POLICY_PRINCIPAL_NOT_REJECTED,
  /**
   * Role trust policies stored without IAM's checks. AWS: text that is not JSON, or a statement
   * with a {@code Resource}, fails with MalformedPolicyDocument. moto stores any text.
   */
  IAM_TRUST_POLICY_NOT_VALIDATED,
  /**
   * DeletePolicy's conflicts not enforced. AWS: deleting a policy that is still attached, or that
   * has versions besides the default, fails with DeleteConflict. moto deletes it (and leaves the
   * attachments dangling on the principals).
   */
  IAM_DELETE_POLICY_CONFLICTS_NOT_ENFORCED,
  /**
   * A malformed policy ARN not rejected. AWS: GetPolicy on {@code not-an-arn} fails with
   * InvalidInput. moto answers NoSuchEntity.
   */
  IAM_POLICY_ARN_NOT_VALIDATED,
  /**
   * The quota of 10 managed policies per user and per role not enforced. AWS: the eleventh
   * attachment fails with LimitExceeded. moto attaches it.
   */
  IAM_ATTACHMENT_QUOTA_NOT_ENFORCED,
  /**
   * IAM tag rules not enforced. AWS: more than 50 tags fail with LimitExceeded, keys over 128
   * characters with ValidationError, the reserved {@code aws:} prefix with InvalidInput. moto
   * stores them.
   */
  IAM_TAG_RULES_NOT_ENFORCED,
  /**
   * Bucket policies stored without S3's checks. AWS: text that is not JSON, or a resource outside
   * the bucket, fails with MalformedPolicy. moto stores any text.
   */
  S3_BUCKET_POLICY_NOT_VALIDATED,
  /**
   * The bucket naming rules that the AWS SDK leaves to S3 not enforced (the SDK itself refuses
   * most bad names before sending). AWS: names starting {@code xn--} or ending {@code -s3alias}
   * fail with InvalidBucketName. moto creates the buckets.
   */
  S3_BUCKET_NAME_RULES_NOT_ENFORCED,
  /**
   * Bucket ownership not enforced between accounts. AWS: HeadBucket with the caller's account as
   * ExpectedBucketOwner answers 403 for another account's bucket, and writing into another
   * account's bucket fails with AccessDenied. moto ignores ExpectedBucketOwner (200) and lets any
   * account write.
   */
  S3_BUCKET_OWNER_NOT_ENFORCED,
  /**
   * EC2 security group deletion checks not enforced. AWS: deleting a group another group's rule
   * refers to fails with DependencyViolation, deleting a VPC's {@code default} group with
   * CannotDelete. moto deletes both.
   */
  EC2_GROUP_DELETE_CHECKS_NOT_ENFORCED,
  /**
   * CreateVpcEndpoint's ClientToken ignored. AWS: the same token with the same parameters answers
   * the endpoint made first, with other parameters fails with IdempotentParameterMismatch. moto
   * makes a new endpoint each time.
   */
  EC2_ENDPOINT_CLIENT_TOKEN_IGNORED,
  /**
   * Gateway endpoint route conflicts not enforced. AWS: a second S3 endpoint on a table that routes
   * to S3 already fails with RouteAlreadyExists, and DeleteVpc while an endpoint is in the VPC with
   * DependencyViolation. moto makes the endpoint and deletes the VPC.
   */
  EC2_ENDPOINT_CONFLICTS_NOT_ENFORCED,
  /**
   * The {@code vpc-endpoint-id} filter of DescribeVpcEndpoints not implemented, and unknown ids
   * not reported by DeleteVpcEndpoints. AWS: the filter answers the endpoints that exist; deleting
   * an unknown endpoint answers an {@code unsuccessful} item InvalidVpcEndpointId.NotFound. moto
   * fails the filter with HTTP 500 (FilterNotImplementedError) and answers the deletion with
   * success.
   */
  EC2_ENDPOINT_ID_FILTER_NOT_IMPLEMENTED,
  /**
   * ModifyVpcEndpoint's added route tables get no route. AWS: each added table gets a route to the
   * service's prefix list, as on creation. moto lists the table on the endpoint but adds no route.
   */
  EC2_MODIFY_ENDPOINT_ROUTES_NOT_MADE,
  /**
   * FSx CreateFileSystem not validated. AWS: capacities off the steps fail with BadRequest,
   * throughputs the deployment type does not offer with InvalidPerUnitStorageThroughput, security
   * groups that do not let Lustre's TCP 988 in with InvalidNetworkSettings. moto creates them.
   */
  FSX_CREATE_NOT_VALIDATED,
  /**
   * FSx's ClientRequestToken ignored. AWS: the same token with the same parameters answers the
   * file system made first, with other parameters fails with IncompatibleParameterError. moto makes
   * a new file system each time.
   */
  FSX_CLIENT_TOKEN_IGNORED,
  /**
   * FSx file systems without a lifecycle or network. AWS: a new file system is CREATING for
   * minutes, then AVAILABLE, has a mount name and network interfaces in its subnet (which then
   * cannot be deleted: DependencyViolation). moto answers no Lifecycle (the AWS backend reads it as
   * AVAILABLE: the file system exists at once), no MountName, VpcId or network interfaces, and lets
   * the subnet go.
   */
  FSX_NO_LIFECYCLE_OR_NETWORK,
  /**
   * Unknown FSx file system ids not reported. AWS: DescribeFileSystems and DeleteFileSystem of an
   * unknown id fail with FileSystemNotFound. moto describes none and fails the deletion with HTTP
   * 500.
   */
  FSX_UNKNOWN_ID_NOT_REPORTED,
  /**
   * A missing version of an existing SSM document reported as a missing document. AWS: GetDocument
   * with a DocumentVersion the document does not have fails with InvalidDocumentVersion. moto
   * answers InvalidDocument ("The specified document does not exist."); both are 400 and
   * NotFoundException.
   */
  SSM_MISSING_VERSION_IS_INVALID_DOCUMENT,
  /**
   * No SageMaker quotas. AWS: ListAWSDefaultServiceQuotas for service code {@code sagemaker} lists
   * SageMaker's quotas, the HyperPod cluster quotas ("ml.p5.48xlarge for cluster usage", ...) among
   * them. moto knows the quotas of service {@code vpc} only and answers NoSuchResourceException
   * ("This service is not available in the current Region") for {@code sagemaker}.
   */
  QUOTAS_NO_SAGEMAKER_QUOTAS,
  /**
   * Most Service Quotas operations missing. AWS: ListServiceQuotas, RequestServiceQuotaIncrease,
   * ListRequestedServiceQuotaChangeHistory(ByQuota) and GetRequestedServiceQuotaChange answer as
   * documented (an unknown quota code or request id: NoSuchResourceException, 400). moto implements
   * only ListAWSDefaultServiceQuotas and GetServiceQuota and answers the others with HTTP 500 (an
   * HTML error page, no error code).
   */
  QUOTAS_OPERATIONS_NOT_IMPLEMENTED,
  /**
   * No IAM policy simulation. AWS: SimulatePrincipalPolicy and SimulateCustomPolicy evaluate the
   * policies and answer an EvaluationResult per action and resource (unknown PolicySourceArn:
   * NoSuchEntity, 404; a document that is not JSON: MalformedPolicyDocument, 400). moto 5.2.1
   * implements neither and answers both with HTTP 500 (an HTML error page, no error code).
   */
  IAM_SIMULATION_NOT_IMPLEMENTED,
  /**
   * SageMaker cluster ARNs end in the cluster's name. AWS: {@code
   * arn:aws:sagemaker:REGION:ACCOUNT:cluster/<12 lowercase alphanumerics>}, an id of its own. moto
   * 5.2.1: {@code ...:cluster/<ClusterName>}.
   */
  SAGEMAKER_CLUSTER_ARN_HAS_NAME,
  /**
   * SageMaker clusters change state at once. AWS: a new cluster is {@code Creating} for minutes,
   * then {@code InService} (or {@code Failed}); a deleted one is {@code Deleting} before it goes.
   * moto 5.2.1: {@code InService} at CreateCluster, gone at DeleteCluster.
   */
  SAGEMAKER_CLUSTER_STATES_INSTANT,
  /**
   * HyperPod node ids that are not EC2 instance ids. AWS: ListClusterNodes answers {@code i-} and
   * 17 hex digits. moto 5.2.1: {@code <group>-<n>}, e.g. {@code controller-0}.
   */
  SAGEMAKER_NODE_IDS_NOT_EC2,
  /**
   * A cluster that does not exist reported as a validation error. AWS: DescribeCluster,
   * ListClusterNodes and DeleteCluster of a missing cluster fail with ResourceNotFound (400).
   * moto 5.2.1: ValidationException ("Could not find cluster '...'"), 400.
   */
  SAGEMAKER_MISSING_CLUSTER_IS_VALIDATION_EXCEPTION,
  /**
   * No SSM StartSession. AWS: StartSession on a target that is not connected fails with
   * TargetNotConnected (400), on a connected node it answers a session id, stream URL and token.
   * moto 5.2.1 does not implement it (NotImplementedError: HTTP 500, no error code).
   */
  SSM_START_SESSION_NOT_IMPLEMENTED,
  /**
   * KMS key policies stored without KMS's checks. AWS: CreateKey and PutKeyPolicy with a policy
   * that is not JSON, or that would not let the caller change the policy again (the policy
   * lockout safety check), fail with MalformedPolicyDocumentException (400). moto 5.2.1 stores
   * any text.
   */
  KMS_POLICY_NOT_VALIDATED,
  /**
   * ScheduleKeyDeletion's checks not enforced. AWS: scheduling a key that is already {@code
   * PendingDeletion}, or putting its policy, fails with KMSInvalidStateException (400); a waiting
   * period outside 7 to 30 days fails with ValidationException (400). moto 5.2.1 schedules the key
   * again, stores the policy, and answers a window outside the range with no deletion date and no
   * change.
   */
  KMS_DELETION_CHECKS_NOT_ENFORCED,
}
