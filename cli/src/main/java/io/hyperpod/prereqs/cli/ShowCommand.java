package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show PLAN.json [--json]}: a plan saved by {@code plan --out}, as the text plan. */
@Command(name = "show", description = "Shows a plan saved by `plan --out` as the text plan"
    + " (or --json), without any backend. Exit 0: shown, 1: not a saved plan.")
final class ShowCommand extends OfflineCommand {
  @Parameters(index = "0", paramLabel = "PLAN.json", description = "a plan saved by"
      + " `plan --out`")
  Path planFile;

  @Option(names = "--json", description = "print the plan as one JSON document")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Terminal t = terminal();
    if (!Files.isRegularFile(planFile)) {
      throw new UserError("plan file not found: " + planFile + " (save one with `plan SPEC --out "
          + planFile + "`)");
    }
    PlanContent plan = ApplyCommand.savedPlan(planFile);
    if (plan == null) {
      throw new UserError(planFile + " is not a plan saved by `plan --out` (it has no"
          + " fingerprint); to check a spec, use `validate` or `plan`");
    }
    if (json) {
      t.json(PlanFormat.json(plan));
      return ExitCodes.OK;
    }
    t.out().println("saved plan " + planFile + ": AWS account " + plan.account() + ", "
        + plan.region());
    t.out().print(PlanFormat.text(plan, t.color()));
    return ExitCodes.OK;
  }
}
