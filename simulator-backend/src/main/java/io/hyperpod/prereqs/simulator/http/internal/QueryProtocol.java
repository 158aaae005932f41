package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the AWS query dialects share (IAM and STS here; EC2's dialect differs only in its envelopes
 * and list naming): a form-encoded {@code Action=...} request, one {@link Action} per operation run
 * as one simulator call, an XML answer. Subclasses register their actions and write the envelopes.
 */
public abstract class QueryProtocol implements ServiceHandler {
  /** One operation: reads its parameters, calls the simulator, writes its result's members. */
  @FunctionalInterface
  public interface Action {
    void answer(QueryParams params, BackendContext context, Xml result);
  }

  private final String signingName;
  private final Map<String, Action> actions = new LinkedHashMap<>();

  protected QueryProtocol(String signingName) {
    this.signingName = signingName;
  }

  @Override
  public final String signingName() {
    return signingName;
  }

  @Override
  public final Set<String> actions() {
    return Collections.unmodifiableSet(actions.keySet());
  }

  /** Registers an operation. */
  protected final void action(String name, Action action) {
    if (actions.put(name, action) != null) {
      throw new IllegalStateException(signingName + " action " + name + " registered twice");
    }
  }

  @Override
  public final WireResponse handle(WireRequest request, BackendContext context) {
    Map<String, String> fields = QueryParams.fields(request);
    String name = fields.get("Action");
    Action action = name == null ? null : actions.get(name);
    if (action == null) {
      return reject(
              "InvalidAction",
              400,
              name == null
                  ? "The request has no Action parameter; name the operation, e.g. Action="
                      + actions.keySet().iterator().next()
                  : "The action " + name + " is not valid for this web service.",
              context.newRequestId())
          .operation(name == null ? "" : name);
    }
    QueryParams params = new QueryParams(fields, this::invalidParameter);
    return OperationCall.run(
        context,
        signingName,
        name,
        () -> {
          Xml result = Xml.fragment();
          beforeAction(params);
          action.answer(params, context, result);
          return WireResponse.ok()
              .header("x-amzn-RequestId", context.requestId())
              .body(envelope(name, result, context.requestId()), "text/xml");
        },
        this::reject,
        "InternalFailure");
  }

  @Override
  public final WireResponse reject(String code, int status, String message, String requestId) {
    return WireResponse.status(status)
        .header("x-amzn-RequestId", requestId)
        .body(errorBody(code, message, status, requestId), "text/xml");
  }

  /** Runs first inside every operation's call, e.g. to answer EC2's {@code DryRun}. */
  protected void beforeAction(QueryParams params) {}

  /** The answer's document around the result's members. */
  protected abstract byte[] envelope(String action, Xml result, String requestId);

  /** The error document. */
  protected abstract byte[] errorBody(String code, String message, int status, String requestId);

  /** The service's error for a missing or malformed parameter. */
  protected abstract CloudException invalidParameter(String name, String problem);

  /** The {@code ValidationError} text AWS's query services use. */
  protected static CloudException validationError(String service, String name, String problem) {
    String field = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    String message =
        problem.equals("missing")
            ? "1 validation error detected: Value null at '"
                + field
                + "' failed to satisfy constraint: Member must not be null"
            : "1 validation error detected: Value at '" + field + "' is invalid: " + problem;
    return AwsError.exception(service, "ValidationError", 400, message, null);
  }
}
