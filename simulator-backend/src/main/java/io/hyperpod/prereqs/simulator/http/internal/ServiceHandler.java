package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import java.util.Optional;
import java.util.Set;

/**
 * One AWS service on the wire: its signing name (how the router finds it), the secondary signals
 * that identify its requests when the signature does not, and the handling of a request.
 * Implementations render every failure in their protocol's error format.
 */
public interface ServiceHandler {
  /** The SigV4 signing name: {@code iam}, {@code sts}, {@code s3}, ... */
  String signingName();

  /** The {@code X-Amz-Target} prefix of a JSON service, e.g. {@code AmazonSSM}. */
  default Optional<String> targetPrefix() {
    return Optional.empty();
  }

  /** The {@code Action} names of a query service. */
  default Set<String> actions() {
    return Set.of();
  }

  /** Answers the request for the account, region and caller of {@code context}. */
  WireResponse handle(WireRequest request, BackendContext context);

  /**
   * The answer when the request cannot be served at all (unknown or bad credentials, a bad
   * signature), in this service's error format.
   */
  WireResponse reject(String code, int status, String message, String requestId);

  /** The code of the service's own failures ({@code InternalFailure} unless it says). */
  default String internalErrorCode() {
    return "InternalFailure";
  }

  /** The answer to an unexpected failure: the protocol's internal error, no internals. */
  default WireResponse internalError(String requestId) {
    return reject(internalErrorCode(), 500, OperationCall.INTERNAL_ERROR_MESSAGE, requestId);
  }

  /** The answer to a request refused for its credentials (query services' codes by default). */
  default WireResponse unauthorized(AuthFailure failure, String message, String requestId) {
    return reject(failure.queryCode, failure.queryStatus, message, requestId);
  }
}
