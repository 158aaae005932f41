package io.hyperpod.prereqs.spi.contract;

import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The behaviour every {@link CloudBackend} shows, as AWS shows it: results, error codes, HTTP
 * statuses and exception types of the account, IAM, S3, SSM, Service Quotas, EC2 and FSx ports. A
 * backend module subclasses this class and implements {@link #createBackend()}; a backend that can
 * reach a second account of the same partition also implements {@link
 * #createBackendInOtherAccount()}. A backend whose server differs from AWS in a known way declares
 * it in {@link #knownDeviations()}: the tests that depend on it are skipped for that backend only.
 *
 * <p>The tests sit in one {@link ContractGroup} per port and topic (users, roles, policies,
 * versions, attachments, tags, inline policies, snapshot, buckets, objects, bucket policies, bucket
 * tags, quotas, SSM documents and sessions, SageMaker clusters, EC2 VPCs, subnets, security groups and endpoints, FSx file systems, KMS keys,
 * two accounts), each run here as a {@code @Nested} class.
 */
public abstract class CloudBackendContractTest {
  /** The backend under test, new for every test. */
  protected CloudBackend backend;

  /** A new backend for one test; with a fresh or a shared server behind it. */
  protected abstract CloudBackend createBackend();

  /**
   * A backend of another account in the same partition (S3 bucket names shared), called after
   * {@link #createBackend()}; empty when the backend cannot reach one, which skips the
   * cross-account tests.
   */
  protected Optional<CloudBackend> createBackendInOtherAccount() {
    return Optional.empty();
  }

  /**
   * Whether the suite may file Service Quotas increase requests. Answer false against a real
   * account: a request there is a real request (and may open a support case).
   */
  protected boolean filesQuotaRequests() {
    return false;
  }

  /** How this backend knowingly differs from AWS; the simulator and AWS itself have none. */
  protected Set<KnownDeviation> knownDeviations() {
    return EnumSet.noneOf(KnownDeviation.class);
  }

  /**
   * Moves the backend's time on by {@code duration} (clusters finish creating or deleting): true
   * when it did. A backend on a real server cannot and answers false, which skips the tests that
   * wait for a cluster.
   */
  protected boolean advanceClock(java.time.Duration duration) {
    return false;
  }

  @BeforeEach
  final void createBackendForTest() {
    backend = createBackend();
  }

  @Nested
  class Account extends AccountContract {
    Account() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamUsers extends IamUserContract {
    IamUsers() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamRoles extends IamRoleContract {
    IamRoles() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamPolicies extends IamPolicyContract {
    IamPolicies() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamPolicyVersions extends IamPolicyVersionContract {
    IamPolicyVersions() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamAttachments extends IamAttachmentContract {
    IamAttachments() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamTags extends IamTagContract {
    IamTags() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamInlinePolicies extends IamInlinePolicyContract {
    IamInlinePolicies() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamSnapshots extends IamSnapshotContract {
    IamSnapshots() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class IamSimulations extends IamSimulationContract {
    IamSimulations() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class S3Buckets extends S3BucketContract {
    S3Buckets() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class S3Objects extends S3ObjectContract {
    S3Objects() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class S3Policies extends S3BucketPolicyContract {
    S3Policies() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class S3Tags extends S3BucketTagContract {
    S3Tags() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class Quotas extends QuotasContract {
    Quotas() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class SsmDocuments extends SsmDocumentContract {
    SsmDocuments() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class Ec2Vpcs extends Ec2VpcContract {
    Ec2Vpcs() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class Ec2Subnets extends Ec2SubnetContract {
    Ec2Subnets() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class Ec2SecurityGroups extends Ec2SecurityGroupContract {
    Ec2SecurityGroups() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class Ec2Endpoints extends Ec2EndpointContract {
    Ec2Endpoints() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class FsxFileSystems extends FsxContract {
    FsxFileSystems() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class KmsKeys extends KmsContract {
    KmsKeys() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class CrossAccount extends CrossAccountContract {
    CrossAccount() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class SageMakerClusters extends SageMakerContract {
    SageMakerClusters() {
      super(CloudBackendContractTest.this);
    }
  }

  @Nested
  class SsmSessions extends SsmSessionContract {
    SsmSessions() {
      super(CloudBackendContractTest.this);
    }
  }
}
