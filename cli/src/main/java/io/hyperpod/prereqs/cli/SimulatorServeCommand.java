package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.RecordedCall;
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
            + " CLI and SDKs; saves what clients change to --simulator-state. Signatures are read"
            + " but not checked unless --verify-signatures.")
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
      names = "--verify-signatures",
      description = "refuse requests not signed with a --access-key and its --secret-key")
  boolean verifySignatures;

  /** Counted down when the server has stopped (a shutdown hook or an interrupted wait). */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    Terminal t = parent.root.terminals().create(global);
    AwsSimulator simulator = AwsSimulator.loadOrCreate(global.simulatorState);
    SimulatorServer.Builder builder =
        SimulatorServer.builder(simulator)
            .host(host)
            .port(port)
            .defaultAccount(checkedAccount(account, "--account"))
            .verifySignatures(verifySignatures)
            .stateFile(global.simulatorState)
            .onSaveFailure(
                e -> t.err().println("warning: could not save " + global.simulatorState + ": "
                    + e.getMessage()))
            .onRefusal(call -> t.err().println(refusalLine(call)));
    parseKeys().forEach(builder::accessKey);
    SimulatorServer server;
    try {
      server = builder.start();
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Thread hook = new Thread(() -> stop(server), "simulator-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    t.err().println("serving " + String.join(", ", server.services()) + " of the simulator ("
        + global.simulatorState + ") on " + server.endpoint());
    t.err().println("  aws --endpoint-url " + server.endpoint() + " iam list-users");
    t.err().println("stop with Ctrl-C; changes are saved to " + global.simulatorState);
    t.err().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(server);
      removeHook(hook);
    }
    t.err().println("simulator server stopped; state saved to " + global.simulatorState);
    return ExitCodes.OK;
  }

  /** One line of the serve log for a refused call: what AWS answered, and the simulator's why. */
  static String refusalLine(RecordedCall call) {
    return "refused " + call.label() + " (" + call.accountId() + " " + call.region() + ", "
        + call.requestId() + "): " + call.errorCode().orElse("") + call.reason().map(r -> " - " + r)
            .orElse("");
  }

  private void stop(SimulatorServer server) {
    server.stop();
    stopped.countDown();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down already: the hook runs, and stopping twice is harmless
    }
  }

  private List<SimulatedAccessKey> parseKeys() {
    Map<String, String> secrets = new LinkedHashMap<>();
    for (String secret : secretKeys) {
      int eq = secret.indexOf('=');
      if (eq <= 0) {
        throw new UserError("--secret-key needs ID=SECRET (got a value without '='); e.g."
            + " --secret-key AKIAEXAMPLE=mysecret");
      }
      secrets.put(secret.substring(0, eq), secret.substring(eq + 1));
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
