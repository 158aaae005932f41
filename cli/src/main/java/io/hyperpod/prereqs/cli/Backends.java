package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the backend the global options name, in the spec's region unless --region says. */
final class Backends {
  private Backends() {}

  static BackendSession open(GlobalOptions options, String specRegion) {
    String region = options.region().orElse(specRegion);
    if (options.backend == GlobalOptions.Backend.aws) {
      throw new UserError("--backend aws is not available in this build yet");
    }
    return new SimulatorSession(options.simulatorState, region);
  }

  /** The embedded simulator: state loaded from its file, saved back on commit. */
  static final class SimulatorSession implements BackendSession {
    private final Path stateFile;
    private final AwsSimulator simulator;
    private final CloudBackend backend;

    SimulatorSession(Path stateFile, String region) {
      this.stateFile = stateFile;
      this.simulator = Files.exists(stateFile) ? AwsSimulator.load(stateFile)
          : AwsSimulator.create();
      this.backend = simulator.backend(region);
    }

    AwsSimulator simulator() {
      return simulator;
    }

    @Override
    public CloudBackend backend() {
      return backend;
    }

    @Override
    public void commit() {
      simulator.save(stateFile);
    }

    @Override
    public void close() {}
  }
}
