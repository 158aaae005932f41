package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Managed policy versions: numbering, the default, the limit of five. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamPolicyVersionContract extends ContractGroup {
  protected IamPolicyVersionContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createPolicyVersion_setAsDefault_becomesDefaultVersionTwo() {
    ManagedPolicy policy = newPolicy();
    String document = allow("s3:GetObject", "*");

    PolicyVersion version = backend().iam().createPolicyVersion(policy.arn(), document, true);

    assertThat(version.versionId()).isEqualTo("v2");
    assertThat(version.defaultVersion()).isTrue();
    ManagedPolicy after = backend().iam().findPolicy(policy.arn()).orElseThrow();
    assertThat(after.defaultVersionId()).isEqualTo("v2");
    assertThat(after.versionCount()).isEqualTo(2);
    assertSameJson(after.defaultDocument(), document);
  }

  @Test
  void createPolicyVersion_notDefault_keepsVersionOneDefault() {
    ManagedPolicy policy = newPolicy();

    backend().iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

    List<PolicyVersion> versions = backend().iam().listPolicyVersions(policy.arn());
    assertThat(versions)
        .extracting(PolicyVersion::versionId, PolicyVersion::defaultVersion)
        .containsExactlyInAnyOrder(tuple("v1", true), tuple("v2", false));
  }

  @Test
  void createPolicyVersion_sixthVersion_failsWithLimitExceeded() {
    ManagedPolicy policy = newPolicy();
    for (int i = 0; i < 4; i++) {
      backend()
          .iam()
          .createPolicyVersion(policy.arn(), allow("s3:GetObject", "arn:aws:s3:::b" + i), false);
    }

    assertCloudError(
        () -> backend().iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false),
        LimitExceededException.class,
        "LimitExceeded",
        409);
  }

  @Test
  void createPolicyVersion_afterDeletingOne_continuesNumbering() {
    ManagedPolicy policy = newPolicy();
    for (int i = 0; i < 4; i++) {
      backend()
          .iam()
          .createPolicyVersion(policy.arn(), allow("s3:GetObject", "arn:aws:s3:::b" + i), false);
    }
    backend().iam().deletePolicyVersion(policy.arn(), "v2");

    PolicyVersion next =
        backend().iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

    assertThat(next.versionId()).isEqualTo("v6");
    assertThat(backend().iam().listPolicyVersions(policy.arn()))
        .extracting(PolicyVersion::versionId)
        .containsExactlyInAnyOrder("v1", "v3", "v4", "v5", "v6");
  }

  @Test
  void createPolicyVersion_malformedDocument_failsWithMalformedPolicyDocument() {
    ManagedPolicy policy = newPolicy();

    assertCloudError(
        () -> backend().iam().createPolicyVersion(policy.arn(), "{\"Statement\":5}", true),
        MalformedException.class,
        "MalformedPolicyDocument",
        400);
    assertThat(backend().iam().listPolicyVersions(policy.arn())).hasSize(1);
  }

  @Test
  void deletePolicyVersion_default_failsWithDeleteConflict() {
    ManagedPolicy policy = newPolicy();

    assertCloudError(
        () -> backend().iam().deletePolicyVersion(policy.arn(), "v1"),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
  }

  @Test
  void deletePolicyVersion_nonDefault_removesIt() {
    ManagedPolicy policy = newPolicy();
    backend().iam().createPolicyVersion(policy.arn(), allow("s3:GetObject", "*"), false);

    backend().iam().deletePolicyVersion(policy.arn(), "v2");

    assertThat(backend().iam().listPolicyVersions(policy.arn()))
        .extracting(PolicyVersion::versionId)
        .containsExactly("v1");
  }

  @Test
  void deletePolicyVersion_missingVersion_failsWithNoSuchEntity() {
    ManagedPolicy policy = newPolicy();

    assertCloudError(
        () -> backend().iam().deletePolicyVersion(policy.arn(), "v4"),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void listPolicyVersions_missingPolicy_failsWithNoSuchEntity() {
    assertCloudError(
        () ->
            backend()
                .iam()
                .listPolicyVersions("arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }
}
