package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * IAM roles: trust policies, descriptions, delete conflicts. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamRoleContract extends ContractGroup {
  protected IamRoleContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createRole_sagemakerTrust_returnsRoleWithTrustAndDescription() {
    String name = unique("ExecutionRole");

    IamRole role =
        backend()
            .iam()
            .createRole(name, SAGEMAKER_TRUST, "HyperPod nodes", Map.of("stack", "demo"));

    assertThat(role.arn()).isEqualTo("arn:aws:iam::" + accountId() + ":role/" + name);
    assertThat(role.roleId()).startsWith("AROA");
    assertThat(role.description()).hasValue("HyperPod nodes");
    assertThat(role.tags()).containsExactlyEntriesOf(Map.of("stack", "demo"));
    assertSameJson(role.assumeRolePolicyDocument(), SAGEMAKER_TRUST);
  }

  @Test
  void findRole_afterCreate_returnsTrustPolicy() {
    IamRole created = newRole();

    Optional<IamRole> found = backend().iam().findRole(created.name());

    assertThat(found)
        .hasValueSatisfying(
            r -> {
              assertThat(r.roleId()).isEqualTo(created.roleId());
              assertSameJson(r.assumeRolePolicyDocument(), SAGEMAKER_TRUST);
            });
  }

  @Test
  void findRole_missing_isEmpty() {
    assertThat(backend().iam().findRole(unique("nobody"))).isEmpty();
  }

  @Test
  void createRole_existingName_failsWithEntityAlreadyExists() {
    IamRole role = newRole();

    assertCloudError(
        () -> backend().iam().createRole(role.name(), SAGEMAKER_TRUST, null, Map.of()),
        AlreadyExistsException.class,
        "EntityAlreadyExists",
        409);
  }

  @Test
  void createRole_trustPolicyNotJson_failsWithMalformedPolicyDocument() {
    assumeNo(KnownDeviation.IAM_TRUST_POLICY_NOT_VALIDATED);

    assertCloudError(
        () -> backend().iam().createRole(unique("role"), "{not json", null, Map.of()),
        MalformedException.class,
        "MalformedPolicyDocument",
        400);
  }

  @Test
  void createRole_trustPolicyWithResource_failsWithMalformedPolicyDocument() {
    assumeNo(KnownDeviation.IAM_TRUST_POLICY_NOT_VALIDATED);
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},"
            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}";

    assertCloudError(
        () -> backend().iam().createRole(unique("role"), trust, null, Map.of()),
        MalformedException.class,
        "MalformedPolicyDocument",
        400);
  }

  @Test
  void createRole_descriptionOf1001Characters_failsWithValidationError() {
    assumeNo(KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED);

    assertCloudError(
        () ->
            backend().iam().createRole(unique("role"), SAGEMAKER_TRUST, "d".repeat(1001), Map.of()),
        MalformedException.class,
        "ValidationError",
        400);
  }

  @Test
  void updateAssumeRolePolicy_validDocument_replacesTrust() {
    IamRole role = newRole();

    backend().iam().updateAssumeRolePolicy(role.name(), EC2_TRUST);

    assertSameJson(
        backend().iam().findRole(role.name()).orElseThrow().assumeRolePolicyDocument(), EC2_TRUST);
  }

  @Test
  void updateAssumeRolePolicy_missingRole_failsWithNoSuchEntity() {
    assertCloudError(
        () -> backend().iam().updateAssumeRolePolicy(unique("nobody"), EC2_TRUST),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void deleteRole_existing_removesTheRole() {
    IamRole role = newRole();

    backend().iam().deleteRole(role.name());

    assertThat(backend().iam().findRole(role.name())).isEmpty();
  }

  @Test
  void deleteRole_missing_failsWithNoSuchEntity() {
    assertCloudError(
        () -> backend().iam().deleteRole(unique("nobody")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void deleteRole_withAttachedPolicy_failsWithDeleteConflict() {
    IamRole role = newRole();
    backend().iam().attachPolicy(PrincipalRef.role(role.name()), newPolicy().arn());

    assertCloudError(
        () -> backend().iam().deleteRole(role.name()),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
    assertThat(backend().iam().findRole(role.name())).isPresent();
  }

  @Test
  void deleteRole_withInlinePolicy_failsWithDeleteConflict() {
    IamRole role = newRole();
    backend()
        .iam()
        .putInlinePolicy(
            PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

    assertCloudError(
        () -> backend().iam().deleteRole(role.name()),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
  }
}
