package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The served simulator's own controls, on paths no AWS service uses: {@code GET
 * /_simulator/health}, {@code POST /_simulator/clock/advance} ({@code seconds}, {@code hours} or
 * {@code to}, in the query or a JSON body), {@code POST /_simulator/reset}, and moto's {@code POST
 * /moto-api/reset}. Answered only to clients on the loopback interface.
 */
public final class AdminEndpoint {
  static final String PREFIX = "/_simulator/";
  static final String MOTO_RESET = "/moto-api/reset";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AwsSimulator simulator;
  private final ClockDriver clock;
  private final List<String> services;

  public AdminEndpoint(AwsSimulator simulator, ClockDriver clock, List<String> services) {
    this.simulator = simulator;
    this.clock = clock;
    this.services = services;
  }

  /** Whether the request is for this endpoint rather than an AWS service. */
  public static boolean handles(WireRequest request) {
    return request.rawPath().startsWith(PREFIX)
        || (request.rawPath().equals(MOTO_RESET)
            && request.method().equals("POST")
            && request.rawQuery() == null);
  }

  /** The answer; {@link WireResponse#operation()} names changes so that they are saved. */
  public WireResponse answer(WireRequest request, boolean fromLoopback) {
    if (!fromLoopback) {
      return json(403, error("the simulator's admin endpoint answers only on 127.0.0.1 / ::1"));
    }
    String path = request.rawPath();
    String method = request.method();
    if (path.equals(MOTO_RESET) || path.equals(PREFIX + "reset")) {
      if (!method.equals("POST")) {
        return notAllowed(method, path);
      }
      simulator.reset();
      return json(200, status().put("reset", true)).operation("AdminReset");
    }
    if (path.equals(PREFIX + "health")) {
      if (!method.equals("GET")) {
        return notAllowed(method, path);
      }
      clock.catchUp();
      ObjectNode body = status();
      body.put("clockMode", clock.mode().name().toLowerCase(java.util.Locale.ROOT));
      body.put("pid", ProcessHandle.current().pid());
      services.forEach(body.putArray("services")::add);
      return json(200, body);
    }
    if (path.equals(PREFIX + "clock/advance")) {
      if (!method.equals("POST")) {
        return notAllowed(method, path);
      }
      return advance(request);
    }
    return json(
        404,
        error(
            "no admin operation "
                + method
                + " "
                + path
                + "; there are GET /_simulator/health, POST /_simulator/clock/advance, POST"
                + " /_simulator/reset"));
  }

  private WireResponse advance(WireRequest request) {
    JsonNode body;
    try {
      body = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
    } catch (IOException e) {
      return json(400, error("the body is not JSON; send {\"seconds\": 3600} or ?seconds=3600"));
    }
    Optional<String> seconds = param(request, body, "seconds");
    Optional<String> hours = param(request, body, "hours");
    Optional<String> to = param(request, body, "to");
    long given = java.util.stream.Stream.of(seconds, hours, to).filter(Optional::isPresent).count();
    if (given != 1) {
      return json(400, error("give exactly one of seconds, hours or to (an ISO-8601 instant)"));
    }
    clock.catchUp();
    Instant from = simulator.clock().instant();
    try {
      if (to.isPresent()) {
        Instant target = Instant.parse(to.get());
        if (target.isBefore(from)) {
          return json(400, error("to " + target + " is before the clock's " + from
              + ": simulated time only moves forward"));
        }
        simulator.clock().advanceTo(target);
      } else {
        double amount = Double.parseDouble(seconds.orElseGet(hours::get));
        double secs = seconds.isPresent() ? amount : amount * 3600;
        if (!(secs >= 0) || Double.isInfinite(secs)) {
          return json(400, error("the amount must be a number of 0 or more: simulated time only"
              + " moves forward"));
        }
        simulator.clock().advance(Duration.ofMillis(Math.round(secs * 1000)));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return json(400, error("seconds and hours are numbers (e.g. 3600, 0.5); to is an instant"
          + " such as 2025-01-02T00:00:00Z"));
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("from", from.toString());
    answer.put("to", simulator.clock().instant().toString());
    return json(200, answer).operation("AdminAdvanceClock");
  }

  private static Optional<String> param(WireRequest request, JsonNode body, String name) {
    Optional<String> query = request.queryParameter(name);
    if (query.isPresent()) {
      return query;
    }
    JsonNode value = body.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private ObjectNode status() {
    ObjectNode body = JSON.createObjectNode();
    body.put("status", "ok");
    body.put("clock", simulator.clock().instant().toString());
    return body;
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("status", "error").put("message", message);
  }

  private static WireResponse notAllowed(String method, String path) {
    return json(405, error(method + " is not allowed on " + path));
  }

  private static WireResponse json(int status, ObjectNode body) {
    return WireResponse.status(status).body(body.toString(), "application/json");
  }
}
