package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * IAM users: create, find, delete, name rules, delete conflicts. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamUserContract extends ContractGroup {
  protected IamUserContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createUser_newName_returnsUserWithArnIdAndTags() {
    String name = unique("alice");

    IamUser user = backend().iam().createUser(name, Map.of("team", "ml"));

    assertThat(user.name()).isEqualTo(name);
    assertThat(user.arn()).isEqualTo("arn:aws:iam::" + accountId() + ":user/" + name);
    assertThat(user.userId()).startsWith(deviates(KnownDeviation.IAM_ID_PREFIXES) ? "" : "AIDA");
    assertThat(user.path()).isEqualTo("/");
    assertThat(user.tags()).containsExactlyEntriesOf(Map.of("team", "ml"));
    assertThat(user.attachedPolicyArns()).isEmpty();
    assertThat(user.inlinePolicies()).isEmpty();
  }

  @Test
  void findUser_afterCreate_returnsTheUser() {
    IamUser created = newUser();

    Optional<IamUser> found = backend().iam().findUser(created.name());

    assertThat(found)
        .hasValueSatisfying(
            u -> {
              assertThat(u.arn()).isEqualTo(created.arn());
              assertThat(u.userId()).isEqualTo(created.userId());
            });
  }

  @Test
  void findUser_missing_isEmpty() {
    assertThat(backend().iam().findUser(unique("nobody"))).isEmpty();
  }

  @Test
  void createUser_existingNameInOtherCase_failsWithEntityAlreadyExists() {
    assumeNo(KnownDeviation.IAM_NAMES_CASE_SENSITIVE);
    IamUser user = newUser();

    assertCloudError(
        () -> backend().iam().createUser(user.name().toUpperCase(Locale.ROOT), Map.of()),
        AlreadyExistsException.class,
        "EntityAlreadyExists",
        409);
  }

  @Test
  void deleteUser_existing_removesTheUser() {
    IamUser user = newUser();

    backend().iam().deleteUser(user.name());

    assertThat(backend().iam().findUser(user.name())).isEmpty();
  }

  @Test
  void deleteUser_missing_failsWithNoSuchEntity() {
    assertCloudError(
        () -> backend().iam().deleteUser(unique("nobody")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void deleteUser_withAttachedPolicy_failsWithDeleteConflict() {
    IamUser user = newUser();
    backend().iam().attachPolicy(PrincipalRef.user(user.name()), newPolicy().arn());

    assertCloudError(
        () -> backend().iam().deleteUser(user.name()),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
    assertThat(backend().iam().findUser(user.name())).isPresent();
  }

  @Test
  void deleteUser_withInlinePolicy_failsWithDeleteConflict() {
    IamUser user = newUser();
    backend()
        .iam()
        .putInlinePolicy(PrincipalRef.user(user.name()), "read", allow("s3:GetObject", "*"));

    assertCloudError(
        () -> backend().iam().deleteUser(user.name()),
        DependencyViolationException.class,
        "DeleteConflict",
        409);
  }

  @Test
  void createUser_nameWithSpace_failsWithValidationError() {
    assumeNo(KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED);

    assertCloudError(
        () -> backend().iam().createUser("alice smith", Map.of()),
        MalformedException.class,
        "ValidationError",
        400);
  }

  @Test
  void createUser_nameOf65Characters_failsWithValidationError() {
    assumeNo(KnownDeviation.IAM_NAME_RULES_NOT_ENFORCED);

    assertCloudError(
        () -> backend().iam().createUser("u".repeat(65), Map.of()),
        MalformedException.class,
        "ValidationError",
        400);
  }

  @Test
  void createUser_nameOf64Characters_succeeds() {
    String name = (unique("u") + "x".repeat(64)).substring(0, 64);

    assertThat(backend().iam().createUser(name, Map.of()).name()).isEqualTo(name);
  }
}
