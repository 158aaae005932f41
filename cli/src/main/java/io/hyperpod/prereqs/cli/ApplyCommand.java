package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyCancellation;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanOptions;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code apply SPEC | PLAN.json [--yes] [--json]}. */
@Command(name = "apply", description = "Brings the account to the spec (or carries out a saved"
    + " plan after checking that the account did not move).")
final class ApplyCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SPEC|PLAN.json",
      description = "a spec file, or a plan saved by `plan --out`")
  Path input;

  @Option(names = "--yes", description = "do not ask for confirmation (needed without a terminal)")
  boolean yes;

  @Option(names = "--json", description = "print the result as one JSON document")
  boolean json;

  @Option(names = "--parallelism", defaultValue = "8",
      description = "changes applied at once (default: ${DEFAULT-VALUE})")
  int parallelism;

  @Mixin RunLimits limits = new RunLimits();

  @Option(names = "--overwrite-foreign-objects", description = "replace lifecycle files at the"
      + " stack's keys that the stack did not write (see docs/ownership.md)")
  boolean overwriteForeignObjects;

  @Override
  public Integer call() throws IOException {
    Terminal t = terminal();
    PlanContent saved = savedPlan(input);
    if (saved != null && overwriteForeignObjects && !saved.overwriteForeignObjects()) {
      throw new UserError(input + " was planned without --overwrite-foreign-objects; run plan"
          + " again with it (the saved plan decides what apply replaces)");
    }
    HyperPodPrerequisites spec = saved != null ? saved.spec() : SpecArgument.load(input);
    try (BackendSession session = Backends.open(global, spec.region())) {
      t.target(session, json);
      Plan plan = saved != null ? Plan.of(saved, session.backend()) : spec.plan(session.backend(),
          PlanOptions.builder().overwriteForeignObjects(overwriteForeignObjects).build());
      ApplyCancellation cancellation = new ApplyCancellation();
      return Confirmed.run(t, plan, yes, json, "apply", () -> {
        try {
          return RunLimits.interruptible(cancellation, t.err(), () -> plan.apply(
              limits.options(cancellation, new ProgressPrinter(t.err()))
                  .parallelism(parallelism).build()));
        } finally {
          session.commit();
        }
      });
    }
  }

  /** The saved plan in the file, or null when the file is a spec. */
  static PlanContent savedPlan(Path file) throws IOException {
    if (!file.toString().endsWith(".json") || !Files.isRegularFile(file)) {
      return null;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.contains("\"fingerprint\"")) {
      return null;
    }
    try {
      return PlanFormat.readPlanFile(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + " looks like a saved plan but cannot be read: " + e.getMessage());
    }
  }

  /** The human summary of an apply or destroy. */
  static void summarize(Terminal t, ApplyResult result, String verb,
      java.time.Duration elapsed) {
    long applied = result.changes().stream()
        .filter(c -> c.outcome() == io.hyperpod.prereqs.apply.ChangeOutcome.APPLIED).count();
    t.err().println();
    if (result.succeeded()) {
      t.err().println(verb + " complete: " + applied + " change(s) made in "
          + Elapsed.format(elapsed) + ".");
      return;
    }
    t.err().println(verb + " incomplete after " + Elapsed.format(elapsed) + ": " + applied
        + " change(s) made, " + result.failures().size() + " failed"
        + (result.failures().isEmpty() ? "." : ":"));
    result.failures().forEach(f -> t.err().println("  - " + f.address() + ": "
        + f.error().orElse("failed")));
    java.util.List<io.hyperpod.prereqs.apply.ChangeResult> notStarted = result.changes().stream()
        .filter(c -> c.outcome() == io.hyperpod.prereqs.apply.ChangeOutcome.SKIPPED
            && c.rootCause().isEmpty())
        .toList();
    if (!notStarted.isEmpty()) {
      t.err().println("  " + notStarted.size() + " change(s) not started ("
          + notStarted.get(0).error().orElse("stopped").replaceFirst("^not started: ", "")
          + "): run " + verb.toLowerCase(java.util.Locale.ROOT) + " again to make them:");
      notStarted.forEach(c -> t.err().println("    " + c.action().toString()
          .toLowerCase(java.util.Locale.ROOT) + " " + c.address()));
    }
    long skipped = result.changes().stream()
        .filter(c -> c.outcome() == io.hyperpod.prereqs.apply.ChangeOutcome.SKIPPED
            && c.rootCause().isPresent()).count();
    if (skipped > 0) {
      t.err().println("  " + skipped + " change(s) depending on them were skipped; fix the cause"
          + " and run " + verb + " again.");
    }
  }
}
