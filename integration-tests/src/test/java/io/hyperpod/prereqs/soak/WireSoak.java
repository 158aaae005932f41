package io.hyperpod.prereqs.soak;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The soak over the wire, through the AWS backend (the real SDK) and the served simulator:
 * <ul>
 *   <li>under the served simulator's fault rules, the same text a user passes to {@code
 *       simulator serve --faults} ({@link #faultRules}); and
 *   <li>with the CLI as a real child process ({@code java -cp ... Main apply SPEC --backend aws
 *       --endpoint-url ...}) that a proxy counting requests kills with SIGKILL ({@link
 *       Process#destroyForcibly()}) right after its Nth request was carried out, its answer lost;
 *       then applied and destroyed again.
 * </ul>
 * Each run is counted as {@link Soak} counts: converged, duplicated, orphaned, lost, against a
 * clean apply of the same spec (each scenario on a fresh simulator).
 */
final class WireSoak {
  /** The calls that change something, by operation prefix (the rules fault only these). */
  private static final List<String> WRITES = List.of("Create", "Put", "Delete", "Authorize",
      "Revoke", "Attach", "Detach", "Modify", "Update", "Tag", "Request");
  private static final Duration PROCESS_LIMIT = Duration.ofMinutes(5);

  private final Baseline baseline;
  private final String name;
  private final Path file;
  private final HyperPodPrerequisites spec;

  WireSoak(String specFile) {
    this.baseline = Baseline.of(specFile);
    this.name = specFile;
    this.file = Soak.SPECS.resolve(specFile).toAbsolutePath();
    this.spec = baseline.spec();
  }

  /**
   * The {@code --faults} text that fails {@code rate} of the calls that change something, evenly
   * throttled, HTTP 5xx, lost before the call was carried out and lost after: e.g. {@code
   * *:Create*=throttle@0.085; *:Create*=5xx@0.093; ...; seed=7}.
   */
  static String faultRules(double rate, long seed) {
    // Four rules in turn, each drawing on what the ones before let through: 1-(1-p)^4 = rate.
    double p = 1 - Math.pow(1 - rate, 0.25);
    List<String> rules = new ArrayList<>();
    for (String kind : List.of("throttle", "5xx", "drop-before", "drop-after")) {
      for (String write : WRITES) {
        rules.add("*:" + write + "*=" + kind + "@" + String.format(Locale.ROOT, "%.4f", p));
      }
    }
    rules.add("seed=" + seed);
    return String.join("; ", rules);
  }

  /** Apply (twice at most) and destroy (twice at most) under the served simulator's faults. */
  Soak.Outcome servedFaults(long seed, double rate) {
    AwsSimulator sim = AwsSimulator.create();
    List<FaultRule> rules = FaultRule.parse(faultRules(rate, seed));
    String scenario = name + " --faults seed " + seed;
    try (SimulatorServer server = SimulatorServer.builder(sim).faults(rules).start();
        AwsBackend aws = backend(server.endpoint())) {
      CloudBackend clean = sim.backend(spec.region());
      ApplyOptions serial = ApplyOptions.builder().parallelism(1).build();
      int applies = 1;
      ApplyResult r = spec.plan(aws).apply(serial);
      String first = "";
      if (!r.succeeded()) {
        applies++;
        first = "first apply: " + r.failures();
        r = spec.plan(aws).apply(serial);
      }
      if (!r.succeeded()) {
        return new Soak.Outcome(scenario, false, applies, List.of(), List.of(), List.of(),
            r.failures().toString());
      }
      sim.clearFaults();
      Soak.Outcome checked = baseline.check(scenario, clean, applies, first);
      rules.forEach(sim::inject);
      ApplyResult d = spec.planDestroy(aws, true).apply(serial);
      if (!d.succeeded()) {
        d = spec.planDestroy(aws, true).apply(serial);
      }
      sim.clearFaults();
      return baseline.withOrphans(checked, clean, d);
    }
  }

  /** Requests of a clean CLI apply, then of a clean CLI destroy, through the proxy. */
  int[] cliRequestCounts() throws IOException, InterruptedException {
    AwsSimulator sim = AwsSimulator.create();
    try (SimulatorServer server = SimulatorServer.builder(sim).start();
        DroppingProxy proxy = new DroppingProxy(server.endpoint())) {
      Process apply = cli(proxy.endpoint(), "apply").start();
      finish(apply, "apply");
      int applyRequests = proxy.requests();
      Process destroy = cli(proxy.endpoint(), "destroy").start();
      finish(destroy, "destroy");
      return new int[] {applyRequests, proxy.requests() - applyRequests};
    }
  }

  /** The CLI's apply SIGKILLed after its request {@code n}; then apply and destroy in-process. */
  Soak.Outcome cliKilledInApply(int n) throws IOException, InterruptedException {
    AwsSimulator sim = AwsSimulator.create();
    String scenario = name + " CLI apply SIGKILLed after request " + n;
    try (SimulatorServer server = SimulatorServer.builder(sim).start();
        DroppingProxy proxy = new DroppingProxy(server.endpoint());
        AwsBackend aws = backend(server.endpoint())) {
      if (!killed(proxy, n, "apply")) {
        scenario += " (ended before it)";
      }
      return applyThenDestroy(scenario, aws, sim.backend(spec.region()));
    }
  }

  /** Applied, the CLI's destroy SIGKILLed after its request {@code n}; destroy, apply, destroy. */
  Soak.Outcome cliKilledInDestroy(int n) throws IOException, InterruptedException {
    AwsSimulator sim = AwsSimulator.create();
    String scenario = name + " CLI destroy SIGKILLed after request " + n;
    try (SimulatorServer server = SimulatorServer.builder(sim).start();
        DroppingProxy proxy = new DroppingProxy(server.endpoint());
        AwsBackend aws = backend(server.endpoint())) {
      CloudBackend clean = sim.backend(spec.region());
      spec.plan(aws).apply();
      if (!killed(proxy, n, "destroy")) {
        scenario += " (ended before it)";
      }
      ApplyResult d = spec.planDestroy(aws, true).apply();
      List<String> orphaned = baseline.leftovers(clean);
      if (!d.succeeded() || !orphaned.isEmpty()) {
        return new Soak.Outcome(scenario, d.succeeded(), 1, List.of(), orphaned, List.of(),
            d.failures().toString());
      }
      return applyThenDestroy(scenario, aws, clean);
    }
  }

  /** The apply after a kill, judged, then the destroy, judged: the run's outcome. */
  private Soak.Outcome applyThenDestroy(String scenario, AwsBackend aws, CloudBackend clean) {
    ApplyResult r = spec.plan(aws).apply();
    if (!r.succeeded()) {
      return new Soak.Outcome(scenario, false, 1, List.of(), List.of(), List.of(),
          r.failures().toString());
    }
    return baseline.withOrphans(baseline.check(scenario, clean, 1, ""), clean,
        spec.planDestroy(aws, true).apply());
  }

  /**
   * Runs the CLI's {@code command} and SIGKILLs it once its request {@code n} was carried out;
   * whether it was killed (false when it ended before request n).
   */
  private boolean killed(DroppingProxy proxy, int n, String command)
      throws IOException, InterruptedException {
    CompletableFuture<Process> child = new CompletableFuture<>();
    proxy.killAfter(n, () -> child.join().destroyForcibly());
    Process p = cli(proxy.endpoint(), command).start();
    child.complete(p);
    if (!p.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("the CLI's " + command + " did not end within "
          + PROCESS_LIMIT);
    }
    return p.exitValue() == 137;
  }

  private void finish(Process p, String command) throws InterruptedException {
    if (!p.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("the CLI's clean " + command + " of " + name
          + " did not succeed");
    }
  }

  /**
   * {@code java -cp (this JVM's class path) io.hyperpod.prereqs.cli.Main COMMAND SPEC --yes
   * --backend aws --endpoint-url URL}, one change at a time where the command has the option,
   * with dummy credentials; its output goes to a file under target/.
   */
  private ProcessBuilder cli(URI endpoint, String command) throws IOException {
    List<String> args = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"),
        "io.hyperpod.prereqs.cli.Main", command, file.toString(), "--yes"));
    if (command.equals("apply")) {
      args.addAll(List.of("--parallelism", "1"));
    } else {
      args.add("--delete-data");
    }
    args.addAll(List.of("--backend", "aws", "--endpoint-url", endpoint.toString()));
    Path log = Files.createDirectories(Path.of("target", "soak-cli"))
        .resolve(name + "-" + command + ".log");
    ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
            new File("/dev/null")));
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "AKIATEST");
    env.put("AWS_SECRET_ACCESS_KEY", "secret");
    env.put("AWS_REGION", spec.region());
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.remove("AWS_PROFILE");
    env.remove("AWS_SESSION_TOKEN");
    return pb;
  }

  private AwsBackend backend(URI endpoint) {
    return AwsBackend.builder().region(spec.region()).endpointOverride(endpoint)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIATEST", "secret")))
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
        .throttlingBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
        .build();
  }

}
