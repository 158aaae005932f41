package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.aws.CallCounts;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every SDK call of a backend per {@code service:Operation}: one call per API invocation
 * (each page of a paginator is one), and separately every HTTP attempt (retries included). Each
 * SDK client gets its own {@link #interceptor(String) interceptor} that knows its service's name.
 */
public final class CallCounter {
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> attempts = new ConcurrentHashMap<>();

  /** The interceptor to install on the client of {@code service} (the SigV4 name, e.g. iam). */
  public ExecutionInterceptor interceptor(String service) {
    return new ExecutionInterceptor() {
      @Override
      public void beforeExecution(
          Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
        increment(calls, service, executionAttributes);
      }

      @Override
      public void beforeTransmission(
          Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
        increment(attempts, service, executionAttributes);
      }
    };
  }

  /** What was counted so far, keys sorted. */
  public CallCounts snapshot() {
    return CallCounts.builder().calls(sorted(calls)).attempts(sorted(attempts)).build();
  }

  /** Starts counting from zero. */
  public void reset() {
    calls.clear();
    attempts.clear();
  }

  private static void increment(
      Map<String, LongAdder> counts, String service, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(service + ":" + operation, key -> new LongAdder()).increment();
  }

  private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((key, count) -> sorted.put(key, count.sum()));
    return sorted;
  }
}
