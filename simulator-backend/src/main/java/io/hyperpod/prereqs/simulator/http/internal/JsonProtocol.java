package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AWS JSON 1.1 (SSM, Service Quotas, FSx, SageMaker): {@code POST /} with {@code X-Amz-Target:
 * <prefix>.<Operation>} and a JSON object body; the answer a JSON object, errors {@code
 * {"__type": code, "message": text}} with AWS's status. Subclasses register one {@link Operation}
 * per operation.
 */
public abstract class JsonProtocol implements ServiceHandler {
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  static final ObjectMapper JSON = new ObjectMapper();

  /** One operation: reads the input object, calls the simulator, fills the output object. */
  @FunctionalInterface
  public interface Operation {
    void answer(JsonNode input, BackendContext context, ObjectNode output);
  }

  private final String signingName;
  private final String targetPrefix;
  private final Map<String, Operation> operations = new LinkedHashMap<>();

  protected JsonProtocol(String signingName, String targetPrefix) {
    this.signingName = signingName;
    this.targetPrefix = targetPrefix;
  }

  @Override
  public final String signingName() {
    return signingName;
  }

  @Override
  public final Optional<String> targetPrefix() {
    return Optional.of(targetPrefix);
  }

  protected final void operation(String name, Operation operation) {
    if (operations.put(name, operation) != null) {
      throw new IllegalStateException(signingName + " operation " + name + " registered twice");
    }
  }

  @Override
  public final WireResponse handle(WireRequest request, BackendContext context) {
    String header = request.header("X-Amz-Target").orElse("");
    String name = header.startsWith(targetPrefix + ".")
        ? header.substring(targetPrefix.length() + 1)
        : "";
    Operation operation = operations.get(name);
    if (operation == null) {
      return reject(
              "UnknownOperationException",
              400,
              "The simulator's "
                  + signingName
                  + " has no operation '"
                  + header
                  + "'; it serves "
                  + String.join(", ", operations.keySet()),
              context.newRequestId())
          .operation(name.isEmpty() ? "Unknown" : name);
    }
    JsonNode input;
    try {
      input = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
    } catch (IOException e) {
      input = null;
    }
    if (input == null || !input.isObject()) {
      return reject(
              "SerializationException",
              400,
              "The request body of " + name + " is not a JSON object.",
              context.newRequestId())
          .operation(name);
    }
    JsonNode in = input;
    return OperationCall.run(
        context,
        signingName,
        name,
        () -> {
          ObjectNode output = JSON.createObjectNode();
          operation.answer(in, context, output);
          return WireResponse.ok()
              .header("x-amzn-RequestId", context.requestId())
              .body(output.toString(), CONTENT_TYPE);
        },
        this::reject,
        "InternalServerError");
  }

  @Override
  public final WireResponse reject(String code, int status, String message, String requestId) {
    ObjectNode body = JSON.createObjectNode().put("__type", code).put("message", message);
    return WireResponse.status(status)
        .header("x-amzn-RequestId", requestId)
        .header("x-amzn-ErrorType", code)
        .body(body.toString(), CONTENT_TYPE);
  }

  @Override
  public String internalErrorCode() {
    return "InternalServerError";
  }

  @Override
  public final WireResponse unauthorized(AuthFailure failure, String message, String requestId) {
    return reject(failure.jsonCode, failure.jsonStatus, message, requestId);
  }

  /** A string member of the input; null when absent or JSON null. */
  protected static String text(JsonNode input, String name) {
    JsonNode value = input.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** An integer member of the input; null when absent. */
  protected static Integer integer(JsonNode input, String name) {
    JsonNode value = input.get(name);
    return value == null || value.isNull() ? null : value.asInt();
  }

  /** {@code [{"Key": k, "Value": v}, ...]} as a map, in order. */
  protected static Map<String, String> tags(JsonNode input, String name) {
    Map<String, String> tags = new LinkedHashMap<>();
    input.path(name).forEach(tag -> tags.put(text(tag, "Key"), text(tag, "Value")));
    return tags;
  }

  /** Writes a map as {@code [{"Key": k, "Value": v}, ...]}. */
  protected static void putTags(ObjectNode output, String name, Map<String, String> tags) {
    var array = output.putArray(name);
    tags.forEach((k, v) -> array.addObject().put("Key", k).put("Value", v));
  }

  /** A timestamp as JSON 1.1 sends it: epoch seconds, with milliseconds. */
  protected static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
  }
}
