package io.hyperpod.prereqs.simulator.http.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one HTTP handler of the server: reads the exchange into a {@link WireRequest}, checks the
 * credentials (and, when asked, the signature), routes to the service, writes the answer, and tells
 * the state saver after an operation that may have changed something.
 */
public final class HttpFront implements HttpHandler {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final String DEFAULT_REGION = AwsSimulator.DEFAULT_REGION;

  private final AwsSimulator simulator;
  private final Router router;
  private final AccessKeys keys;
  private final boolean verifySignatures;
  private final Runnable changed;

  /**
   * @param changed called for each operation that may have changed the state, before its answer
   *     is written
   */
  public HttpFront(
      AwsSimulator simulator,
      Router router,
      AccessKeys keys,
      boolean verifySignatures,
      Runnable changed) {
    this.simulator = simulator;
    this.router = router;
    this.keys = keys;
    this.verifySignatures = verifySignatures;
    this.changed = changed;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      WireResponse response;
      try {
        WireRequest request =
            new WireRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                exchange.getRequestBody().readAllBytes());
        response = answer(request);
      } catch (RuntimeException e) {
        response =
            WireResponse.status(500)
                .body("simulator failure: " + e, "text/plain; charset=utf-8");
      }
      // Marked before the answer leaves: once a client has seen a change acknowledged, a stop
      // (which flushes what is marked) must save it.
      if (mayChange(response.operation())) {
        changed.run();
      }
      write(exchange, response);
    }
  }

  /** The answer to one request (the server's whole behaviour, without the socket). */
  public WireResponse answer(WireRequest request) {
    Optional<SigV4> signature = SigV4.of(request);
    Optional<ServiceHandler> routed = router.route(request, signature);
    if (routed.isEmpty()) {
      return unknownService(signature.map(SigV4::service).orElse("?"));
    }
    ServiceHandler handler = routed.get();
    String keyId = signature.map(SigV4::accessKeyId).orElse(null);
    String region =
        signature.map(SigV4::region).filter(r -> REGION.matcher(r).matches()).orElse(DEFAULT_REGION);
    RequestCredentials credentials = RequestCredentials.of(simulator, keys, keyId, region);
    if (verifySignatures) {
      if (signature.isEmpty()) {
        return handler.unauthorized(
            AuthFailure.MISSING,
            "Request is missing Authentication Token (the simulator verifies signatures; sign"
                + " the request with a configured access key)",
            simulator.ids().requestId());
      }
      Optional<String> secret = credentials.secret();
      if (secret.isEmpty()) {
        return handler.unauthorized(
            AuthFailure.UNKNOWN_KEY,
            "The security token included in the request is invalid (access key "
                + keyId
                + " is not one the simulator was given with a secret)",
            simulator.ids().requestId());
      }
      if (!signature.get().verifies(request, secret.get())) {
        return handler.unauthorized(
            AuthFailure.BAD_SIGNATURE,
            "The request signature we calculated does not match the signature you provided."
                + " Check your AWS Secret Access Key and signing method.",
            simulator.ids().requestId());
      }
    }
    Optional<WireResponse> refused = credentials.refusal(request, handler);
    if (refused.isPresent()) {
      return refused.get();
    }
    SimulatedAccessKey key = credentials.key();
    return handler.handle(
        request, simulator.backend(key.accountId(), region, key.caller()).context());
  }

  private WireResponse unknownService(String service) {
    String requestId = simulator.ids().requestId();
    Xml xml =
        Xml.document()
            .start("ErrorResponse")
            .start("Error")
            .element("Type", "Sender")
            .element("Code", "NotImplemented")
            .element(
                "Message",
                "The simulator does not serve the service '"
                    + service
                    + "'; it serves "
                    + String.join(", ", router.services()))
            .end()
            .element("RequestId", requestId)
            .end();
    return WireResponse.status(501)
        .header("x-amzn-RequestId", requestId)
        .body(xml.bytes(), "text/xml");
  }

  private static void write(HttpExchange exchange, WireResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::put);
    byte[] body = response.body();
    int status = response.status();
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    if (head || status == 204 || status == 304 || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Whether an operation may change the state: anything but reads and unknown requests. */
  static boolean mayChange(String operation) {
    if (operation.isEmpty() || operation.equals("Unknown")) {
      return false;
    }
    for (String read : new String[] {"Get", "List", "Describe", "Head", "Simulate"}) {
      if (operation.startsWith(read)) {
        return false;
      }
    }
    return true;
  }
}
