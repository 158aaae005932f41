package io.hyperpod.prereqs.simulator.http.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a served simulator a few thousand requests of every protocol it speaks (query, EC2,
 * REST/XML, JSON 1.1; answers and errors) over keep-alive loopback connections, so that the JIT
 * has compiled the request path, the JDK HTTP server's included, before a real client comes. Run
 * against a throw-away simulator on a port of its own before the real server listens: its
 * requests change nothing a client can see. Bounded by a request count and a time, whichever
 * comes first.
 */
public final class WarmUp {
  /** Requests sent in all (the JIT compiles a method after a few hundred to 2,000 calls). */
  public static final int REQUESTS = 3_000;

  /** The longest it may take, whatever the machine's load. */
  public static final Duration BOUND = Duration.ofSeconds(3);

  private static final String DATE = "20260101T000000Z";

  /** SageMaker's trust policy, form-encoded. */
  private static final String TRUST =
      "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22"
          + "Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22sagemaker.amazonaws.com%22%7D"
          + "%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D";

  private WarmUp() {}

  /**
   * What the warm-up did: how many requests were answered, and the first failure, if any (the
   * warm-up then stops early; the server works the same, only its first requests are slower).
   *
   * @param answered requests answered
   * @param took how long the warm-up took
   * @param failure the first failure, or null
   */
  public record Outcome(int answered, Duration took, String failure) {}

  /**
   * Sends the requests to {@code port} on the loopback from {@code connections} connections.
   *
   * @param port the port of the server to warm
   * @param connections how many keep-alive connections send requests side by side
   * @param requests how many requests to send after the first (which makes a role to read)
   * @param bound the time after which no more requests are sent
   * @return how many were answered, in how long, and the first failure
   */
  public static Outcome run(int port, int connections, int requests, Duration bound) {
    long start = System.nanoTime();
    long deadline = start + bound.toNanos();
    byte[][] mix = mix();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    AtomicReference<String> failure = new AtomicReference<>();
    try {
      send(port, request(iam("CreateRole&RoleName=warm-up&AssumeRolePolicyDocument=" + TRUST)),
          answered);
    } catch (IOException e) {
      return new Outcome(answered.get(), Duration.ofNanos(System.nanoTime() - start),
          e.toString());
    }
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread thread = new Thread(() -> {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
          socket.setTcpNoDelay(true);
          socket.setSoTimeout((int) Math.max(1, bound.toMillis()));
          OutputStream out = socket.getOutputStream();
          InputStream in = new BufferedInputStream(socket.getInputStream());
          int i;
          while ((i = sent.getAndIncrement()) < requests && System.nanoTime() < deadline) {
            byte[] request = mix[i % mix.length];
            out.write(request);
            out.flush();
            readAnswer(in, request[0] == 'H');
            answered.incrementAndGet();
          }
        } catch (IOException e) {
          failure.compareAndSet(null, e.toString());
        }
      }, "simulator-warm-up-" + c);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join(Math.max(1, bound.toMillis() * 2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.compareAndSet(null, "interrupted");
        break;
      }
    }
    return new Outcome(answered.get(), Duration.ofNanos(System.nanoTime() - start),
        failure.get());
  }

  private static void send(int port, byte[] request, AtomicInteger answered) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) BOUND.toMillis());
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      readAnswer(new BufferedInputStream(socket.getInputStream()), false);
      answered.incrementAndGet();
    }
  }

  /** What clients send most (IAM and EC2 reads, answers and errors) and one of each protocol. */
  private static byte[][] mix() {
    List<byte[]> mix = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mix.add(request(iam("GetRole&RoleName=warm-up")));
    }
    mix.add(request(iam("GetRole&RoleName=missing")));
    mix.add(request(iam("ListRoles")));
    mix.add(request(iam("GetUser&UserName=missing")));
    mix.add(request(query("sts", "Action=GetCallerIdentity&Version=2011-06-15")));
    mix.add(request(query("ec2", "Action=DescribeVpcs&Version=2016-11-15")));
    mix.add(request(query("ec2", "Action=DescribeSecurityGroups&Version=2016-11-15")));
    mix.add(request("GET", "/", "s3", null, ""));
    mix.add(request("HEAD", "/warm-up-missing", "s3", null, ""));
    mix.add(request("POST", "/", "ssm", "AmazonSSM.DescribeDocument",
        "{\"Name\":\"missing\"}"));
    mix.add(request("POST", "/", "sagemaker", "SageMaker.ListClusters", "{}"));
    mix.add(request("POST", "/", "servicequotas", "ServiceQuotasV20190624.GetServiceQuota",
        "{\"ServiceCode\":\"ec2\",\"QuotaCode\":\"L-1216C47A\"}"));
    return mix.toArray(new byte[0][]);
  }

  private static String[] iam(String action) {
    return query("iam", "Action=" + action + "&Version=2010-05-08");
  }

  private static String[] query(String service, String body) {
    return new String[] {service, body};
  }

  private static byte[] request(String[] query) {
    return request("POST", "/", query[0], null, query[1]);
  }

  private static byte[] request(
      String method, String path, String service, String target, String body) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n")
        .append("User-Agent: hyperpod-prereqs-warm-up\r\n")
        .append("X-Amz-Date: ").append(DATE).append("\r\n")
        .append("Authorization: AWS4-HMAC-SHA256 Credential=AKIDWARMUP/20260101/us-east-1/")
        .append(service).append("/aws4_request, SignedHeaders=host;x-amz-date, Signature=00\r\n");
    if (target != null) {
      head.append("X-Amz-Target: ").append(target).append("\r\n")
          .append("Content-Type: application/x-amz-json-1.1\r\n");
    } else if (!body.isEmpty()) {
      head.append("Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n");
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      head.append("Content-Length: ").append(payload.length).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(payload);
    return out.toByteArray();
  }

  /**
   * Reads one answer: its head to the empty line, then as many bytes as it says it has (none for
   * an answer to HEAD, whatever its Content-Length).
   */
  private static void readAnswer(InputStream in, boolean toHead) throws IOException {
    long length = 0;
    String line;
    while (!(line = readLine(in)).isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        length = Long.parseLong(line.substring(colon + 1).trim());
      }
    }
    if (!toHead) {
      in.skipNBytes(length);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("the warm-up server closed the connection");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
