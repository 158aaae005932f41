package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A create whose answer is lost is not made twice; one that finds a resource someone else made
 * meanwhile fails saying so; transient errors are retried within bounds.
 */
class SafeRetryTest {
  static final HyperPodPrerequisites FULL =
      HyperPodPrerequisites.load(Soak.SPECS.resolve("full.yaml"));

  AwsSimulator simulator = AwsSimulator.create();
  CloudBackend backend = simulator.backend(FULL.region());

  @ParameterizedTest
  @ValueSource(strings = {"createVpc", "createSubnet", "createSecurityGroup",
      "createGatewayEndpoint", "authorizeSecurityGroupEgress", "authorizeSecurityGroupIngress",
      "createRole", "createPolicy", "createUser", "createBucket", "createFileSystem",
      "putObject", "attachRolePolicy", "createDocument"})
  void answerLostAfterTheCreate_applySucceedsOnceWithOneResource(String method) {
    ApplyResult r = FULL.plan(FaultyBackend.droppingFirstAnswerOf(backend, method)).apply();

    assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
    assertThat(FULL.plan(backend).changes()).allMatch(c -> c.action() == ChangeAction.NOOP);
    AwsSimulator reference = AwsSimulator.create();
    FULL.apply(reference.backend(FULL.region()));
    assertThat(Inventory.of(backend)).isEqualTo(Inventory.of(reference.backend(FULL.region())));
  }

  @Test
  void roleMadeBySomeoneElseDuringTheApply_failsNamingTheCallAndWhatToDo() {
    CloudBackend racing = FaultyBackend.before(backend, "createRole", () ->
        backend.iam().createRole("full-execution-role", "{\"Version\":\"2012-10-17\","
            + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
            + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}", "", Map.of()));

    ApplyResult r = FULL.plan(racing).apply();

    ChangeResult role = r.failures().stream()
        .filter(c -> c.address().toString().equals("iam_role.full-execution-role"))
        .findFirst().orElseThrow(() -> new AssertionError(r.failures().toString()));
    assertThat(role.error().orElseThrow())
        .contains("EntityAlreadyExists")
        .contains("was not made by this stack")
        .contains("run plan again");
  }

  @Test
  void throttledFiveTimes_isRetriedAndSucceeds_onTheSimulatedClock() {
    simulator.inject(FaultRule.throttling("ec2", "CreateVpc").withTimes(5));
    java.time.Instant start = simulator.clock().instant();

    ApplyResult r = FULL.plan(backend).apply();

    assertThat(r.succeeded()).as(r.failures().toString()).isTrue();
    assertThat(backend.ec2().describeVpcs(Ec2Query.tagged(HyperPodPrerequisites.STACK_TAG,
        "full"))).hasSize(1);
    assertThat(simulator.clock().instant()).isAfter(start);
  }

  @Test
  void deleteAnsweredNotFound_afterItsEarlierTryWasCarriedOut_countsAsDone() {
    FULL.apply(backend);
    // As when DeleteUser's answer is lost and the SDK sends it again: the second one finds no user.
    CloudBackend resent = FaultyBackend.before(backend, "deleteUser",
        () -> backend.iam().deleteUser("alice"));

    ApplyResult d = FULL.planDestroy(resent, true).apply();

    assertThat(d.succeeded()).as(d.failures().toString()).isTrue();
    assertThat(backend.iam().findUser("alice")).isEmpty();
  }

  @Test
  void failingEveryTime_failsAfterTheAttemptsSayingWhichCallAndWhatToDo() {
    simulator.inject(FaultRule.failing("iam", "CreatePolicy", "ServiceFailure", 500)
        .withTimes(Integer.MAX_VALUE));

    ApplyResult r = FULL.plan(backend).apply(ApplyOptions.builder().attempts(3).build());

    assertThat(r.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.error().orElseThrow())
        .contains("ServiceFailure")
        .contains("after 3 attempt(s)")
        .contains("run the command again"));
  }
}
