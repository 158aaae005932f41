package io.hyperpod.prereqs.aws.moto;

import io.hyperpod.prereqs.aws.AwsBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * A local moto server ({@code python3 -m moto.server}) for tests: started on a free port of
 * 127.0.0.1 with AWS managed policies loaded, polled until it answers, stopped by {@link #close()}.
 * One server per test class, most simply through {@link MotoExtension}.
 *
 * <p>Clients use the dummy credentials {@value #ACCESS_KEY}/{@value #SECRET_KEY} and region
 * {@value #REGION}, never the environment's; moto puts them in account {@value #ACCOUNT}. Another
 * account is reached through {@link #credentialsInAccount(String)}. The Python interpreter is
 * {@code python3} unless the system property {@code moto.python} names another.
 */
public final class MotoServer implements AutoCloseable {
  public static final String ACCESS_KEY = "AKIATEST";
  public static final String SECRET_KEY = "secret";
  public static final String REGION = "us-west-2";
  /** The account moto serves callers with credentials it did not issue. */
  public static final String ACCOUNT = "123456789012";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread stopAtExit;

  private MotoServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.stopAtExit = new Thread(process::destroyForcibly, "stop moto on port " + port);
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  /**
   * Starts a moto server on a free port and returns once it answers HTTP.
   *
   * @throws IllegalStateException when Python or moto is missing, or the server does not answer
   *     within a minute; the message holds the end of the server's output
   */
  public static MotoServer start() {
    int port = freePort();
    Path log;
    Process process;
    String python = System.getProperty("moto.python", "python3");
    try {
      log = Files.createTempFile("moto-" + port + "-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(python, "-m", "moto.server", "-H", "127.0.0.1", "-p", "" + port)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("MOTO_"));
      env.put("MOTO_IAM_LOAD_MANAGED_POLICIES", "true");
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot start the moto server with '"
              + python
              + "': install Python 3 and moto 5 (pip install 'moto[server]'), or name the"
              + " interpreter with -Dmoto.python=PATH",
          e);
    }
    MotoServer server = new MotoServer(process, port, log);
    server.awaitAnswer();
    return server;
  }

  /** The server's URL, for an endpoint override or {@code --endpoint-url}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  /** The dummy credentials of account {@value #ACCOUNT}. */
  public static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
  }

  /**
   * A backend builder aimed at this server: region {@value #REGION}, the dummy credentials, three
   * attempts with millisecond backoff, and no IAM consistency retries (moto is consistent at once).
   */
  public AwsBackend.Builder backendBuilder() {
    return AwsBackend.builder()
        .region(REGION)
        .endpointOverride(endpoint())
        .credentialsProvider(credentials())
        .maxAttempts(3)
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
        .throttlingBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
        .iamConsistency(1, Duration.ZERO, Duration.ZERO);
  }

  /** A backend of account {@value #ACCOUNT} on this server; the caller closes it. */
  public AwsBackend backend() {
    return backendBuilder().build();
  }

  /**
   * Credentials of a role in another account: moto puts the callers of credentials from an
   * AssumeRole into the account of the role's ARN.
   */
  public AwsCredentialsProvider credentialsInAccount(String accountId) {
    try (StsClient sts =
        StsClient.builder()
            .region(Region.of(REGION))
            .endpointOverride(endpoint())
            .credentialsProvider(credentials())
            .build()) {
      Credentials assumed =
          sts.assumeRole(
                  request ->
                      request
                          .roleArn("arn:aws:iam::" + accountId + ":role/moto-test")
                          .roleSessionName("moto-test"))
              .credentials();
      return StaticCredentialsProvider.create(
          AwsSessionCredentials.create(
              assumed.accessKeyId(), assumed.secretAccessKey(), assumed.sessionToken()));
    }
  }

  /** Forgets every account's state (moto's {@code /moto-api/reset}). */
  public void reset() {
    int status = request("POST", "/moto-api/reset");
    if (status != 200) {
      throw new IllegalStateException("moto reset answered HTTP " + status + log());
    }
  }

  /** Stops the server and waits (bounded) until it has exited. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a temporary file left behind
    }
  }

  private void awaitAnswer() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the moto server exited with code "
                + process.exitValue()
                + " before answering on port "
                + port
                + log());
      }
      if (request("GET", "/moto-api/") == 200) {
        return;
      }
      if (System.nanoTime() > deadline) {
        close();
        throw new IllegalStateException(
            "the moto server did not answer on port " + port + " within " + START_TIMEOUT + log());
      }
      LockSupport.parkNanos(POLL_INTERVAL.toNanos());
    }
  }

  /** The HTTP status of one request to the server, 0 when it cannot be reached. */
  private int request(String method, String path) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) endpoint().resolve(path).toURL().openConnection();
      connection.setRequestMethod(method);
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(30_000);
      try {
        return connection.getResponseCode();
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return 0;
    }
  }

  private String log() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "; its output ends with:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
