package io.hyperpod.prereqs.aws;

import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.contract.CloudBackendContractTest;
import io.hyperpod.prereqs.spi.contract.KnownDeviation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI contract on the AWS backend against a local moto server (one for the class; every test
 * uses names of its own), with a second account reached through an STS AssumeRole. Where moto
 * differs from AWS, the deviation is declared below with what each of them does.
 */
class MotoBackendContractTest extends CloudBackendContractTest {
  private static final String OTHER_ACCOUNT = "210987654321";

  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  private final List<AwsBackend> opened = new ArrayList<>();

  @AfterEach
  void closeBackends() {
    opened.forEach(AwsBackend::close);
    opened.clear();
  }

  @Override
  protected CloudBackend createBackend() {
    return open(MOTO.server().backendBuilder());
  }

  @Override
  protected Optional<CloudBackend> createBackendInOtherAccount() {
    return Optional.of(
        open(MOTO.server().backendBuilder()
            .credentialsProvider(MOTO.server().credentialsInAccount(OTHER_ACCOUNT))));
  }

  /** Each one seen on moto 5.2.1; {@link KnownDeviation} says what moto and AWS do. */
  @Override
  protected Set<KnownDeviation> knownDeviations() {
    return EnumSet.of(
        KnownDeviation.IAM_ID_PREFIXES,
        KnownDeviation.IAM_NAMES_CASE_SENSITIVE,
        KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED,
        KnownDeviation.IAM_POLICY_SIZE_NOT_ENFORCED,
        KnownDeviation.IAM_POLICY_PRINCIPAL_NOT_REJECTED,
        KnownDeviation.IAM_TRUST_POLICY_NOT_VALIDATED,
        KnownDeviation.IAM_DELETE_POLICY_CONFLICTS_NOT_ENFORCED,
        KnownDeviation.IAM_POLICY_ARN_NOT_VALIDATED,
        KnownDeviation.IAM_ATTACHMENT_QUOTA_NOT_ENFORCED,
        KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED,
        KnownDeviation.S3_BUCKET_POLICY_NOT_VALIDATED,
        KnownDeviation.S3_BUCKET_NAME_RULES_NOT_ENFORCED,
        KnownDeviation.S3_BUCKET_OWNER_NOT_ENFORCED,
        KnownDeviation.EC2_GROUP_DELETE_CHECKS_NOT_ENFORCED,
        KnownDeviation.EC2_ENDPOINT_CLIENT_TOKEN_IGNORED,
        KnownDeviation.EC2_ENDPOINT_CONFLICTS_NOT_ENFORCED,
        KnownDeviation.EC2_ENDPOINT_ID_FILTER_NOT_IMPLEMENTED,
        KnownDeviation.EC2_MODIFY_ENDPOINT_ROUTES_NOT_MADE,
        KnownDeviation.FSX_CREATE_NOT_VALIDATED,
        KnownDeviation.FSX_CLIENT_TOKEN_IGNORED,
        KnownDeviation.FSX_NO_LIFECYCLE_OR_NETWORK,
        KnownDeviation.FSX_UNKNOWN_ID_NOT_REPORTED,
        KnownDeviation.SSM_MISSING_VERSION_IS_INVALID_DOCUMENT,
        KnownDeviation.QUOTAS_NO_SAGEMAKER_QUOTAS,
        KnownDeviation.QUOTAS_OPERATIONS_NOT_IMPLEMENTED,
        KnownDeviation.IAM_SIMULATION_NOT_IMPLEMENTED,
        KnownDeviation.SAGEMAKER_CLUSTER_ARN_HAS_NAME,
        KnownDeviation.SAGEMAKER_CLUSTER_STATES_INSTANT,
        KnownDeviation.SAGEMAKER_NODE_IDS_NOT_EC2,
        KnownDeviation.SAGEMAKER_MISSING_CLUSTER_IS_VALIDATION_EXCEPTION,
        KnownDeviation.SSM_START_SESSION_NOT_IMPLEMENTED,
        KnownDeviation.KMS_POLICY_NOT_VALIDATED,
        KnownDeviation.KMS_DELETION_CHECKS_NOT_ENFORCED);
  }

  private AwsBackend open(AwsBackend.Builder builder) {
    AwsBackend backend = builder.build();
    opened.add(backend);
    return backend;
  }
}
