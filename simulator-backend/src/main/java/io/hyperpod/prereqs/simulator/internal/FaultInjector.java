package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.IdGenerator;
import io.hyperpod.prereqs.simulator.ImmutableFaultRule;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** The active {@link FaultRule}s and how many failures each has left. Thread-safe. */
final class FaultInjector {
  private final List<ActiveFault> active = new ArrayList<>();

  synchronized void add(FaultRule rule) {
    active.add(new ActiveFault(rule));
  }

  synchronized void clear() {
    active.clear();
  }

  /** The rules that still have failures left, with {@code times} set to what is left. */
  synchronized List<FaultRule> remaining() {
    List<FaultRule> rules = new ArrayList<>();
    for (ActiveFault fault : active) {
      rules.add(ImmutableFaultRule.copyOf(fault.rule).withTimes(fault.remaining));
    }
    return rules;
  }

  /**
   * The rule that meets this call, if any (the first matching rule whose draw hits); its count goes
   * down by one, and a rule is dropped when used up.
   */
  synchronized Optional<FaultRule> faultFor(
      String service, String operation, String accountId, IdGenerator ids) {
    Iterator<ActiveFault> it = active.iterator();
    while (it.hasNext()) {
      ActiveFault fault = it.next();
      FaultRule rule = fault.rule;
      if (!rule.matches(service, operation, accountId)) {
        continue;
      }
      if (rule.probability() < 1.0 && fault.draw(ids) >= rule.probability()) {
        continue;
      }
      if (fault.remaining != Integer.MAX_VALUE && --fault.remaining == 0) {
        it.remove();
      }
      return Optional.of(rule);
    }
    return Optional.empty();
  }

  /** The error an erring rule's call fails with, in the service the call went to. */
  static CloudException error(FaultRule rule, String service, String requestId) {
    switch (rule.kind()) {
      case THROTTLE:
        String code;
        int status;
        try {
          AwsError throttling = AwsError.throttlingFor(service);
          code = throttling.code();
          status = throttling.status();
        } catch (IllegalArgumentException e) {
          code = "ThrottlingException";
          status = 400;
        }
        String message =
            switch (code) {
              case "SlowDown" -> "Please reduce your request rate.";
              case "RequestLimitExceeded" -> "Request limit exceeded.";
              default -> "Rate exceeded";
            };
        return AwsError.exception(service, code, status, message, requestId);
      case SERVER_ERROR:
        String failure =
            AwsError.serverErrorFor(service).map(AwsError::code).orElse("InternalFailure");
        return AwsError.exception(
            service,
            failure,
            500,
            service.equals("s3")
                ? "We encountered an internal error. Please try again."
                : "An internal error has occurred.",
            requestId);
      default:
        return AwsError.exception(
            service, rule.errorCode(), rule.statusCode(), rule.message(), requestId);
    }
  }

  private static final class ActiveFault {
    final FaultRule rule;
    int remaining;

    final SplittableRandom random;

    ActiveFault(FaultRule rule) {
      this.rule = rule;
      this.remaining = rule.times();
      this.random = rule.seed().map(SplittableRandom::new).orElse(null);
    }

    /** A fraction in [0, 1): from the rule's own seed, or the simulator's generator. */
    double draw(IdGenerator ids) {
      return random == null ? ids.nextFraction() : random.nextDouble();
    }
  }
}
