package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyCancellation;
import io.hyperpod.prereqs.plan.Plan;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code destroy SPEC [--yes]}: removes what the stack created, in reverse order. */
@Command(name = "destroy", description = "Deletes what this stack created (tagged"
    + " hyperpod-prereqs:stack=<stack>); adopted resources stay.")
final class DestroyCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML or JSON)")
  Path specFile;

  @Option(names = "--yes", description = "do not ask for confirmation (needed without a terminal)")
  boolean yes;

  @Option(names = "--delete-data", description = "also delete the FSx file system the stack"
      + " created (its data is lost)")
  boolean deleteData;

  @Option(names = "--json", description = "print the result as one JSON document")
  boolean json;

  @Mixin RunLimits limits = new RunLimits();

  @Override
  public Integer call() {
    Terminal t = terminal();
    HyperPodPrerequisites spec = SpecArgument.load(specFile);
    try (BackendSession session = Backends.open(global, spec.region())) {
      t.target(session, json);
      Plan plan = spec.planDestroy(session.backend(), deleteData);
      ApplyCancellation cancellation = new ApplyCancellation();
      return Confirmed.run(t, plan, yes, json, "destroy", () -> {
        try {
          return RunLimits.interruptible(cancellation, t.err(), () -> plan.apply(
              limits.options(cancellation, new ProgressPrinter(t.err())).build()));
        } finally {
          session.commit();
        }
      });
    }
  }
}
