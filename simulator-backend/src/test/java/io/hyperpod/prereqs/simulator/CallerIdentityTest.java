package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.account.CallerIdentity;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {
  private static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sts:AssumeRole\"}]}";

  private final AwsSimulator aws = AwsSimulator.create();
  private final SimulatorBackend root = aws.backend("us-west-2");

  @Test
  void callerIdentity_default_isTheAccountRoot() {
    CallerIdentity identity = root.account().callerIdentity();

    assertThat(identity)
        .isEqualTo(
            CallerIdentity.of("123456789012", "arn:aws:iam::123456789012:root", "123456789012"));
  }

  @Test
  void callerIdentity_asUser_isTheUser() {
    IamUser alice = root.iam().createUser("alice", Map.of());

    CallerIdentity identity = root.as(SimulatedCaller.user("alice")).account().callerIdentity();

    assertThat(identity.arn()).isEqualTo(alice.arn());
    assertThat(identity.userId()).isEqualTo(alice.userId());
  }

  @Test
  void callerIdentity_asRole_isAnAssumedRoleSession() {
    IamRole role = root.iam().createRole("Admin", TRUST, null, Map.of());

    CallerIdentity identity =
        aws.backend("123456789012", "us-west-2", SimulatedCaller.role("Admin", "ci"))
            .account()
            .callerIdentity();

    assertThat(identity.arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/Admin/ci");
    assertThat(identity.userId()).isEqualTo(role.roleId() + ":ci");
  }

  @Test
  void callerIdentity_asMissingUser_failsWithInvalidClientTokenId() {
    SimulatorBackend ghost = root.as(SimulatedCaller.user("ghost"));

    assertThatExceptionOfType(AccessDeniedException.class)
        .isThrownBy(() -> ghost.account().callerIdentity())
        .satisfies(
            e -> {
              assertThat(e.errorCode()).isEqualTo("InvalidClientTokenId");
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.getMessage())
                  .isEqualTo("The security token included in the request is invalid.");
            });
    List<RecordedCall> calls = aws.calls();
    assertThat(calls.get(calls.size() - 1).reason()).hasValueSatisfying(
        reason -> assertThat(reason).contains("ghost"));
  }

  @Test
  void backend_invalidAccountOrRegion_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aws.backend("1234", "us-west-2"))
        .withMessageContaining("'1234'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aws.backend("123456789012", "mars"))
        .withMessageContaining("'mars'");
  }

  @Test
  void caller_rootWithName_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableSimulatedCaller.builder()
                    .kind(SimulatedCaller.Kind.ROOT)
                    .name("x")
                    .build());
  }
}
