package io.hyperpod.prereqs.benchmarks;

import io.hyperpod.prereqs.plan.ResourceAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An HTTP client for the AWS backend that notes, for every request it sends, who sent it: the
 * change being applied on the sending thread (set by {@link #working}), or else the thread's
 * name. The SDK's synchronous clients send on the calling thread, so the note is exact.
 */
final class TracingHttpClient implements SdkHttpClient {
  /** One request: the change it was made for (if any) and the thread that sent it. */
  record Sent(ResourceAddress change, String thread, String target, long startNanos, long endNanos) {}

  private static final ThreadLocal<ResourceAddress> WORKING_ON = new ThreadLocal<>();

  private final SdkHttpClient delegate;
  private final List<Sent> sent = new ArrayList<>();

  TracingHttpClient(SdkHttpClient delegate) {
    this.delegate = delegate;
  }

  /** Marks the calling thread as applying {@code change} (null: no change any more). */
  static void working(ResourceAddress change) {
    if (change == null) {
      WORKING_ON.remove();
    } else {
      WORKING_ON.set(change);
    }
  }

  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    ExecutableHttpRequest prepared = delegate.prepareRequest(request);
    ResourceAddress change = WORKING_ON.get();
    String thread = Thread.currentThread().getName();
    String target = request.httpRequest().method() + " " + request.httpRequest().encodedPath()
        + request.httpRequest().firstMatchingHeader("X-Amz-Target").map(t -> " " + t).orElse("")
        + action(request);
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        long start = System.nanoTime();
        try {
          return prepared.call();
        } finally {
          Sent note = new Sent(change, thread, target, start, System.nanoTime());
          synchronized (TracingHttpClient.this) {
            sent.add(note);
          }
        }
      }

      @Override
      public void abort() {
        prepared.abort();
      }
    };
  }

  /** The Action of a query-protocol request (IAM, STS, EC2), from its form body. */
  private static String action(HttpExecuteRequest request) {
    return request.contentStreamProvider().map(body -> {
      try (java.io.InputStream in = body.newStream()) {
        String form = new String(in.readNBytes(80), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Action=(\\w+)").matcher(form);
        return m.find() ? " " + m.group(1) : "";
      } catch (IOException e) {
        return "";
      }
    }).orElse("");
  }

  @Override
  public String clientName() {
    return delegate.clientName();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
