package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ThrottledException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact text of fault rules, and the kinds beyond errors, in memory. */
class FaultRulesTest {
  @Test
  void parse_everyKind_readsServiceOperationRateTimesAndSeeds() {
    List<FaultRule> rules =
        FaultRule.parse(
            "iam:Create*=throttle@0.3; s3:PutObject=drop-after#1,"
                + " *:*=latency(200ms)@10%\nec2:CreateVpc=InternalError(500)#2;"
                + " sts:*=drop-before; fsx:*=5xx; seed=7");

    assertThat(rules).extracting(FaultRule::kind).containsExactly(
        FaultKind.THROTTLE, FaultKind.DROP_AFTER, FaultKind.LATENCY, FaultKind.ERROR,
        FaultKind.DROP_BEFORE, FaultKind.SERVER_ERROR);
    assertThat(rules.get(0).probability()).isEqualTo(0.3);
    assertThat(rules.get(0).times()).isEqualTo(Integer.MAX_VALUE);
    assertThat(rules.get(1).times()).isEqualTo(1);
    assertThat(rules.get(2).latency()).isEqualTo(Duration.ofMillis(200));
    assertThat(rules.get(2).probability()).isEqualTo(0.1);
    assertThat(rules.get(3).errorCode()).isEqualTo("InternalError");
    assertThat(rules.get(3).statusCode()).isEqualTo(500);
    assertThat(rules.get(3).times()).isEqualTo(2);
    assertThat(rules).extracting(r -> r.seed().orElseThrow())
        .containsExactly(7L, 8L, 9L, 10L, 11L, 12L);
  }

  @Test
  void parse_badItems_areAllNamedWithTheFix() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> FaultRule.parse("iam:CreateRole=explode; s3=throttle; ec2:*=throttle@2;"
                + " iam:*=Fine(200); seed=x"))
        .withMessageContaining("'iam:CreateRole=explode': unknown kind 'explode'")
        .withMessageContaining("'s3=throttle': not SERVICE:OPERATION=KIND")
        .withMessageContaining("rate 2 must be above 0 and at most 1")
        .withMessageContaining("status 200 is not an HTTP error status")
        .withMessageContaining("'seed=x': the seed must be an integer")
        .withMessageContaining("e.g. iam:Create*=throttle@0.3");
  }

  @Test
  void seededRate_samePatternForTheSameSeed_andAboutTheRate() {
    List<Boolean> first = pattern("iam:GetUser=throttle@30%; seed=11");
    List<Boolean> again = pattern("iam:GetUser=throttle@30%; seed=11");
    List<Boolean> other = pattern("iam:GetUser=throttle@30%; seed=12");

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    long faulted = first.stream().filter(b -> b).count();
    assertThat(faulted).isBetween(40L, 80L); // 200 calls at 30%: 60 expected
  }

  @Test
  void dropAfter_inMemory_makesTheChangeThenFailsAsALostAnswer() {
    AwsSimulator aws = AwsSimulator.create();
    CloudBackend backend = aws.backend("us-west-2");
    aws.inject(FaultRule.of(FaultKind.DROP_AFTER, "iam", "CreateUser"));

    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> backend.iam().createUser("alice", Map.of()))
        .satisfies(e -> {
          assertThat(e.errorCode()).isEqualTo("ClientError");
          assertThat(e.statusCode()).isZero();
          assertThat(e.getMessage()).contains("answer was lost");
        });
    assertThat(backend.iam().findUser("alice")).isPresent();
  }

  @Test
  void dropBefore_inMemory_changesNothing() {
    AwsSimulator aws = AwsSimulator.create();
    CloudBackend backend = aws.backend("us-west-2");
    aws.inject(FaultRule.of(FaultKind.DROP_BEFORE, "iam", "CreateUser"));

    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> backend.iam().createUser("alice", Map.of()))
        .satisfies(e -> assertThat(e.getMessage()).contains("lost before the service saw it"));
    assertThat(backend.iam().findUser("alice")).isEmpty();
  }

  @Test
  void latency_inMemory_movesTheSimulatedClock() {
    AwsSimulator aws = AwsSimulator.create();
    aws.inject(FaultRule.latency("sts", "*", Duration.ofSeconds(3)));

    aws.backend("us-west-2").account().callerIdentity();

    assertThat(aws.clock().instant()).isEqualTo(SimClock.DEFAULT_START.plusSeconds(3));
  }

  @Test
  void throttleAndServerError_useTheServicesOwnCodes() {
    AwsSimulator aws = AwsSimulator.create();
    CloudBackend backend = aws.backend("us-west-2");
    aws.inject(FaultRule.parse("*:CreateBucket=throttle#1; iam:*=5xx#1").get(0));
    aws.inject(FaultRule.parse("iam:*=5xx#1").get(0));

    assertThatExceptionOfType(ThrottledException.class)
        .isThrownBy(() -> backend.s3().createBucket("sagemaker-faulted"))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("SlowDown"));
    assertThatExceptionOfType(CloudException.class)
        .isThrownBy(() -> backend.iam().createUser("bob", Map.of()))
        .satisfies(e -> {
          assertThat(e.errorCode()).isEqualTo("ServiceFailure");
          assertThat(e.statusCode()).isEqualTo(500);
        });
  }

  private static List<Boolean> pattern(String rules) {
    AwsSimulator aws = AwsSimulator.create();
    CloudBackend backend = aws.backend("us-west-2");
    backend.iam().createUser("u", Map.of());
    FaultRule.parse(rules).forEach(aws::inject);
    List<Boolean> faulted = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      try {
        backend.iam().findUser("u");
        faulted.add(false);
      } catch (ThrottledException e) {
        faulted.add(true);
      }
    }
    return faulted;
  }
}
