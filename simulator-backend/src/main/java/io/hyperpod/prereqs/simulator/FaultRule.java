package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.StarPattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fault to inject: the next {@link #times()} calls that match the service and operation (each
 * with the chance {@link #probability()}) meet the rule's {@link #kind()}: an AWS error code and
 * HTTP status (throttling codes raise a {@link io.hyperpod.prereqs.spi.ThrottledException}), the
 * service's throttling or internal error, a dropped request (before or after the service did the
 * work) or a latency. Operations are AWS operation names ({@code CreateRole}, {@code PutObject},
 * {@code GetCallerIdentity}); {@code *} in the service or the operation matches anything, e.g.
 * {@code Create*}. The same rules work in memory ({@link AwsSimulator#inject}) and on the wire
 * ({@code SimulatorServer}, {@code simulator serve --faults}); {@link #parse(String)} reads the
 * compact text form documented in docs/simulator-server.md.
 *
 * <pre>{@code
 * simulator.inject(FaultRule.throttling("iam", "CreateRole").withTimes(2));
 * simulator.inject(FaultRule.failing("s3", "PutObject", "InternalError", 500));
 * simulator.inject(FaultRule.of(FaultKind.DROP_AFTER, "ec2", "CreateVpc").withProbability(0.3).withSeed(7));
 * FaultRule.parse("iam:Create*=throttle@0.3; s3:PutObject=drop-after#1; seed=7").forEach(simulator::inject);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public interface FaultRule {
  /** {@return {@code iam}, {@code sts}, {@code s3}, ... or {@code *}} */
  String service();

  /** {@return an AWS operation name or a pattern with {@code *}} */
  String operation();

  /** {@return only calls into this account; empty for every account} */
  Optional<String> accountId();

  /**
   * {@return what the rule does; {@link FaultKind#ERROR} (the error code and status) unless set}
   */
  @Value.Default
  default FaultKind kind() {
    return FaultKind.ERROR;
  }

  /** {@return the error code of an {@link FaultKind#ERROR} rule} */
  @Value.Default
  default String errorCode() {
    return "InternalFailure";
  }

  /** {@return the HTTP status of an {@link FaultKind#ERROR} rule (400-599)} */
  @Value.Default
  default int statusCode() {
    return 500;
  }

  /** {@return how long a {@link FaultKind#LATENCY} rule holds the answer back} */
  @Value.Default
  default java.time.Duration latency() {
    return java.time.Duration.ZERO;
  }

  /**
   * The seed of the rule's own random draws for {@link #probability()}, so that a run repeats;
   * without one, draws come from the simulator's seeded generator.
   *
   * @return the seed, or empty to draw from the simulator's generator
   */
  Optional<Long> seed();

  /**
   * {@return the error message of an {@link FaultKind#ERROR} rule; by default {@code Injected
   * fault: CODE for SERVICE:OPERATION}}
   */
  @Value.Default
  default String message() {
    return "Injected fault: "
        + (kind() == FaultKind.ERROR ? errorCode() : kind().name())
        + " for "
        + service()
        + ":"
        + operation();
  }

  /**
   * {@return how many matching calls fail before the rule is used up; {@link Integer#MAX_VALUE}:
   * all}
   */
  @Value.Default
  default int times() {
    return 1;
  }

  /**
   * {@return the chance that a matching call fails, drawn from the simulator's seeded generator}
   */
  @Value.Default
  default double probability() {
    return 1.0;
  }

  /**
   * Checks the rule when it is built; Immutables calls it, callers need not.
   *
   * @throws IllegalArgumentException when {@code times} is below 1, the probability is not in (0,
   *     1], the latency is negative, or an error's status is outside 400-599
   */
  @Value.Check
  default void check() {
    if (times() < 1) {
      throw new IllegalArgumentException("FaultRule.times " + times() + " must be at least 1");
    }
    if (!(probability() > 0 && probability() <= 1)) {
      throw new IllegalArgumentException(
          "FaultRule.probability " + probability() + " must be in (0, 1]");
    }
    if (latency().isNegative()) {
      throw new IllegalArgumentException("FaultRule.latency " + latency() + " must not be negative");
    }
    if (kind() == FaultKind.ERROR && (statusCode() < 400 || statusCode() > 599)) {
      throw new IllegalArgumentException(
          "FaultRule.statusCode " + statusCode() + " must be an HTTP error status (400-599)");
    }
  }

  /**
   * Whether a call to this service operation in this account is one the rule is about.
   *
   * @param service the SigV4 service name of the call, e.g. {@code iam}
   * @param operation the call's AWS operation, e.g. {@code CreateRole}
   * @param accountId the 12-digit account the call is made in
   * @return whether the service, the operation (patterns with {@code *} included) and the account
   *     all match
   */
  default boolean matches(String service, String operation, String accountId) {
    return StarPattern.matches(service(), service, true)
        && StarPattern.matches(operation(), operation, true)
        && accountId().map(accountId::equals).orElse(true);
  }

  /**
   * Fails matching calls with an error code and status, once; {@code withTimes(n)}, {@code
   * withAccountId(id)}, {@code withProbability(p)} refine it.
   *
   * @param service the SigV4 service name, e.g. {@code s3}, or {@code *}
   * @param operation the AWS operation name, e.g. {@code PutObject}, or a pattern with {@code *}
   * @param errorCode the AWS error code to answer, e.g. {@code InternalError}
   * @param statusCode the HTTP status to answer, 400-599
   * @return a rule that fails the first matching call
   * @throws IllegalArgumentException when the status is outside 400-599
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
   * A rule of this kind for matching calls, once; refine it with {@code withTimes(n)}, ...
   *
   * @param kind what the rule does to a matching call
   * @param service the SigV4 service name, e.g. {@code ec2}, or {@code *}
   * @param operation the AWS operation name, e.g. {@code CreateVpc}, or a pattern with {@code *}
   * @return a rule that applies to the first matching call
   */
  static ImmutableFaultRule of(FaultKind kind, String service, String operation) {
    return ImmutableFaultRule.builder().kind(kind).service(service).operation(operation).build();
  }

  /**
   * Holds matching calls' answers back by {@code latency}.
   *
   * @param service the SigV4 service name, e.g. {@code iam}, or {@code *}
   * @param operation the AWS operation name or a pattern with {@code *}
   * @param latency how long each answer is held back, not negative
   * @return a rule that delays the first matching call
   */
  static ImmutableFaultRule latency(String service, String operation, java.time.Duration latency) {
    return of(FaultKind.LATENCY, service, operation).withLatency(latency);
  }

  /**
   * The rules of a compact text such as {@code "iam:Create*=throttle@0.3; s3:PutObject=drop-after#1;
   * *:*=latency(200ms)@10%; ec2:CreateVpc=InternalError(500); seed=7"} (see
   * docs/simulator-server.md): {@code SERVICE:OPERATION=KIND[@RATE][#TIMES]} items separated by
   * {@code ;} or {@code ,}; kinds {@code throttle}, {@code 5xx}, {@code drop-before}, {@code
   * drop-after}, {@code latency(DURATION)} and {@code CODE(STATUS)}; a rule without {@code #TIMES}
   * applies to every matching call; {@code seed=N} seeds the draws of every rule.
   *
   * @throws IllegalArgumentException naming every item that is not a rule, and the fix
   * @param text the rules, e.g. {@code iam:Create*=throttle@0.3; seed=7}
   * @return the rules in the order written; empty for blank text
   */
  static java.util.List<FaultRule> parse(String text) {
    return io.hyperpod.prereqs.simulator.internal.FaultRuleParser.parse(text);
  }

  /**
   * Throttles matching calls with the service's own throttling error (IAM {@code Throttling}, S3
   * {@code SlowDown}, ...).
   *
   * @param service the SigV4 service name, e.g. {@code iam}; its throttling code and status are
   *     used
   * @param operation the AWS operation name or a pattern with {@code *}
   * @return a rule that throttles the first matching call
   */
  static ImmutableFaultRule throttling(String service, String operation) {
    AwsError error = AwsError.throttlingFor(service);
    return failing(service, operation, error.code(), error.status());
  }
}
