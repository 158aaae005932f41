package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.simulator.StateFileLock;
import io.hyperpod.prereqs.simulator.http.ServedClock;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code simulator serve}: the embedded simulator's state served over AWS's wire protocols, every
 * change made through it saved back to the state file (at the latest on SIGINT/SIGTERM).
 */
@Command(
    name = "serve",
    description =
        "Serves the embedded simulator as a local AWS endpoint (IAM, STS, S3, ...) for the AWS"
            + " CLI and SDKs; saves what clients change to --simulator-state before answering,"
            + " and holds that file (other commands talk to this server meanwhile). Signatures are"
            + " read but not checked unless --verify-signatures.")
final class SimulatorServeCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;

  @ParentCommand SimulatorCommand parent;

  @Option(
      names = "--port",
      defaultValue = "4566",
      description = "the port (default ${DEFAULT-VALUE}; 0 for a free one, printed)")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "the address to listen on (default ${DEFAULT-VALUE})")
  String host;

  @Option(
      names = "--account",
      defaultValue = AwsSimulator.DEFAULT_ACCOUNT,
      description = "the account of access keys not given with --access-key (default"
          + " ${DEFAULT-VALUE}; a 12-digit access key id acts as that account)")
  String account;

  @Option(
      names = "--access-key",
      paramLabel = "ID=ACCOUNT[:user/NAME|:role/NAME]",
      description = "an access key id, the account it acts in and, optionally, the IAM user or"
          + " role it calls as (repeatable)")
  List<String> accessKeys = new ArrayList<>();

  @Option(
      names = "--secret-key",
      paramLabel = "ID=SECRET",
      description = "the secret of an --access-key, for --verify-signatures (repeatable)")
  List<String> secretKeys = new ArrayList<>();

  @Option(
      names = "--secret-key-file",
      paramLabel = "FILE",
      description = "a file of ID=SECRET lines (# comments), the secrets of --access-key ids;"
          + " unlike --secret-key it does not show in ps. The environment variable "
          + SECRETS_ENV + " (ID=SECRET[,ID=SECRET...]) works too")
  java.nio.file.Path secretKeyFile;

  @Option(
      names = "--verify-signatures",
      description = "refuse requests not signed with a --access-key and its secret, requests"
          + " whose body does not match their signed hash, and requests signed more than 15"
          + " minutes from now")
  boolean verifySignatures;

  @Option(
      names = "--clock",
      defaultValue = "fast",
      paramLabel = "fast|real|manual",
      description = "how the simulated clock moves: fast (default: every pending wait such as"
          + " FSx creation or a quota decision is over at the next call), real (with wall time),"
          + " manual (only `simulator advance`)")
  ServedClock clock;

  @Option(
      names = "--faults",
      paramLabel = "RULES",
      description = "faults to inject, e.g. 'iam:Create*=throttle@0.3; s3:PutObject=drop-after#1;"
          + " *:*=latency(200ms)@10%%; seed=7' (kinds throttle, 5xx, drop-before, drop-after,"
          + " latency(D), CODE(STATUS); see docs/simulator-server.md)")
  String faults;

  @Option(
      names = "--max-object-size",
      defaultValue = "64MiB",
      paramLabel = "SIZE",
      description = "the largest S3 object body accepted (default ${DEFAULT-VALUE}; bytes or"
          + " KiB/MiB/GiB); larger uploads get EntityTooLarge")
  String maxObjectSize;

  @Option(
      names = "--read-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "how long a client may take to send a request (default ${DEFAULT-VALUE} s);"
          + " slower connections are closed")
  double readTimeout;

  @Option(
      names = "--threads",
      defaultValue = "16",
      description = "threads answering requests (default ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--no-warm-up",
      description = "listen at once; by default the server first answers up to 3,000 requests"
          + " (at most 3 s) on a throw-away simulator, so that its first clients meet the"
          + " request path compiled, not interpreted")
  boolean noWarmUp;

  static final String SECRETS_ENV = "HYPERPOD_SIMULATOR_SECRET_KEYS";

  /** Counted down when the server has stopped (a shutdown hook or an interrupted wait). */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    Terminal t = parent.root.terminals().create(global);
    List<FaultRule> rules = parseFaults();
    SimulatorServer.Builder builder;
    StateFileLock lock = StateFiles.lockNow(global.simulatorState);
    SimulatorServer server;
    try {
      AwsSimulator simulator = AwsSimulator.loadOrCreate(global.simulatorState);
      builder =
          SimulatorServer.builder(simulator)
              .host(host)
              .port(port)
              .defaultAccount(checkedAccount(account, "--account"))
              .verifySignatures(verifySignatures)
              .clock(clock)
              .faults(rules)
              .maxObjectSize(ServeSizes.bytes(maxObjectSize, "--max-object-size"))
              .readTimeout(ServeSizes.seconds(readTimeout, "--read-timeout"))
              .threads(checkedThreads())
              .warmUp(!noWarmUp)
              .stateFile(global.simulatorState)
              .log(line -> t.err().println("simulator: " + line))
              .onSaveFailure(
                  e -> t.err().println("warning: could not save " + global.simulatorState + ": "
                      + e.getMessage()))
              .onRefusal(call -> t.err().println(refusalLine(call)));
      parseKeys(t).forEach(builder::accessKey);
      server = builder.start();
      lock.endpoint(server.endpoint());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      lock.close();
      throw new UserError(e.getMessage());
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    Thread hook = new Thread(() -> stop(server, lock), "simulator-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    t.err().println("serving " + String.join(", ", server.services()) + " of the simulator ("
        + global.simulatorState + ") on " + server.endpoint() + ", clock "
        + clock.name().toLowerCase(java.util.Locale.ROOT)
        + (rules.isEmpty() ? "" : ", " + rules.size() + " fault rule(s)"));
    if (!server.loopbackOnly()) {
      t.err().println("warning: listening on " + host + ", beyond this machine's loopback:"
          + " anyone who can reach port " + server.port() + " can read and change the simulated"
          + " accounts" + (verifySignatures ? "" : "; add --verify-signatures with"
          + " --access-key and --secret-key-file"));
    }
    t.err().println("  aws --endpoint-url " + server.endpoint() + " iam list-users");
    t.err().println("stop with Ctrl-C; every change is saved to " + global.simulatorState
        + " before it is answered");
    t.err().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(server, lock);
      removeHook(hook);
    }
    t.err().println("simulator server stopped; state saved to " + global.simulatorState);
    return ExitCodes.OK;
  }

  private List<FaultRule> parseFaults() {
    if (faults == null || faults.isBlank()) {
      return List.of();
    }
    try {
      return FaultRule.parse(faults);
    } catch (IllegalArgumentException e) {
      throw new UserError("--faults: " + e.getMessage());
    }
  }

  private int checkedThreads() {
    if (threads < 1 || threads > 1024) {
      throw new UserError("--threads " + threads + " must be between 1 and 1024");
    }
    return threads;
  }

  /** One line of the serve log for a refused call: what AWS answered, and the simulator's why. */
  static String refusalLine(RecordedCall call) {
    return "refused " + call.label() + " (" + call.accountId() + " " + call.region() + ", "
        + call.requestId() + "): " + call.errorCode().orElse("") + call.reason().map(r -> " - " + r)
            .orElse("");
  }

  private void stop(SimulatorServer server, StateFileLock lock) {
    server.stop();
    lock.close();
    stopped.countDown();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down already: the hook runs, and stopping twice is harmless
    }
  }

  private List<SimulatedAccessKey> parseKeys(Terminal t) {
    Map<String, String> secrets = new LinkedHashMap<>();
    if (!secretKeys.isEmpty()) {
      t.err().println("warning: --secret-key shows in the process list (ps); prefer"
          + " --secret-key-file or " + SECRETS_ENV);
    }
    String env = System.getenv(SECRETS_ENV);
    if (env != null && !env.isBlank()) {
      for (String pair : env.split(",")) {
        putSecret(secrets, pair.strip(), SECRETS_ENV);
      }
    }
    if (secretKeyFile != null) {
      List<String> lines;
      try {
        lines = java.nio.file.Files.readAllLines(secretKeyFile);
      } catch (java.io.IOException e) {
        throw new UserError("--secret-key-file " + secretKeyFile + " cannot be read: " + e);
      }
      for (String line : lines) {
        String pair = line.strip();
        if (!pair.isEmpty() && !pair.startsWith("#")) {
          putSecret(secrets, pair, "--secret-key-file " + secretKeyFile);
        }
      }
    }
    for (String secret : secretKeys) {
      putSecret(secrets, secret, "--secret-key");
    }
    List<SimulatedAccessKey> keys = new ArrayList<>();
    for (String key : accessKeys) {
      SimulatedAccessKey parsed = parseKey(key);
      String secret = secrets.remove(parsed.id());
      keys.add(secret == null ? parsed : parsed.secret(secret));
    }
    if (!secrets.isEmpty()) {
      throw new UserError("--secret-key given for " + secrets.keySet() + " without an"
          + " --access-key of that id; add --access-key ID=ACCOUNT");
    }
    return keys;
  }

  private static void putSecret(Map<String, String> secrets, String pair, String source) {
    int eq = pair.indexOf('=');
    if (eq <= 0 || eq == pair.length() - 1) {
      throw new UserError(source + " needs ID=SECRET (got an entry without '=' or without a"
          + " secret); e.g. AKIAEXAMPLE=mysecret");
    }
    secrets.put(pair.substring(0, eq), pair.substring(eq + 1));
  }

  private static SimulatedAccessKey parseKey(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new UserError("--access-key '" + text + "' needs ID=ACCOUNT[:user/NAME|:role/NAME],"
          + " e.g. AKIAEXAMPLE=123456789012:user/alice");
    }
    String id = text.substring(0, eq);
    String rest = text.substring(eq + 1);
    int colon = rest.indexOf(':');
    String accountId = checkedAccount(colon < 0 ? rest : rest.substring(0, colon),
        "--access-key " + id);
    SimulatedAccessKey key = SimulatedAccessKey.of(id, accountId);
    if (colon < 0) {
      return key;
    }
    String caller = rest.substring(colon + 1);
    if (caller.startsWith("user/") && caller.length() > 5) {
      return key.as(SimulatedCaller.user(caller.substring(5)));
    }
    if (caller.startsWith("role/") && caller.length() > 5) {
      return key.as(SimulatedCaller.role(caller.substring(5)));
    }
    throw new UserError("--access-key " + id + ": caller '" + caller + "' must be user/NAME or"
        + " role/NAME (or leave it out for the account root)");
  }

  private static String checkedAccount(String value, String option) {
    if (!value.matches("\\d{12}")) {
      throw new UserError(option + ": account '" + value + "' must be 12 digits, e.g. "
          + AwsSimulator.DEFAULT_ACCOUNT);
    }
    return value;
  }
}
