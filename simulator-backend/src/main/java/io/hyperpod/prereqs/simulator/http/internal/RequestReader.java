package io.hyperpod.prereqs.simulator.http.internal;

import com.sun.net.httpserver.HttpExchange;
import io.hyperpod.prereqs.simulator.IdGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an exchange into a {@link WireRequest} within the server's bounds: a body larger than
 * the limit (S3 objects have their own, larger one) is refused with AWS's error before it is read
 * (by its {@code Content-Length}) or as soon as it runs past the limit; a request not in by the
 * {@link ReadDeadlines read deadline} closes its connection.
 */
public final class RequestReader {
  private final Router router;
  private final IdGenerator ids;
  private final long maxObjectBytes;
  private final long maxRequestBytes;
  private final ReadDeadlines deadlines;

  public RequestReader(
      Router router,
      IdGenerator ids,
      long maxObjectBytes,
      long maxRequestBytes,
      ReadDeadlines deadlines) {
    this.router = router;
    this.ids = ids;
    this.maxObjectBytes = maxObjectBytes;
    this.maxRequestBytes = maxRequestBytes;
    this.deadlines = deadlines;
  }

  /** A request, or the answer refusing it. */
  public static final class Read {
    private final WireRequest request;
    private final WireResponse refusal;

    private Read(WireRequest request, WireResponse refusal) {
      this.request = request;
      this.refusal = refusal;
    }

    public Optional<WireRequest> request() {
      return Optional.ofNullable(request);
    }

    public Optional<WireResponse> refusal() {
      return Optional.ofNullable(refusal);
    }
  }

  /**
   * @throws IOException when the client went away or ran out of time (no answer is possible)
   */
  public Read read(HttpExchange exchange) throws IOException {
    WireRequest head =
        new WireRequest(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders(),
            new byte[0]);
    Optional<ServiceHandler> handler = router.handlerOf(head);
    boolean s3 = handler.map(h -> h.signingName().equals("s3")).orElse(false);
    long limit = s3 ? maxObjectBytes : maxRequestBytes;
    long declared = declaredLength(head);
    // an aws-chunked body carries its chunk framing besides the payload the limit is about
    long framing = head.header("x-amz-decoded-content-length").isPresent()
        ? Math.max(64 * 1024, limit / 16)
        : 0;
    if (declared > limit) {
      deadlines.readDone();
      return new Read(null, tooLarge(handler.orElse(router.fallback()), s3, limit));
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = declared >= 0 && framing == 0 && head.header("Transfer-Encoding").isEmpty()
          ? readDeclared(in, (int) declared)
          : readAtMost(in, limit + framing);
    } catch (IOException e) {
      throw deadlines.expired()
          ? new IOException("the request was not in within " + deadlines.timeout(), e)
          : e;
    } finally {
      deadlines.readDone();
    }
    if (body == null) {
      return new Read(null, tooLarge(handler.orElse(router.fallback()), s3, limit));
    }
    return new Read(
        new WireRequest(
            head.method(), head.rawPath(), head.rawQuery(), exchange.getRequestHeaders(), body),
        null);
  }

  /** The payload's length as the headers declare it (aws-chunked: the decoded length). */
  private static long declaredLength(WireRequest head) {
    Optional<String> value =
        head.header("x-amz-decoded-content-length").or(() -> head.header("Content-Length"));
    try {
      return value.map(v -> Long.parseLong(v.trim())).orElse(-1L);
    } catch (NumberFormatException e) {
      return -1; // the JDK server refuses a malformed Content-Length itself
    }
  }

  /**
   * A body of the length its {@code Content-Length} declares (within the limit, checked before):
   * read into an array of that size, not through a 64 KiB buffer per request. The JDK server's
   * stream ends at the declared length, so a short body is what arrived before the client closed.
   */
  private static byte[] readDeclared(InputStream in, int length) throws IOException {
    return in.readNBytes(length);
  }

  /** The body, or null when it runs past {@code limit}. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private WireResponse tooLarge(ServiceHandler handler, boolean s3, long limit) {
    String requestId = ids.requestId();
    WireResponse response =
        s3
            ? handler.reject(
                "EntityTooLarge",
                400,
                "Your proposed upload exceeds the maximum allowed size",
                requestId)
            : handler.reject(
                "RequestEntityTooLarge",
                413,
                "Request must be smaller than " + limit + " bytes",
                requestId);
    // The body was not read: the connection cannot carry another request.
    return response.header("Connection", "close");
  }
}
