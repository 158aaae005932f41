package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.DroppedRequest;
import io.hyperpod.prereqs.simulator.internal.ErrorFields;
import io.hyperpod.prereqs.simulator.internal.SimulatorReason;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One wire operation run as one simulator call (its request id, faults, journal entry, lock), with
 * its failure turned into the protocol's error answer: an AWS error as it is, anything else as the
 * service's internal error (500). The simulator's own explanation of a refusal goes into the
 * {@value #REASON_HEADER} header, never into AWS's message.
 */
final class OperationCall {
  /** The response header with the simulator's reason for refusing a call. */
  static final String REASON_HEADER = "x-hyperpod-simulator-reason";

  /** AWS's message for its own failures. */
  static final String INTERNAL_ERROR_MESSAGE = "We encountered an internal error. Please try again.";

  /** Renders an error in a protocol's format. */
  @FunctionalInterface
  interface ErrorAnswer {
    WireResponse answer(String code, int status, String message, String requestId);
  }

  /** Renders an error with the elements it carries besides code and message ({@link ErrorFields}). */
  @FunctionalInterface
  interface FieldedErrorAnswer {
    WireResponse answer(
        String code, int status, String message, String requestId, Map<String, String> fields);
  }

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
    return run(
        context,
        service,
        operation,
        answer,
        (code, status, message, requestId, fields) ->
            errors.answer(code, status, message, requestId),
        internalErrorCode);
  }

  /** {@link #run(BackendContext, String, String, Supplier, ErrorAnswer, String)} with fields. */
  static WireResponse run(
      BackendContext context,
      String service,
      String operation,
      Supplier<WireResponse> answer,
      FieldedErrorAnswer errors,
      String internalErrorCode) {
    WireResponse response;
    try {
      response = context.call(service, operation, answer);
    } catch (DroppedRequest e) {
      throw e;
    } catch (CloudException e) {
      response =
          withReason(
              errors.answer(
                  e.errorCode(),
                  e.statusCode(),
                  e.getMessage(),
                  e.requestId().orElseGet(context::newRequestId),
                  ErrorFields.of(e)),
              SimulatorReason.of(e));
    } catch (RuntimeException e) {
      response =
          withReason(
                  errors.answer(
                      internalErrorCode,
                      500,
                      INTERNAL_ERROR_MESSAGE,
                      context.newRequestId(),
                      Map.of()),
                  Optional.of("the simulator failed on " + operation + " (the server logs why)"))
              .failure(e);
    }
    return response.operation(operation);
  }

  /** The answer with the reason in its header: one line of printable ASCII (others as '?'). */
  static WireResponse withReason(WireResponse response, Optional<String> reason) {
    return reason
        .map(r -> response.header(REASON_HEADER, r.replaceAll("[^\\x20-\\x7e]", "?")))
        .orElse(response);
  }
}
