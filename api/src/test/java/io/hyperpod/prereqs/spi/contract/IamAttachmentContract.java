package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import org.junit.jupiter.api.Test;

/**
 * Attaching and detaching managed policies, attachment counts, the quota of ten. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamAttachmentContract extends ContractGroup {
  protected IamAttachmentContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void attachPolicy_toUser_isListedAndCounted() {
    IamUser user = newUser();
    ManagedPolicy policy = newPolicy();

    backend().iam().attachPolicy(PrincipalRef.user(user.name()), policy.arn());

    assertThat(backend().iam().findUser(user.name()).orElseThrow().attachedPolicyArns())
        .containsExactly(policy.arn());
    assertThat(backend().iam().findPolicy(policy.arn()).orElseThrow().attachmentCount())
        .isEqualTo(1);
  }

  @Test
  void attachPolicy_toRole_isListed() {
    IamRole role = newRole();
    ManagedPolicy policy = newPolicy();

    backend().iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());

    assertThat(backend().iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
        .containsExactly(policy.arn());
  }

  @Test
  void attachPolicy_awsManagedToRole_isListed() {
    IamRole role = newRole();

    backend().iam().attachPolicy(PrincipalRef.role(role.name()), CLUSTER_INSTANCE_POLICY);

    assertThat(backend().iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
        .containsExactly(CLUSTER_INSTANCE_POLICY);
  }

  @Test
  void attachPolicy_twice_isListedOnce() {
    IamRole role = newRole();
    ManagedPolicy policy = newPolicy();

    backend().iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());
    backend().iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());

    assertThat(backend().iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
        .containsExactly(policy.arn());
  }

  @Test
  void attachPolicy_missingPolicy_failsWithNoSuchEntity() {
    IamRole role = newRole();

    assertCloudError(
        () ->
            backend()
                .iam()
                .attachPolicy(
                    PrincipalRef.role(role.name()),
                    "arn:aws:iam::" + accountId() + ":policy/" + unique("nothing")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void attachPolicy_missingRole_failsWithNoSuchEntity() {
    ManagedPolicy policy = newPolicy();

    assertCloudError(
        () -> backend().iam().attachPolicy(PrincipalRef.role(unique("nobody")), policy.arn()),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void attachPolicy_eleventhToRole_failsWithLimitExceeded() {
    assumeNo(KnownDeviation.IAM_ATTACHMENT_QUOTA_NOT_ENFORCED);
    IamRole role = newRole();
    for (int i = 0; i < 10; i++) {
      backend().iam().attachPolicy(PrincipalRef.role(role.name()), newPolicy().arn());
    }
    ManagedPolicy eleventh = newPolicy();

    assertCloudError(
        () -> backend().iam().attachPolicy(PrincipalRef.role(role.name()), eleventh.arn()),
        LimitExceededException.class,
        "LimitExceeded",
        409);
    assertThat(backend().iam().findRole(role.name()).orElseThrow().attachedPolicyArns())
        .hasSize(10);
  }

  @Test
  void detachPolicy_attached_removesItAndTheCount() {
    IamUser user = newUser();
    ManagedPolicy policy = newPolicy();
    backend().iam().attachPolicy(PrincipalRef.user(user.name()), policy.arn());

    backend().iam().detachPolicy(PrincipalRef.user(user.name()), policy.arn());

    assertThat(backend().iam().findUser(user.name()).orElseThrow().attachedPolicyArns()).isEmpty();
    assertThat(backend().iam().findPolicy(policy.arn()).orElseThrow().attachmentCount()).isZero();
  }

  @Test
  void detachPolicy_notAttached_failsWithNoSuchEntity() {
    IamUser user = newUser();
    ManagedPolicy policy = newPolicy();

    assertCloudError(
        () -> backend().iam().detachPolicy(PrincipalRef.user(user.name()), policy.arn()),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }
}
