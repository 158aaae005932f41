package io.hyperpod.prereqs.simulator.internal.sts;

import io.hyperpod.prereqs.simulator.internal.BackendAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.IssuedCredentials;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** AssumeRole in memory: who may assume which role, and what the session is. */
class StsOperationsTest {
  static final String HOME = "111111111111";
  static final String OTHER = "222222222222";

  final AwsSimulator aws = AwsSimulator.create();

  static String trust(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + principal + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  SessionRecord assume(String roleAccount) {
    BackendContext alice =
        BackendAccess.context(aws.backend(HOME, "us-west-2", SimulatedCaller.user("alice")));
    return alice.call(
        "sts",
        "AssumeRole",
        () -> new StsOperations(alice).assumeRole(
            AssumeRoleInput.of("arn:aws:iam::" + roleAccount + ":role/Target", "session")));
  }

  /**
   * AWS's rule for roles: the trust policy must allow; naming the caller suffices in the role's
   * own account, naming only the account (or assuming from another account) also needs the
   * caller's identity policy.
   */
  @ParameterizedTest(name = "{0} trusting {1}, identity allows: {2} -> {3}")
  @CsvSource({
    "same,  account,   true,  allowed",
    "same,  account,   false, denied",
    "same,  caller,    true,  allowed",
    "same,  caller,    false, allowed",
    "same,  someone,   true,  denied",
    "same,  someone,   false, denied",
    "cross, account,   true,  allowed",
    "cross, account,   false, denied",
    "cross, caller,    true,  allowed",
    "cross, caller,    false, denied",
    "cross, someone,   true,  denied",
    "cross, wildcard,  true,  allowed",
    "cross, wildcard,  false, denied",
  })
  void assumeRole_decision_followsAwsRulesForRoleTrust(
      String where, String trusted, boolean identityAllows, String expected) {
    String roleAccount = where.equals("same") ? HOME : OTHER;
    aws.backend(HOME, "us-west-2").iam().createUser("alice", Map.of());
    if (identityAllows) {
      aws.backend(HOME, "us-west-2").iam().putInlinePolicy(PrincipalRef.user("alice"), "a",
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
              + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::*:role/Target\"}]}");
    }
    String principal = switch (trusted) {
      case "account" -> HOME;
      case "caller" -> "arn:aws:iam::" + HOME + ":user/alice";
      case "wildcard" -> "*";
      default -> "arn:aws:iam::" + HOME + ":user/mallory";
    };
    aws.backend(roleAccount, "us-west-2").iam().createRole("Target", trust(principal), null, Map.of());

    if (expected.equals("allowed")) {
      SessionRecord session = assume(roleAccount);
      assertThat(session.accountId()).isEqualTo(roleAccount);
      assertThat(session.assumedRoleArn())
          .isEqualTo("arn:aws:sts::" + roleAccount + ":assumed-role/Target/session");
    } else {
      assertThatExceptionOfType(AccessDeniedException.class)
          .isThrownBy(() -> assume(roleAccount))
          .satisfies(e -> assertThat(e.errorCode()).isEqualTo("AccessDenied"));
    }
  }

  @Test
  void issuedSession_isFoundByItsKeyAndActsAsTheRoleUntilItExpires() {
    aws.backend(HOME, "us-west-2").iam().createUser("alice", Map.of());
    aws.backend(OTHER, "us-west-2").iam().createRole(
        "Target", trust("arn:aws:iam::" + HOME + ":user/alice"), null, Map.of());
    aws.backend(HOME, "us-west-2").iam().putInlinePolicy(PrincipalRef.user("alice"), "a",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}");
    SessionRecord session = assume(OTHER);
    BackendContext any = BackendAccess.context(aws.backend(HOME, "us-west-2"));

    IssuedCredentials.Key key = IssuedCredentials.find(any, session.accessKeyId()).orElseThrow();

    assertThat(key.accountId()).isEqualTo(OTHER);
    assertThat(key.caller()).isEqualTo(SimulatedCaller.role("Target", "session"));
    assertThat(key.refusal(session.sessionToken(), aws.clock().instant())).isEmpty();
    assertThat(key.refusal("other", aws.clock().instant()))
        .contains(IssuedCredentials.Refusal.INVALID);
    aws.clock().advance(Duration.ofHours(1));
    assertThat(key.refusal(session.sessionToken(), aws.clock().instant()))
        .contains(IssuedCredentials.Refusal.EXPIRED);
    assertThat(IssuedCredentials.find(any, "ASIA0000000000000000")).isEqualTo(Optional.empty());
  }
}
