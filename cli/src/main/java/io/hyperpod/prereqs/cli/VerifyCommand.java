package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.readiness.ReadinessReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify SPEC [--json]}: whether the account is ready for the spec's cluster, read-only.
 * Exit 0 ready, 3 not ready, 1 on errors.
 */
@Command(name = "verify", description = "Checks, read-only, that the account meets every"
    + " requirement of HyperPod for the spec's cluster (exit 0 ready, 3 not ready).")
final class VerifyCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML or JSON)")
  Path specFile;

  @Option(names = "--json", description = "print the report as one JSON document")
  boolean json;

  @Override
  public Integer call() {
    Terminal t = terminal();
    HyperPodPrerequisites spec = SpecArgument.load(specFile);
    try (BackendSession session = Backends.open(global, spec.region())) {
      t.target(session, json);
      ReadinessReport report = spec.verify(session.backend());
      if (json) {
        t.json(PlanFormat.json(report));
      } else {
        t.out().print(report.toText());
      }
      return report.ready() ? ExitCodes.OK : ExitCodes.NOT_READY;
    }
  }
}
