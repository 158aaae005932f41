package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.StateFileLock;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the backend the global options name, in the spec's region unless --region says. */
final class Backends {
  private Backends() {}

  static BackendSession open(GlobalOptions options, String specRegion) {
    String region = options.region().orElse(specRegion);
    if (options.backend == GlobalOptions.Backend.aws) {
      return new AwsSession(options, region);
    }
    return StateFiles.take(
        options.simulatorState,
        lock -> new SimulatorSession(options.simulatorState, region, lock),
        server -> new AwsSession(server, options.simulatorState, region));
  }

  /**
   * AWS through the SDK: credentials from {@code --profile} or the SDK's default chain
   * (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, SSO, instance roles, ...), every call
   * to {@code --endpoint-url} when given. Nothing to save; closing closes the SDK clients.
   */
  static final class AwsSession implements BackendSession {
    private final AwsBackend backend;
    private final String region;
    private final java.util.function.Function<String, String> target;

    /** The served simulator that holds the state file (any credentials; yours if set). */
    AwsSession(URI server, Path stateFile, String region) {
      this.region = region;
      this.target = account -> "simulator server " + server + " (" + stateFile + ")";
      this.backend = AwsBackend.builder()
          .region(region)
          .endpointOverride(server)
          .credentialsProvider(StateFiles.serverCredentials())
          .build();
    }

    AwsSession(GlobalOptions options, String region) {
      this.region = region;
      String profile = options.profile != null ? "profile " + options.profile
          : System.getenv("AWS_PROFILE") != null ? "profile " + System.getenv("AWS_PROFILE")
          : "default credentials";
      String via = options.endpointUrl == null ? "" : " via " + options.endpointUrl;
      this.target = account -> "AWS account " + account + " (" + profile + ")" + via;
      try {
        this.backend = AwsBackend.builder()
            .region(region)
            .profile(options.profile)
            .endpointOverride(options.endpointUrl)
            .build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new UserError(e.getMessage());
      }
    }

    @Override
    public CloudBackend backend() {
      return backend;
    }

    @Override
    public String target() {
      return target.apply(backend.account().callerIdentity().account()) + ", " + region;
    }

    @Override
    public void commit() {}

    @Override
    public void close() {
      backend.close();
    }
  }

  /**
   * The embedded simulator: state loaded from its file, saved back on commit; the file is locked
   * from load to close, so that no other writer's change is lost.
   */
  static final class SimulatorSession implements BackendSession {
    private final Path stateFile;
    private final StateFileLock lock;
    private final AwsSimulator simulator;
    private final CloudBackend backend;
    private final String region;

    SimulatorSession(Path stateFile, String region, StateFileLock lock) {
      this.stateFile = stateFile;
      this.region = region;
      this.lock = lock;
      try {
        this.simulator = Files.exists(stateFile) ? AwsSimulator.load(stateFile)
            : AwsSimulator.create();
        this.backend = simulator.backend(region);
      } catch (RuntimeException e) {
        lock.close();
        throw e;
      }
    }

    AwsSimulator simulator() {
      return simulator;
    }

    @Override
    public CloudBackend backend() {
      return backend;
    }

    @Override
    public String target() {
      return "simulator (" + stateFile + "), " + region;
    }

    @Override
    public void commit() {
      simulator.save(stateFile);
    }

    @Override
    public void close() {
      lock.close();
    }
  }
}
