package io.hyperpod.prereqs.simulator.http;

import com.sun.net.httpserver.HttpServer;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.simulator.http.internal.AccessKeys;
import io.hyperpod.prereqs.simulator.http.internal.Ec2QueryService;
import io.hyperpod.prereqs.simulator.http.internal.FsxJsonService;
import io.hyperpod.prereqs.simulator.http.internal.HttpFront;
import io.hyperpod.prereqs.simulator.http.internal.IamQueryService;
import io.hyperpod.prereqs.simulator.http.internal.QuotasJsonService;
import io.hyperpod.prereqs.simulator.http.internal.Router;
import io.hyperpod.prereqs.simulator.http.internal.S3RestService;
import io.hyperpod.prereqs.simulator.http.internal.SageMakerJsonService;
import io.hyperpod.prereqs.simulator.http.internal.SsmJsonService;
import io.hyperpod.prereqs.simulator.http.internal.StateSaver;
import io.hyperpod.prereqs.simulator.http.internal.StsQueryService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An {@link AwsSimulator} served over HTTP with AWS's wire protocols, so that the AWS SDKs, the AWS
 * CLI and other AWS tools can use it through an endpoint override: IAM and STS (query protocol),
 * EC2 (its query dialect), S3 (rest-xml, path-style), SSM, Service Quotas, FSx and SageMaker
 * HyperPod clusters (JSON 1.1). Requests are routed by the service of their SigV4 credential
 * scope; the access key selects the account and caller ({@link SimulatedAccessKey}; unknown keys
 * act as the default account's root). Signatures are read, not checked, unless {@link
 * Builder#verifySignatures} is on.
 *
 * <pre>{@code
 * AwsSimulator aws = AwsSimulator.create();
 * try (SimulatorServer server = SimulatorServer.builder(aws).start()) {   // a free port
 *   IamClient iam = IamClient.builder().endpointOverride(server.endpoint())...build();
 * }
 * }</pre>
 *
 * With a {@link Builder#stateFile state file} every change made through the wire is saved there
 * (within {@link Builder#saveDelay}, and on {@link #stop()}).
 */
public final class SimulatorServer implements AutoCloseable {
  /** The port LocalStack made familiar; the CLI's default. */
  public static final int DEFAULT_PORT = 4566;

  private final HttpServer http;
  private final ExecutorService executor;
  private final StateSaver saver;
  private final List<String> services;
  private final String host;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private AutoCloseable refusals = () -> {};

  private SimulatorServer(
      HttpServer http,
      ExecutorService executor,
      StateSaver saver,
      List<String> services,
      String host) {
    this.http = http;
    this.executor = executor;
    this.saver = saver;
    this.services = services;
    this.host = host;
  }

  /** A server of this simulator; configure it, then {@link Builder#start()}. */
  public static Builder builder(AwsSimulator simulator) {
    return new Builder(simulator);
  }

  /** The port it listens on (the free port it was given when asked for port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  public String host() {
    return host;
  }

  /** {@code http://HOST:PORT}, for endpoint overrides. */
  public URI endpoint() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port());
  }

  /** The SigV4 signing names of the services it serves ({@code iam}, {@code sts}, {@code s3}, ...). */
  public List<String> services() {
    return services;
  }

  /** Stops answering, then saves what clients changed (when it has a state file). Idempotent. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    http.stop(0);
    executor.shutdownNow();
    try {
      refusals.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot remove the refusal listener", e);
    }
    if (saver != null) {
      saver.close();
    }
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "SimulatorServer[" + endpoint() + " " + services + "]";
  }

  /** Configures a {@link SimulatorServer}. */
  public static final class Builder {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final AwsSimulator simulator;
    private String host = "127.0.0.1";
    private int port;
    private String defaultAccount = AwsSimulator.DEFAULT_ACCOUNT;
    private final List<SimulatedAccessKey> accessKeys = new ArrayList<>();
    private boolean verifySignatures;
    private Path stateFile;
    private Duration saveDelay = Duration.ofMillis(200);
    private Consumer<RuntimeException> onSaveFailure = e -> {};
    private Consumer<RecordedCall> onRefusal;
    private int threads = 8;

    private Builder(AwsSimulator simulator) {
      this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /** The address to bind; {@code 127.0.0.1} unless set. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) takes a free one, see {@link SimulatorServer#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /** The account of requests whose access key is not configured (default 123456789012). */
    public Builder defaultAccount(String accountId) {
      if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
        throw new IllegalArgumentException(
            "default account '" + accountId + "' must be 12 digits, e.g. 123456789012");
      }
      this.defaultAccount = accountId;
      return this;
    }

    /** An access key with its account and caller (and secret, for signature checks). */
    public Builder accessKey(SimulatedAccessKey key) {
      accessKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Checks every request's SigV4 signature against the secret of its {@link #accessKey access
     * key}; unsigned requests, unknown keys and wrong signatures are refused with AWS's codes.
     */
    public Builder verifySignatures(boolean verify) {
      this.verifySignatures = verify;
      return this;
    }

    /** Saves the simulator to this file after changes made through the wire, and on stop. */
    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    /** How long changes may wait before they are saved (default 200 ms). */
    public Builder saveDelay(Duration delay) {
      this.saveDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /**
     * Told of every call the simulator refuses while it serves (the AWS error code, and the
     * simulator's reason, which the answer carries in the {@code x-hyperpod-simulator-reason}
     * header): {@code simulator serve} logs one line for each.
     */
    public Builder onRefusal(Consumer<RecordedCall> listener) {
      this.onRefusal = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Called when saving the state file fails (the server keeps serving). */
    public Builder onSaveFailure(Consumer<RuntimeException> listener) {
      this.onSaveFailure = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Threads answering requests (default 8; the simulator runs one operation at a time). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound (e.g. the port is taken)
     */
    public SimulatorServer start() {
      if (verifySignatures
          && accessKeys.stream().noneMatch(k -> k.secretAccessKey().isPresent())) {
        throw new IllegalArgumentException(
            "verifySignatures needs at least one access key with its secret");
      }
      Router router =
          new Router(
              List.of(
                  new IamQueryService(),
                  new StsQueryService(),
                  new S3RestService(),
                  new Ec2QueryService(),
                  new SsmJsonService(simulator),
                  new QuotasJsonService(),
                  new FsxJsonService(),
                  new SageMakerJsonService(simulator)));
      StateSaver saver =
          Optional.ofNullable(stateFile)
              .map(file -> new StateSaver(simulator, file, saveDelay, onSaveFailure))
              .orElse(null);
      Runnable changed = saver == null ? () -> {} : saver::changed;
      HttpFront front =
          new HttpFront(
              simulator,
              router,
              new AccessKeys(accessKeys, defaultAccount),
              verifySignatures,
              changed);
      HttpServer http;
      try {
        // The JDK server writes headers and body in two sends; without TCP_NODELAY, Nagle's
        // algorithm and the client's delayed ACK hold every answer back ~40 ms. The setting is
        // read once, when the JVM makes its first JDK HTTP server.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        http = HttpServer.create(new InetSocketAddress(host, port), 128);
      } catch (IOException e) {
        if (saver != null) {
          saver.close();
        }
        throw new UncheckedIOException(
            "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); choose another"
                + " --port, or 0 for a free one",
            e);
      }
      AtomicInteger count = new AtomicInteger();
      ExecutorService executor =
          Executors.newFixedThreadPool(
              threads,
              runnable -> {
                Thread thread =
                    new Thread(runnable, "simulator-http-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      http.createContext("/", front);
      http.setExecutor(executor);
      http.start();
      SimulatorServer server = new SimulatorServer(http, executor, saver, router.services(), host);
      if (onRefusal != null) {
        Consumer<RecordedCall> listener = onRefusal;
        server.refusals =
            simulator.onCall(
                call -> {
                  if (call.errorCode().isPresent()) {
                    listener.accept(call);
                  }
                });
      }
      return server;
    }
  }
}
