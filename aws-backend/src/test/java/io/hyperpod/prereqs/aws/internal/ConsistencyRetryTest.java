package io.hyperpod.prereqs.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsistencyRetryTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private final ConsistencyRetry retry =
      new ConsistencyRetry(5, Duration.ofMillis(100), Duration.ofMillis(300), sleeps::add);

  @Test
  void call_whenTransientFailuresThenSuccess_returnsAfterDoublingWaitsCappedAtMax() {
    AtomicInteger calls = new AtomicInteger();

    String result =
        retry.call(
            () -> {
              if (calls.incrementAndGet() < 4) {
                throw noSuchEntity();
              }
              return "done";
            },
            ConsistencyRetry::noSuchEntity);

    assertThat(result).isEqualTo("done");
    assertThat(calls).hasValue(4);
    assertThat(sleeps)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }

  @Test
  void call_whenFailureIsNotTransient_throwsAtOnceWithoutWaiting() {
    MalformedException malformed =
        new MalformedException("iam", "MalformedPolicyDocument", 400, "Syntax error at 1");

    assertThatThrownBy(
            () ->
                retry.run(
                    () -> {
                      throw malformed;
                    },
                    ConsistencyRetry::invalidPrincipal))
        .isSameAs(malformed);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void call_whenAlwaysTransient_givesUpAfterMaxAttemptsWithTheLastFailure() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                retry.run(
                    () -> {
                      calls.incrementAndGet();
                      throw noSuchEntity();
                    },
                    ConsistencyRetry::noSuchEntity))
        .isInstanceOf(NotFoundException.class);
    assertThat(calls).hasValue(5);
    assertThat(sleeps).hasSize(4);
  }

  @Test
  void invalidPrincipal_acceptsOnlyMalformedPolicyDocumentAboutAPrincipal() {
    assertThat(
            ConsistencyRetry.invalidPrincipal(
                new MalformedException(
                    "iam", "MalformedPolicyDocument", 400, "x: Invalid principal in policy")))
        .isTrue();
    assertThat(
            ConsistencyRetry.invalidPrincipal(
                new MalformedException("iam", "MalformedPolicyDocument", 400, "Syntax errors")))
        .isFalse();
    assertThat(ConsistencyRetry.invalidPrincipal(noSuchEntity())).isFalse();
  }

  @Test
  void constructor_withInvalidBounds_rejectsThem() {
    assertThatThrownBy(() -> new ConsistencyRetry(0, Duration.ZERO, Duration.ZERO, d -> {}))
        .hasMessageContaining("maxAttempts is 0");
    assertThatThrownBy(
            () -> new ConsistencyRetry(3, Duration.ofSeconds(2), Duration.ofSeconds(1), d -> {}))
        .hasMessageContaining("maxDelay >= firstDelay");
  }

  private static NotFoundException noSuchEntity() {
    return new NotFoundException("iam", "NoSuchEntity", 404, "cannot be found");
  }
}
