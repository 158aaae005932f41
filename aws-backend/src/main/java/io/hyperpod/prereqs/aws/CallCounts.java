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
  /**
   * Calls per {@code service:Operation}, keys sorted.
   *
   * @return the number of calls keyed {@code service:Operation}, e.g. {@code iam:CreateRole}
   */
  Map<String, Long> calls();

  /**
   * HTTP attempts per {@code service:Operation} (calls plus retries), keys sorted.
   *
   * @return the number of HTTP requests sent keyed {@code service:Operation}
   */
  Map<String, Long> attempts();

  /**
   * All calls of all services.
   *
   * @return the sum of {@link #calls()}
   */
  default long totalCalls() {
    return calls().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * All HTTP attempts of all services.
   *
   * @return the sum of {@link #attempts()}
   */
  default long totalAttempts() {
    return attempts().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Calls of one operation, e.g. {@code calls("iam", "CreateRole")}; 0 when none.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param operation the API operation, e.g. {@code CreateRole}
   * @return the calls of that operation
   */
  default long calls(String service, String operation) {
    return calls().getOrDefault(service + ":" + operation, 0L);
  }

  /**
   * HTTP attempts of one operation; 0 when none.
   *
   * @param service the SigV4 service name, e.g. {@code iam}
   * @param operation the API operation, e.g. {@code CreateRole}
   * @return the HTTP requests sent for that operation, retries included
   */
  default long attempts(String service, String operation) {
    return attempts().getOrDefault(service + ":" + operation, 0L);
  }

  /**
   * Starts a call count; {@link AwsBackend#callCounts()} makes the counts of a backend.
   *
   * @return a new builder with no calls and no attempts
   */
  static ImmutableCallCounts.Builder builder() {
    return ImmutableCallCounts.builder();
  }
}
