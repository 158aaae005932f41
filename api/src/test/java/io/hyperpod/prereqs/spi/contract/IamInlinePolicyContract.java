package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inline policies of users and roles: put, replace, delete, aggregate size. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamInlinePolicyContract extends ContractGroup {
  protected IamInlinePolicyContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void putInlinePolicy_user_isOnTheUser() {
    IamUser user = newUser();
    String document = allow("ssm:StartSession", "*");

    backend().iam().putInlinePolicy(PrincipalRef.user(user.name()), "session", document);

    Map<String, String> inline =
        backend().iam().findUser(user.name()).orElseThrow().inlinePolicies();
    assertThat(inline).containsOnlyKeys("session");
    assertSameJson(inline.get("session"), document);
  }

  @Test
  void putInlinePolicy_sameName_replacesTheDocument() {
    IamRole role = newRole();
    String second = allow("ec2:DetachNetworkInterface", "*");
    backend()
        .iam()
        .putInlinePolicy(
            PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

    backend().iam().putInlinePolicy(PrincipalRef.role(role.name()), "eni", second);

    Map<String, String> inline =
        backend().iam().findRole(role.name()).orElseThrow().inlinePolicies();
    assertThat(inline).containsOnlyKeys("eni");
    assertSameJson(inline.get("eni"), second);
  }

  @Test
  void deleteInlinePolicy_existing_removesIt() {
    IamRole role = newRole();
    backend()
        .iam()
        .putInlinePolicy(
            PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

    backend().iam().deleteInlinePolicy(PrincipalRef.role(role.name()), "eni");

    assertThat(backend().iam().findRole(role.name()).orElseThrow().inlinePolicies()).isEmpty();
  }

  @Test
  void deleteInlinePolicy_missing_failsWithNoSuchEntity() {
    IamRole role = newRole();

    assertCloudError(
        () -> backend().iam().deleteInlinePolicy(PrincipalRef.role(role.name()), "nothing"),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void putInlinePolicy_malformedDocument_failsWithMalformedPolicyDocument() {
    IamUser user = newUser();

    assertCloudError(
        () ->
            backend()
                .iam()
                .putInlinePolicy(
                    PrincipalRef.user(user.name()), "bad", "{\"Version\":\"2012-10-17\"}"),
        MalformedException.class,
        "MalformedPolicyDocument",
        400);
  }

  @Test
  void putInlinePolicy_missingRole_failsWithNoSuchEntity() {
    assertCloudError(
        () ->
            backend()
                .iam()
                .putInlinePolicy(
                    PrincipalRef.role(unique("nobody")), "p", allow("s3:GetObject", "*")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void putInlinePolicy_userTotalOver2048Characters_failsWithLimitExceeded() {
    assumeNo(KnownDeviation.IAM_POLICY_SIZE_NOT_ENFORCED);
    IamUser user = newUser();
    backend().iam().putInlinePolicy(PrincipalRef.user(user.name()), "first", policyOfSize(1500));

    assertCloudError(
        () ->
            backend()
                .iam()
                .putInlinePolicy(PrincipalRef.user(user.name()), "second", policyOfSize(600)),
        LimitExceededException.class,
        "LimitExceeded",
        409);
  }
}
