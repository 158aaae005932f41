package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.DroppedRequest;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.function.Supplier;

/**
 * One wire operation run as one simulator call (its request id, faults, journal entry, lock), with
 * its failure turned into the protocol's error answer: an AWS error as it is, anything else as the
 * service's internal error (500).
 */
final class OperationCall {
  /** Renders an error in a protocol's format. */
  @FunctionalInterface
  interface ErrorAnswer {
    WireResponse answer(String code, int status, String message, String requestId);
  }

  /** What an unexpected failure answers: AWS's words, no internals of the simulator. */
  static final String INTERNAL_MESSAGE = "We encountered an internal error. Please try again.";

  private OperationCall() {}


  /**
   * @param internalErrorCode the service's code for its own failures ({@code InternalFailure},
   *     {@code InternalError}, ...)
   */
  static WireResponse run(
      BackendContext context,
      String service,
      String operation,
      Supplier<WireResponse> answer,
      ErrorAnswer errors,
      String internalErrorCode) {
    WireResponse response;
    try {
      response = context.call(service, operation, answer);
    } catch (DroppedRequest e) {
      throw e;
    } catch (CloudException e) {
      response =
          errors.answer(
              e.errorCode(),
              e.statusCode(),
              e.getMessage(),
              e.requestId().orElseGet(context::newRequestId));
    } catch (RuntimeException e) {
      response =
          errors.answer(internalErrorCode, 500, INTERNAL_MESSAGE, context.newRequestId())
              .failure(e);
    }
    return response.operation(operation);
  }
}
