package io.hyperpod.prereqs.simulator.http;

import com.sun.net.httpserver.HttpServer;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.simulator.http.internal.AccessKeys;
import io.hyperpod.prereqs.simulator.http.internal.AdminEndpoint;
import io.hyperpod.prereqs.simulator.http.internal.ClockDriver;
import io.hyperpod.prereqs.simulator.http.internal.Ec2QueryService;
import io.hyperpod.prereqs.simulator.http.internal.FsxJsonService;
import io.hyperpod.prereqs.simulator.http.internal.Gate;
import io.hyperpod.prereqs.simulator.http.internal.HttpFront;
import io.hyperpod.prereqs.simulator.http.internal.IamQueryService;
import io.hyperpod.prereqs.simulator.http.internal.QuotasJsonService;
import io.hyperpod.prereqs.simulator.http.internal.ReadDeadlines;
import io.hyperpod.prereqs.simulator.http.internal.RequestReader;
import io.hyperpod.prereqs.simulator.http.internal.Router;
import io.hyperpod.prereqs.simulator.http.internal.S3RestService;
import io.hyperpod.prereqs.simulator.http.internal.SageMakerJsonService;
import io.hyperpod.prereqs.simulator.http.internal.KmsJsonService;
import io.hyperpod.prereqs.simulator.http.internal.SsmJsonService;
import io.hyperpod.prereqs.simulator.http.internal.StateSaver;
import io.hyperpod.prereqs.simulator.http.internal.StsQueryService;
import io.hyperpod.prereqs.simulator.http.internal.WarmUp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
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
 * Its clock moves as {@link Builder#clock} says (default {@link ServedClock#FAST}); {@code
 * /_simulator/health}, {@code /_simulator/clock/advance}, {@code /_simulator/reset} and moto's
 * {@code /moto-api/reset} control it. With a {@link Builder#stateFile state file} every change
 * made through the wire is saved there before it is acknowledged. Requests are bounded in size
 * and in the time a client may take to send them; {@link Builder#faults} are injected on the
 * wire (dropped connections, latency) as well as in memory.
 */
public final class SimulatorServer implements AutoCloseable {
  /** The port LocalStack made familiar; the CLI's default. */
  public static final int DEFAULT_PORT = 4566;

  /** The default bound of an S3 object body (single PUT): 64 MiB. */
  public static final long DEFAULT_MAX_OBJECT_SIZE = 64L * 1024 * 1024;

  /** The default bound of any other request body: 2 MiB. */
  public static final long DEFAULT_MAX_REQUEST_SIZE = 2L * 1024 * 1024;

  /** The default time a client has to send a request (headers and body): 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  private final HttpServer http;
  private final ExecutorService executor;
  private final ScheduledExecutorService timer;
  private final StateSaver saver;
  private final List<String> services;
  private final String host;
  private final ServedClock clock;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private AutoCloseable refusals = () -> {};

  private SimulatorServer(
      HttpServer http,
      ExecutorService executor,
      ScheduledExecutorService timer,
      StateSaver saver,
      List<String> services,
      String host,
      ServedClock clock) {
    this.http = http;
    this.executor = executor;
    this.timer = timer;
    this.saver = saver;
    this.services = services;
    this.host = host;
    this.clock = clock;
  }

  /**
   * A server of this simulator; configure it, then {@link Builder#start()}.
   *
   * @param simulator the simulator whose accounts the server serves; changes made through the wire
   *     change it
   * @return a new builder: 127.0.0.1, a free port, the fast clock, 16 threads
   */
  public static Builder builder(AwsSimulator simulator) {
    return new Builder(simulator);
  }

  /** {@return the port it listens on (the free port it was given when asked for port 0)} */
  public int port() {
    return http.getAddress().getPort();
  }

  /**
   * {@return the address it is bound to, as given to {@link Builder#host(String)}, e.g. {@code
   * 127.0.0.1}}
   */
  public String host() {
    return host;
  }

  /** {@return {@code http://HOST:PORT}, for endpoint overrides} */
  public URI endpoint() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port());
  }

  /**
   * {@return the SigV4 signing names of the services it serves ({@code iam}, {@code sts}, {@code
   * s3}, ...)}
   */
  public List<String> services() {
    return services;
  }

  /** {@return how the simulated clock moves while it serves} */
  public ServedClock clock() {
    return clock;
  }

  /**
   * {@return whether it listens on a loopback address only (otherwise other machines can reach it)}
   */
  public boolean loopbackOnly() {
    InetAddress address = http.getAddress().getAddress();
    return address != null && address.isLoopbackAddress();
  }

  /**
   * How many times the state file was written for changes (group commit: fewer than the changes
   * when they come in bursts); 0 without a state file.
   *
   * @return the number of state file writes so far
   */
  public long stateSaves() {
    return saver == null ? 0 : saver.saves();
  }

  /** Stops answering, then saves the state once more (when it has a state file). Idempotent. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    http.stop(0);
    executor.shutdownNow();
    timer.shutdownNow();
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
    return "SimulatorServer[" + endpoint() + " " + services + " clock " + clock + "]";
  }

  /** Configures a {@link SimulatorServer}. */
  public static final class Builder {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final AwsSimulator simulator;
    private String host = "127.0.0.1";
    private int port;
    private String defaultAccount = AwsSimulator.DEFAULT_ACCOUNT;
    private final List<SimulatedAccessKey> accessKeys = new ArrayList<>();
    private final List<FaultRule> faults = new ArrayList<>();
    private boolean verifySignatures;
    private Path stateFile;
    private Consumer<RuntimeException> onSaveFailure = e -> {};
    private Consumer<String> log = line -> {};
    private int threads = 16;
    private ServedClock clock = ServedClock.FAST;
    private Clock wallClock = Clock.systemUTC();
    private long maxObjectSize = DEFAULT_MAX_OBJECT_SIZE;
    private long maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Consumer<Duration> sleeper = Builder::sleep;
    private Consumer<RecordedCall> onRefusal;
    private boolean warmUp;

    private Builder(AwsSimulator simulator) {
      this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /**
     * The address to bind; {@code 127.0.0.1} unless set.
     *
     * @param host an IP address or host name of this machine, e.g. {@code 127.0.0.1} or {@code ::1}
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port; 0 (the default) takes a free one, see {@link SimulatorServer#port()}.
     *
     * @param port a TCP port from 0 to 65535; 0 for a free one
     * @return this builder
     * @throws IllegalArgumentException when the port is outside 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /**
     * The account of requests whose access key is not configured (default 123456789012).
     *
     * @param accountId a 12-digit account id
     * @return this builder
     * @throws IllegalArgumentException when the id is not 12 digits
     */
    public Builder defaultAccount(String accountId) {
      if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
        throw new IllegalArgumentException(
            "default account '" + accountId + "' must be 12 digits, e.g. 123456789012");
      }
      this.defaultAccount = accountId;
      return this;
    }

    /**
     * An access key with its account and caller (and secret, for signature checks).
     *
     * @param key an access key id mapped to an account, optionally an IAM user or role, and a
     *     secret
     * @return this builder
     */
    public Builder accessKey(SimulatedAccessKey key) {
      accessKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Checks every request's SigV4 signature against the secret of its {@link #accessKey access
     * key}, its payload hash against its body and its time against the wall clock (15 minutes);
     * unsigned requests, unknown keys, wrong signatures and stale requests are refused with AWS's
     * codes.
     *
     * @param verify {@code true} to refuse requests without a valid signature; default {@code
     *     false} (signatures are parsed, not checked)
     * @return this builder
     */
    public Builder verifySignatures(boolean verify) {
      this.verifySignatures = verify;
      return this;
    }

    /**
     * Saves the simulator to this file before each change made through the wire is answered.
     *
     * @param file the state file, e.g. {@code .hyperpod-prereqs/simulator.json}; {@code null} for
     *     none (changes live in memory only)
     * @return this builder
     */
    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    /**
     * Told of every call the simulator refuses while it serves (the AWS error code, and the
     * simulator's reason, which the answer carries in the {@code x-hyperpod-simulator-reason}
     * header): {@code simulator serve} logs one line for each.
     *
     * @param listener called once for each refused call, on the thread that answered it
     * @return this builder
     */
    public Builder onRefusal(Consumer<RecordedCall> listener) {
      this.onRefusal = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Told when saving the state file fails (the change's client gets an InternalError).
     *
     * @param listener called with the failure of each save that failed
     * @return this builder
     */
    public Builder onSaveFailure(Consumer<RuntimeException> listener) {
      this.onSaveFailure = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Told one line for each unexpected failure (clients see only the protocol's InternalError).
     *
     * @param log called with one line of text per unexpected failure
     * @return this builder
     */
    public Builder log(Consumer<String> log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * Threads answering requests (default 16; the simulator runs one operation at a time).
     *
     * @param threads the number of request threads, 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * How the simulated clock moves (default {@link ServedClock#FAST}).
     *
     * @param clock fast, real or manual
     * @return this builder
     */
    public Builder clock(ServedClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The wall clock: what {@link ServedClock#REAL} follows and signature times are held to.
     *
     * @param wallClock the clock of the real world; {@link Clock#systemUTC()} unless set
     * @return this builder
     */
    public Builder wallClock(Clock wallClock) {
      this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
      return this;
    }

    /**
     * The largest S3 object body accepted (default 64 MiB); larger answer EntityTooLarge.
     *
     * @param bytes the limit in bytes, 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is not positive
     */
    public Builder maxObjectSize(long bytes) {
      this.maxObjectSize = positive(bytes, "maxObjectSize");
      return this;
    }

    /**
     * The largest body of any other request (default 2 MiB); larger answer 413.
     *
     * @param bytes the limit in bytes, 1 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is not positive
     */
    public Builder maxRequestSize(long bytes) {
      this.maxRequestSize = positive(bytes, "maxRequestSize");
      return this;
    }

    /**
     * How long a client may take to send a request, headers and body (default 30 s).
     *
     * @param timeout the longest a request may take to arrive, positive
     * @return this builder
     * @throws IllegalArgumentException when the timeout is zero or negative
     */
    public Builder readTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("readTimeout " + timeout + " must be positive");
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Faults injected into the simulator when the server starts (see {@link FaultRule#parse}).
     *
     * @param rules fault rules, added after those already given, each tried in order
     * @return this builder
     */
    public Builder faults(List<? extends FaultRule> rules) {
      rules.forEach(rule -> faults.add(Objects.requireNonNull(rule, "rule")));
      return this;
    }

    /**
     * Before it listens, answers a few thousand requests of every protocol (IAM, STS, EC2, S3,
     * the JSON services; answers and errors) on a throw-away simulator and a loopback port of its
     * own, so that its first clients meet the request path compiled by the JIT instead of
     * interpreted: {@link #start()} takes up to 3,000 requests or 3 s longer,
     * and nothing of it shows in this simulator. Off unless set; {@code simulator serve} sets it.
     *
     * @param warmUp whether to warm up before listening
     * @return this builder
     */
    public Builder warmUp(boolean warmUp) {
      this.warmUp = warmUp;
      return this;
    }

    /**
     * How an injected latency is waited in wall time (default {@link Thread#sleep}); for tests.
     *
     * @param sleeper called with each latency to wait instead of sleeping the thread
     * @return this builder
     */
    public Builder sleeper(Consumer<Duration> sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound (e.g. the port is taken)
     * @return the running server; {@link SimulatorServer#close()} stops it
     * @throws IllegalArgumentException when signatures are to be verified but no access key has a
     *     secret
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
                  new KmsJsonService(),
                  new SageMakerJsonService(simulator)));
      HttpServer http;
      try {
        // The JDK server writes headers and body in two sends; without TCP_NODELAY, Nagle's
        // algorithm and the client's delayed ACK hold every answer back ~40 ms. The setting is
        // read once, when the JVM makes its first JDK HTTP server.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        if (warmUp) {
          warmUpOnTheSide();
        }
        http = HttpServer.create(new InetSocketAddress(host, port), 128);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); choose another"
                + " --port, or 0 for a free one",
            e);
      }
      StateSaver saver =
          stateFile == null ? null : new StateSaver(simulator, stateFile, onSaveFailure);
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(daemon("simulator-http-deadlines"));
      ReadDeadlines deadlines = new ReadDeadlines(timer, readTimeout);
      ClockDriver driver = new ClockDriver(simulator, clock, wallClock);
      HttpFront front =
          new HttpFront(
              simulator,
              router,
              new Gate(
                  simulator, new AccessKeys(accessKeys, defaultAccount), verifySignatures,
                  wallClock),
              driver,
              new AdminEndpoint(simulator, driver, router.services()),
              new RequestReader(
                  router, simulator.ids(), maxObjectSize, maxRequestSize, deadlines),
              saver == null ? () -> {} : saver::commit,
              log);
      simulator.onInjectedLatency(sleeper);
      faults.forEach(simulator::inject);
      ExecutorService executor = Executors.newFixedThreadPool(threads, daemon("simulator-http"));
      http.createContext("/", front);
      http.setExecutor(task -> executor.execute(deadlines.guarded(task)));
      http.start();
      SimulatorServer server =
          new SimulatorServer(http, executor, timer, saver, router.services(), host, clock);
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

    /** {@link #warmUp}: the same server code on a scratch simulator, before the real one binds. */
    private void warmUpOnTheSide() {
      try (SimulatorServer scratch =
          SimulatorServer.builder(AwsSimulator.create())
              .clock(ServedClock.MANUAL)
              .threads(threads)
              .start()) {
        WarmUp.Outcome outcome =
            WarmUp.run(scratch.port(), 2, WarmUp.REQUESTS, WarmUp.BOUND);
        if (outcome.failure() != null) {
          log.accept("warm-up stopped after " + outcome.answered() + " requests ("
              + outcome.failure() + "); the first requests may be slower");
        }
      }
    }

    private static ThreadFactory daemon(String name) {
      AtomicInteger count = new AtomicInteger();
      return runnable -> {
        Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }

    private static long positive(long bytes, String name) {
      if (bytes < 1) {
        throw new IllegalArgumentException(name + " " + bytes + " must be at least 1 byte");
      }
      return bytes;
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
