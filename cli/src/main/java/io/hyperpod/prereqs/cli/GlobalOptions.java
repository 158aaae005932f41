package io.hyperpod.prereqs.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command takes (common options). */
final class GlobalOptions {
  /** Which account to talk to. */
  enum Backend {
    simulator,
    aws
  }

  @Option(names = "--backend", defaultValue = "simulator",
      description = "simulator (default: the embedded simulator, no AWS account) or aws")
  Backend backend = Backend.simulator;

  @Option(names = "--simulator-state", defaultValue = ".hyperpod-prereqs/simulator.json",
      description = "the embedded simulator's state file (default: ${DEFAULT-VALUE})")
  Path simulatorState = Path.of(".hyperpod-prereqs/simulator.json");

  @Option(names = "--endpoint-url", description = "aws backend: send every call to this URL"
      + " (e.g. a local simulator or moto server)")
  URI endpointUrl;

  @Option(names = "--region", description = "the region (default: the spec's)")
  String region;

  @Option(names = "--profile", description = "aws backend: the named profile for credentials")
  String profile;

  @Option(names = "--no-color", description = "no ANSI colours even on a terminal")
  boolean noColor;

  @Option(names = "--debug", description = "print stack traces of unexpected errors")
  boolean debug;

  Optional<String> region() {
    return Optional.ofNullable(region);
  }
}
