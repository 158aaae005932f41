package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tags on IAM users and roles: replace, remove, limits. Part of {@link CloudBackendContractTest}.
 */
public abstract class IamTagContract extends ContractGroup {
  protected IamTagContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void tag_user_addsAndReplacesValues() {
    IamUser user = backend().iam().createUser(unique("user"), Map.of("a", "1"));

    backend()
        .iam()
        .tag(PrincipalRef.user(user.name()), Map.of("a", "2", "SSMSessionRunAs", "alice"));

    assertThat(backend().iam().findUser(user.name()).orElseThrow().tags())
        .containsOnly(Map.entry("a", "2"), Map.entry("SSMSessionRunAs", "alice"));
  }

  @Test
  void untag_role_removesOnlyTheKeys() {
    IamRole role =
        backend()
            .iam()
            .createRole(unique("role"), SAGEMAKER_TRUST, null, Map.of("a", "1", "b", "2"));

    backend().iam().untag(PrincipalRef.role(role.name()), List.of("a"));

    assertThat(backend().iam().findRole(role.name()).orElseThrow().tags())
        .containsOnly(Map.entry("b", "2"));
  }

  @Test
  void tag_missingUser_failsWithNoSuchEntity() {
    assertCloudError(
        () -> backend().iam().tag(PrincipalRef.user(unique("nobody")), Map.of("a", "1")),
        NotFoundException.class,
        "NoSuchEntity",
        404);
  }

  @Test
  void tag_beyondFiftyInAll_failsWithLimitExceeded() {
    assumeNo(KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED);
    Map<String, String> forty = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      forty.put("k" + i, "v");
    }
    IamUser user = backend().iam().createUser(unique("user"), forty);
    Map<String, String> eleven = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      eleven.put("n" + i, "v");
    }

    assertCloudError(
        () -> backend().iam().tag(PrincipalRef.user(user.name()), eleven),
        LimitExceededException.class,
        "LimitExceeded",
        409);
    assertThat(backend().iam().findUser(user.name()).orElseThrow().tags()).hasSize(40);
  }

  @Test
  void tag_keyOf129Characters_failsWithValidationError() {
    assumeNo(KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED);
    IamUser user = newUser();

    assertCloudError(
        () -> backend().iam().tag(PrincipalRef.user(user.name()), Map.of("k".repeat(129), "v")),
        MalformedException.class,
        "ValidationError",
        400);
  }

  @Test
  void tag_keyWithAwsPrefix_isRejectedAsInvalid() {
    assumeNo(KnownDeviation.IAM_TAG_RULES_NOT_ENFORCED);
    IamUser user = newUser();

    assertThatExceptionOfType(MalformedException.class)
        .isThrownBy(
            () -> backend().iam().tag(PrincipalRef.user(user.name()), Map.of("aws:team", "ml")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(400));
  }
}
