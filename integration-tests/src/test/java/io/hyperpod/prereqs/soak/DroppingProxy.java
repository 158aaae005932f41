package io.hyperpod.prereqs.soak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on 127.0.0.1 in front of an AWS-compatible server (moto, the served simulator)
 * that loses answers: the first request whose body or path names a chosen operation is passed
 * on, and then its connection is closed without an answer, as when a network drops the response
 * after AWS did the work; or, counting requests, it kills its client after the Nth one was
 * carried out. One request per connection; everything else is passed through unchanged.
 */
final class DroppingProxy implements AutoCloseable {
  private static final Set<String> HOP = Set.of("host", "connection", "content-length",
      "transfer-encoding", "expect", "upgrade", "keep-alive");

  private final URI target;
  private final ServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "dropping-proxy");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .build();
  private final Set<String> dropOnce = ConcurrentHashMap.newKeySet();
  private final AtomicInteger dropped = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int killAfter;
  private volatile Runnable kill;

  DroppingProxy(URI target) throws IOException {
    this.target = target;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    pool.submit(this::serve);
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Loses the answer of the next request of this operation ({@code CreateVpc}, ...). */
  void dropAnswerOfNext(String operation) {
    dropOnce.add(operation);
  }

  /**
   * After the {@code n}th request from now has been carried out, runs {@code kill} (ends the
   * client: {@link Process#destroyForcibly()}, a SIGKILL) and loses that request's answer.
   */
  void killAfter(int n, Runnable kill) {
    this.kill = kill;
    this.killAfter = requests.get() + n;
  }

  /** Requests passed on so far. */
  int requests() {
    return requests.get();
  }

  /** Answers lost so far. */
  int dropped() {
    return dropped.get();
  }

  private void serve() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        pool.submit(() -> handle(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String[] lines = head.split("\r\n");
      String[] requestLine = lines[0].split(" ");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
        }
      }
      int length = headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("content-length"))
          .map(e -> Integer.parseInt(e.getValue())).findFirst().orElse(0);
      byte[] body = in.readNBytes(length);
      String operation = operation(requestLine[1], headers, body);
      HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(requestLine[1]))
          .method(requestLine[0], body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach((k, v) -> {
        if (!HOP.contains(k.toLowerCase(Locale.ROOT))) {
          forward.header(k, v);
        }
      });
      int index = requests.incrementAndGet();
      HttpResponse<byte[]> answer = client.send(forward.build(),
          HttpResponse.BodyHandlers.ofByteArray());
      Runnable killer = kill;
      if (killer != null && index == killAfter) {
        killer.run();
        dropped.incrementAndGet();
        return;
      }
      if (operation != null && dropOnce.remove(operation)) {
        dropped.incrementAndGet();
        return;
      }
      write(socket.getOutputStream(), answer);
    } catch (IOException e) {
      // the client went away: nothing to answer
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The operation of a query-protocol body, a JSON X-Amz-Target, or an S3 bucket PUT. */
  private static String operation(String path, Map<String, String> headers, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int action = text.indexOf("Action=");
    if (action >= 0) {
      int end = text.indexOf('&', action);
      return text.substring(action + 7, end < 0 ? text.length() : end);
    }
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase("x-amz-target")) {
        return h.getValue().substring(h.getValue().indexOf('.') + 1);
      }
    }
    return path.chars().filter(c -> c == '/').count() == 1 && !path.contains("?")
        ? "CreateBucket" : null;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        break;
      }
    }
    String s = head.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r\n\r\n") ? s.substring(0, s.length() - 4) : "";
  }

  private static void write(OutputStream out, HttpResponse<byte[]> answer) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.statusCode())
        .append(" X\r\n");
    answer.headers().map().forEach((k, values) -> {
      if (!HOP.contains(k.toLowerCase(Locale.ROOT)) && !k.startsWith(":")) {
        for (String v : values) {
          head.append(k).append(": ").append(v).append("\r\n");
        }
      }
    });
    head.append("Content-Length: ").append(answer.body().length).append("\r\n")
        .append("Connection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(answer.body());
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }

}
