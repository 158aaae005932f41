package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.IdGenerator;
import io.hyperpod.prereqs.simulator.ImmutableFaultRule;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

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
   * The error the first matching rule injects into this call, if any; the rule's count goes down by
   * one, and a rule is dropped when used up.
   */
  synchronized Optional<CloudException> faultFor(
      String service, String operation, String accountId, String requestId, IdGenerator ids) {
    Iterator<ActiveFault> it = active.iterator();
    while (it.hasNext()) {
      ActiveFault fault = it.next();
      FaultRule rule = fault.rule;
      if (!rule.matches(service, operation, accountId)) {
        continue;
      }
      if (rule.probability() < 1.0 && ids.nextFraction() >= rule.probability()) {
        continue;
      }
      if (fault.remaining != Integer.MAX_VALUE && --fault.remaining == 0) {
        it.remove();
      }
      return Optional.of(
          AwsError.exception(
              service, rule.errorCode(), rule.statusCode(), rule.message(), requestId));
    }
    return Optional.empty();
  }

  private static final class ActiveFault {
    final FaultRule rule;
    int remaining;

    ActiveFault(FaultRule rule) {
      this.rule = rule;
      this.remaining = rule.times();
    }
  }
}
