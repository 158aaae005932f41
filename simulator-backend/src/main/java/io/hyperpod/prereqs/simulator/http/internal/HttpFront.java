package io.hyperpod.prereqs.simulator.http.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.internal.DroppedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one HTTP handler of the server: reads the exchange into a {@link WireRequest} (within the
 * {@link RequestReader}'s bounds), sends the admin paths to the {@link AdminEndpoint}, moves the
 * served clock, lets the {@link Gate} check credentials and signatures, routes to the service, makes
 * a change durable before its answer is written, and writes the answer. An injected dropped request
 * closes the connection without an answer.
 */
public final class HttpFront implements HttpHandler {
  private final AwsSimulator simulator;
  private final Router router;
  private final Gate gate;
  private final ClockDriver clock;
  private final AdminEndpoint admin;
  private final RequestReader reader;
  private final Runnable commit;
  private final Consumer<String> log;

  /**
   * @param commit called for each answer that may have changed the state, before it is written;
   *     returns once the change is durable (throws when it cannot be made so)
   * @param log told one line per unexpected failure (the client sees the protocol's InternalError)
   */
  public HttpFront(
      AwsSimulator simulator,
      Router router,
      Gate gate,
      ClockDriver clock,
      AdminEndpoint admin,
      RequestReader reader,
      Runnable commit,
      Consumer<String> log) {
    this.simulator = simulator;
    this.router = router;
    this.gate = gate;
    this.clock = clock;
    this.admin = admin;
    this.reader = reader;
    this.commit = commit;
    this.log = log;
  }

  /**
   * A front without a served clock, bounds or log (the clock moves only when told), for answering
   * requests in tests: {@link #answer(WireRequest)}.
   *
   * @param changed called for each operation that may have changed the state
   */
  public HttpFront(
      AwsSimulator simulator,
      Router router,
      AccessKeys keys,
      boolean verifySignatures,
      Runnable changed) {
    this(
        simulator,
        router,
        new Gate(simulator, keys, verifySignatures, java.time.Clock.systemUTC()),
        new ClockDriver(
            simulator, io.hyperpod.prereqs.simulator.http.ServedClock.MANUAL,
            java.time.Clock.systemUTC()),
        new AdminEndpoint(
            simulator,
            new ClockDriver(
                simulator, io.hyperpod.prereqs.simulator.http.ServedClock.MANUAL,
                java.time.Clock.systemUTC()),
            router.services()),
        null,
        changed,
        line -> {});
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      WireResponse response;
      try {
        RequestReader.Read read = reader.read(exchange);
        if (read.refusal().isPresent()) {
          write(exchange, read.refusal().get());
          return;
        }
        response = respond(read.request().orElseThrow(), loopback(exchange));
      } catch (DroppedRequest dropped) {
        if (dropped.processed()) {
          commit.run();
        }
        return; // closing the exchange before any header closes the connection: no answer
      } catch (RuntimeException e) {
        log.accept("internal failure: " + e);
        response = router.fallback().internalError(simulator.ids().requestId());
      }
      WireResponse answer = response;
      answer.failure().ifPresent(e -> log.accept(answer.operation() + ": internal failure: " + e));
      write(exchange, answer);
    }
  }

  /** The answer to a request, made durable when it may have changed the state. */
  WireResponse respond(WireRequest request, boolean fromLoopback) {
    WireResponse response;
    if (AdminEndpoint.handles(request)) {
      response = admin.answer(request, fromLoopback);
    } else {
      clock.catchUp();
      response = answer(request);
    }
    if (mayChange(response.operation())) {
      try {
        commit.run();
      } catch (RuntimeException e) {
        log.accept("the change of " + response.operation() + " could not be saved: " + e);
        return router.handlerOf(request).orElse(router.fallback())
            .internalError(simulator.ids().requestId());
      }
    }
    return response;
  }

  /** The answer to one AWS request (the server's whole behaviour, without the socket). */
  public WireResponse answer(WireRequest request) {
    Optional<SigV4> signature = SigV4.of(request);
    Optional<ServiceHandler> routed = router.route(request, signature);
    if (routed.isEmpty()) {
      return router.unknownService(
          signature.map(SigV4::service).orElse("?"), simulator.ids().requestId());
    }
    ServiceHandler handler = routed.get();
    Gate.Admission admission = gate.admit(request, signature, handler);
    if (admission.refusal().isPresent()) {
      return admission.refusal().get();
    }
    try {
      return handler.handle(request, admission.context());
    } catch (DroppedRequest e) {
      throw e;
    } catch (RuntimeException e) {
      return handler.internalError(simulator.ids().requestId()).failure(e);
    }
  }

  private static boolean loopback(HttpExchange exchange) {
    InetSocketAddress peer = exchange.getRemoteAddress();
    return peer != null && peer.getAddress() != null && peer.getAddress().isLoopbackAddress();
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
