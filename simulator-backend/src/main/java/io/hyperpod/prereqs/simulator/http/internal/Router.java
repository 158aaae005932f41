package io.hyperpod.prereqs.simulator.http.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the service of a request: by the signing name of its SigV4 credential scope; failing that
 * by its {@code X-Amz-Target} prefix (JSON services) or its {@code Action} (query services);
 * anything else is S3 (the only REST service).
 */
public final class Router {
  private final Map<String, ServiceHandler> bySigningName = new LinkedHashMap<>();
  private final Map<String, ServiceHandler> byTargetPrefix = new LinkedHashMap<>();
  private final Map<String, ServiceHandler> byAction = new LinkedHashMap<>();

  public Router(List<ServiceHandler> handlers) {
    for (ServiceHandler handler : handlers) {
      bySigningName.put(handler.signingName(), handler);
      handler.targetPrefix().ifPresent(prefix -> byTargetPrefix.put(prefix, handler));
      handler.actions().forEach(action -> byAction.putIfAbsent(action, handler));
    }
  }

  /** The signing names served, in registration order. */
  public List<String> services() {
    return List.copyOf(bySigningName.keySet());
  }

  /** The handler of the request by its own signature; empty for a service not served. */
  public Optional<ServiceHandler> handlerOf(WireRequest request) {
    return route(request, SigV4.of(request));
  }

  /** The handler that answers failures of requests no service claims (S3's, the REST one). */
  public ServiceHandler fallback() {
    return bySigningName.getOrDefault("s3", bySigningName.values().iterator().next());
  }

  /** The answer to a request signed for a service that is not served. */
  public WireResponse unknownService(String service, String requestId) {
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
                    + String.join(", ", services()))
            .end()
            .element("RequestId", requestId)
            .end();
    return WireResponse.status(501)
        .header("x-amzn-RequestId", requestId)
        .body(xml.bytes(), "text/xml");
  }

  /** The handler of the request; empty when the signature names a service not served. */
  public Optional<ServiceHandler> route(WireRequest request, Optional<SigV4> signature) {
    if (signature.isPresent()) {
      return Optional.ofNullable(bySigningName.get(signature.get().service()));
    }
    Optional<String> target = request.header("X-Amz-Target");
    if (target.isPresent()) {
      int dot = target.get().indexOf('.');
      String prefix = dot < 0 ? target.get() : target.get().substring(0, dot);
      return Optional.ofNullable(byTargetPrefix.get(prefix));
    }
    String action = request.queryParameter("Action").orElse(null);
    if (action == null && request.hasFormBody()) {
      List<String> values = WireRequest.parseForm(request.bodyText()).get("Action");
      action = values == null ? null : values.get(0);
    }
    if (action != null && byAction.containsKey(action)) {
      return Optional.of(byAction.get(action));
    }
    return Optional.ofNullable(bySigningName.get("s3"));
  }
}
