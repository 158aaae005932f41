package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.plan.PlanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plan SPEC [--out PLAN.json] [--json]}: the dry run. */
@Command(name = "plan", description = "Shows what apply would change; writes nothing."
    + " Exit 0: no changes, 2: changes, 1: errors.")
final class PlanCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML or JSON)")
  Path specFile;

  @Option(names = "--out", paramLabel = "PLAN.json", description = "also save the plan, for"
      + " `apply PLAN.json`")
  Path out;

  @Option(names = "--json", description = "print the plan as one JSON document")
  boolean json;

  @Option(names = "--overwrite-foreign-objects", description = "let apply replace lifecycle"
      + " files at the stack's keys that the stack did not write (see docs/ownership.md)")
  boolean overwriteForeignObjects;

  @Override
  public Integer call() throws IOException {
    Terminal t = terminal();
    HyperPodPrerequisites spec = SpecArgument.load(specFile);
    try (BackendSession session = Backends.open(global, spec.region())) {
      t.target(session, json);
      Plan plan = spec.plan(session.backend(),
          PlanOptions.builder().overwriteForeignObjects(overwriteForeignObjects).build());
      if (out != null) {
        Files.writeString(out, PlanFormat.planFile(plan.content()), StandardCharsets.UTF_8);
        t.err().println("plan saved to " + out);
      }
      if (json) {
        t.json(PlanFormat.json(plan.content()));
      } else {
        t.out().print(PlanFormat.text(plan.content(), t.color()));
      }
      return plan.hasErrors() ? ExitCodes.ERROR
          : plan.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
  }
}
