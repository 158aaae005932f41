package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two accounts of one partition: global bucket names, ownership, separate IAM. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class CrossAccountContract extends ContractGroup {
  protected CrossAccountContract(CloudBackendContractTest suite) {
    super(suite);
  }

  private CloudBackend other;

  @BeforeEach
  void createOtherAccount() {
    Optional<CloudBackend> created = suite.createBackendInOtherAccount();
    assumeThat(created).as("%s reaches a second account", backend().name()).isPresent();
    other = created.orElseThrow();
    assertThat(other.account().callerIdentity().account()).isNotEqualTo(accountId());
  }

  @Test
  void createBucket_nameOwnedByAnotherAccount_failsWithBucketAlreadyExists() {
    String bucket = newBucket();

    assertCloudError(
        () -> other.s3().createBucket(bucket),
        AlreadyExistsException.class,
        "BucketAlreadyExists",
        409);
  }

  @Test
  void headBucket_anotherAccountsBucket_isOtherOwner() {
    assumeNo(KnownDeviation.S3_BUCKET_OWNER_NOT_ENFORCED);
    String bucket = newBucket();

    assertThat(other.s3().headBucket(bucket)).isEqualTo(BucketAccess.OTHER_OWNER);
  }

  @Test
  void listBuckets_anotherAccountsBucket_isNotListed() {
    String bucket = newBucket();

    assertThat(other.s3().listBuckets()).extracting(S3Bucket::name).doesNotContain(bucket);
  }

  @Test
  void putObject_anotherAccountsBucket_failsWithAccessDenied() {
    assumeNo(KnownDeviation.S3_BUCKET_OWNER_NOT_ENFORCED);
    String bucket = newBucket();

    assertCloudError(
        () -> other.s3().putObject(bucket, "k", bytes("x"), null),
        AccessDeniedException.class,
        "AccessDenied",
        403);
  }

  @Test
  void createBucket_afterOwnerDeletedIt_succeedsForAnotherAccount() {
    assumeNo(KnownDeviation.S3_BUCKET_OWNER_NOT_ENFORCED);
    String bucket = newBucket();
    backend().s3().deleteBucket(bucket);

    other.s3().createBucket(bucket);

    assertThat(other.s3().headBucket(bucket)).isEqualTo(BucketAccess.OWNED);
    assertThat(backend().s3().headBucket(bucket)).isEqualTo(BucketAccess.OTHER_OWNER);
  }

  @Test
  void createUser_sameNameInAnotherAccount_isASeparateUser() {
    IamUser mine = newUser();

    IamUser theirs = other.iam().createUser(mine.name(), Map.of());

    assertThat(theirs.arn()).isNotEqualTo(mine.arn());
    assertThat(other.iam().snapshot().users()).extracting(IamUser::name).contains(mine.name());
    assertThat(backend().iam().findUser(mine.name()).orElseThrow().userId())
        .isEqualTo(mine.userId());
  }
}
