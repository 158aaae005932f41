package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.StarPattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fault to inject: the next {@link #times()} calls that match the service and operation fail with
 * the given AWS error code and HTTP status (throttling codes raise a {@link
 * io.hyperpod.prereqs.spi.ThrottledException}). Operations are AWS operation names ({@code
 * CreateRole}, {@code PutObject}, {@code GetCallerIdentity}); {@code *} in the service or the
 * operation matches anything, e.g. {@code Create*}.
 *
 * <pre>{@code
 * simulator.inject(FaultRule.throttling("iam", "CreateRole").withTimes(2));
 * simulator.inject(FaultRule.failing("s3", "PutObject", "InternalError", 500));
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public interface FaultRule {
  /** {@code iam}, {@code sts}, {@code s3}, ... or {@code *}. */
  String service();

  /** An AWS operation name or a pattern with {@code *}. */
  String operation();

  /** Only calls into this account; empty for every account. */
  Optional<String> accountId();

  String errorCode();

  int statusCode();

  @Value.Default
  default String message() {
    return "Injected fault: " + errorCode() + " for " + service() + ":" + operation();
  }

  /** How many matching calls fail before the rule is used up; {@link Integer#MAX_VALUE}: all. */
  @Value.Default
  default int times() {
    return 1;
  }

  /** The chance that a matching call fails, drawn from the simulator's seeded generator. */
  @Value.Default
  default double probability() {
    return 1.0;
  }

  @Value.Check
  default void check() {
    if (times() < 1) {
      throw new IllegalArgumentException("FaultRule.times " + times() + " must be at least 1");
    }
    if (!(probability() > 0 && probability() <= 1)) {
      throw new IllegalArgumentException(
          "FaultRule.probability " + probability() + " must be in (0, 1]");
    }
    if (statusCode() < 400 || statusCode() > 599) {
      throw new IllegalArgumentException(
          "FaultRule.statusCode " + statusCode() + " must be an HTTP error status (400-599)");
    }
  }

  /** Whether a call to this service operation in this account is one the rule is about. */
  default boolean matches(String service, String operation, String accountId) {
    return StarPattern.matches(service(), service, true)
        && StarPattern.matches(operation(), operation, true)
        && accountId().map(accountId::equals).orElse(true);
  }

  /**
   * Fails matching calls with an error code and status, once; {@code withTimes(n)}, {@code
   * withAccountId(id)}, {@code withProbability(p)} refine it.
   */
  static ImmutableFaultRule failing(
      String service, String operation, String errorCode, int statusCode) {
    return ImmutableFaultRule.builder()
        .service(service)
        .operation(operation)
        .errorCode(errorCode)
        .statusCode(statusCode)
        .build();
  }

  /**
   * Throttles matching calls with the service's own throttling error (IAM {@code Throttling}, S3
   * {@code SlowDown}, ...).
   */
  static ImmutableFaultRule throttling(String service, String operation) {
    AwsError error = AwsError.throttlingFor(service);
    return failing(service, operation, error.code(), error.status());
  }
}
