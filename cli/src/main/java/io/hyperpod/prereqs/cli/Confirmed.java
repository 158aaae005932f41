package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanFormat;
import java.util.function.Supplier;

/**
 * The shared flow of apply and destroy: show the plan, stop on errors, ask (or need --yes),
 * carry it out, report.
 */
final class Confirmed {
  private Confirmed() {}

  static int run(Terminal t, Plan plan, boolean yes, boolean json, String verb,
      Supplier<ApplyResult> action) {
    String text = PlanFormat.text(plan.content(), t.color());
    if (json) {
      t.err().print(text);
    } else {
      t.out().print(text);
    }
    t.out().flush();
    if (plan.hasErrors()) {
      throw new PlanRefusedException(plan.findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).toList());
    }
    if (plan.hasChanges() && !yes) {
      if (!t.interactive()) {
        throw new UserError.Refused("refusing to " + verb + " without --yes when not on a"
            + " terminal; nothing was changed.");
      }
      if (!t.confirm("Do you want to " + verb + " these changes?")) {
        throw new UserError.Refused(verb + " cancelled; nothing was changed.");
      }
    }
    long start = System.nanoTime();
    ApplyResult result = action.get();
    java.time.Duration elapsed = Elapsed.since(start);
    if (json) {
      com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node
          .ObjectNode) JsonDocument.parse(PlanFormat.json(result));
      t.json(doc.put("elapsedSeconds", elapsed.toMillis() / 1000.0));
    }
    ApplyCommand.summarize(t, result, verb.substring(0, 1).toUpperCase() + verb.substring(1),
        elapsed);
    // What the run itself found (not in the plan shown above), e.g. that it held no stack lock.
    result.findings().stream().filter(f -> !plan.content().findings().contains(f))
        .forEach(f -> t.err().println("  " + f.severity().toString().toLowerCase(
            java.util.Locale.ROOT) + ": " + f.message() + "; " + f.fix()));
    return result.succeeded() ? ExitCodes.OK : ExitCodes.ERROR;
  }
}
