package io.hyperpod.prereqs.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

@SimulatedAws(region = "us-west-2", account = "111122223333", seed = 5)
class SimulatorExtensionTest {
  private static final Set<AwsSimulator> SEEN = Collections.newSetFromMap(new IdentityHashMap<>());

  private final AwsSimulator constructorSimulator;

  SimulatorExtensionTest(AwsSimulator simulator) {
    this.constructorSimulator = simulator;
  }

  @Test
  void backend_fromAnnotation_hasItsAccountAndRegion(CloudBackend aws) {
    assertThat(aws.account().callerIdentity().account()).isEqualTo("111122223333");
    assertThat(aws.account().region()).isEqualTo("us-west-2");
  }

  @Test
  void parameters_ofOneTest_shareOneSimulator(
      AwsSimulator simulator, SimulatorBackend backend, SimClock clock) {
    assertThat(backend.simulator()).isSameAs(simulator).isSameAs(constructorSimulator);
    assertThat(clock).isSameAs(simulator.clock());
  }

  @RepeatedTest(3)
  void simulator_eachTest_isFresh(AwsSimulator simulator, CloudBackend aws) {
    assertThat(SEEN.add(simulator)).as("a simulator no other test had").isTrue();
    assertThat(aws.iam().findUser("alice")).isEmpty();
    aws.iam().createUser("alice", Map.of());
  }

  @Test
  void accountAnnotation_onParameter_givesAnotherAccountOfTheSameSimulator(
      SimulatorBackend mine, @SimulatedAws.Account("444455556666") SimulatorBackend theirs) {
    mine.s3().createBucket("sagemaker-shared-name");

    assertThat(theirs.accountId()).isEqualTo("444455556666");
    assertThat(theirs.simulator()).isSameAs(mine.simulator());
    assertThat(theirs.s3().headBucket("sagemaker-shared-name"))
        .isEqualTo(io.hyperpod.prereqs.spi.s3.BucketAccess.OTHER_OWNER);
  }

  @Test
  @SimulatedAws(start = "2030-01-01T00:00:00Z", region = "eu-west-1")
  void annotation_onMethod_overridesTheClass(SimClock clock, CloudBackend aws) {
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(aws.account().region()).isEqualTo("eu-west-1");
    assertThat(aws.account().callerIdentity().account()).isEqualTo(AwsSimulator.DEFAULT_ACCOUNT);
  }

  @Nested
  class Inner {
    @Test
    void nestedClass_usesTheEnclosingAnnotation(CloudBackend aws) {
      assertThat(aws.account().callerIdentity().account()).isEqualTo("111122223333");
    }
  }
}
