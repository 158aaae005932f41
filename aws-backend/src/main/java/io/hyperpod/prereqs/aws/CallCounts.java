package io.hyperpod.prereqs.aws;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How many AWS API calls an {@link AwsBackend} made, per {@code service:Operation} (e.g. {@code
 * iam:GetAccountAuthorizationDetails}). A call is one API invocation as the engine sees it (each
 * page of a paginated read is one call); attempts are the HTTP requests sent for them, SDK retries
 * included.
 */
@Value.Immutable
@ValueStyle
public interface CallCounts {
  /** Calls per {@code service:Operation}, keys sorted. */
  Map<String, Long> calls();

  /** HTTP attempts per {@code service:Operation} (calls plus retries), keys sorted. */
  Map<String, Long> attempts();

  /** All calls of all services. */
  default long totalCalls() {
    return calls().values().stream().mapToLong(Long::longValue).sum();
  }

  /** All HTTP attempts of all services. */
  default long totalAttempts() {
    return attempts().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Calls of one operation, e.g. {@code calls("iam", "CreateRole")}; 0 when none. */
  default long calls(String service, String operation) {
    return calls().getOrDefault(service + ":" + operation, 0L);
  }

  /** HTTP attempts of one operation; 0 when none. */
  default long attempts(String service, String operation) {
    return attempts().getOrDefault(service + ":" + operation, 0L);
  }

  static ImmutableCallCounts.Builder builder() {
    return ImmutableCallCounts.builder();
  }
}
