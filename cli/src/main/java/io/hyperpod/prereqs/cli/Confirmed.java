package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.apply.ApplyResult;
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
      t.err().println("error: the plan has errors (above); nothing was changed.");
      return ExitCodes.ERROR;
    }
    if (plan.hasChanges() && !yes) {
      if (!t.interactive()) {
        t.err().println("error: refusing to " + verb + " without --yes when not on a terminal;"
            + " nothing was changed.");
        return ExitCodes.ERROR;
      }
      if (!t.confirm("Do you want to " + verb + " these changes?")) {
        t.err().println(verb + " cancelled; nothing was changed.");
        return ExitCodes.ERROR;
      }
    }
    ApplyResult result = action.get();
    if (json) {
      t.out().println(PlanFormat.json(result));
    }
    ApplyCommand.summarize(t, result, verb.substring(0, 1).toUpperCase() + verb.substring(1));
    // What the run itself found (not in the plan shown above), e.g. that it held no stack lock.
    result.findings().stream().filter(f -> !plan.content().findings().contains(f))
        .forEach(f -> t.err().println("  " + f.severity().toString().toLowerCase(
            java.util.Locale.ROOT) + ": " + f.message() + "; " + f.fix()));
    return result.succeeded() ? ExitCodes.OK : ExitCodes.ERROR;
  }
}
