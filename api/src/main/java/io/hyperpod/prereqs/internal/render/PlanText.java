package io.hyperpod.prereqs.internal.render;

import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanMode;
import io.hyperpod.prereqs.plan.PlanSummary;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;

/**
 * A plan as terraform-like text: {@code +} create, {@code ~} update, {@code -} delete, {@code ±}
 * replace, {@code ?} request, each with the attributes whose values change ({@link
 * AttributeLines}); nothing for a noop; then the findings.
 */
public final class PlanText {
  private PlanText() {}

  public static String render(PlanContent plan, boolean color) {
    Ansi a = new Ansi(color);
    StringBuilder b = new StringBuilder();
    b.append(a.bold((plan.mode() == PlanMode.DESTROY ? "Destroy plan" : "Plan") + " for stack "
        + plan.stack() + " in account " + plan.account() + ", " + plan.region())).append("\n\n");
    boolean any = false;
    for (ResourceChange c : plan.changes()) {
      if (c.action() == ChangeAction.NOOP) {
        continue;
      }
      any = true;
      b.append("  ").append(paint(a, c.action(), c.action().symbol() + " " + c.address()))
          .append(a.dim("  # " + c.reason())).append('\n');
      attributes(b, a, c);
    }
    if (!any) {
      b.append("  No changes: the account matches the spec.\n");
    }
    if (!plan.findings().isEmpty()) {
      b.append('\n').append(a.bold("Findings:")).append('\n');
      for (Finding f : plan.findings()) {
        String sev = f.severity().jsonName();
        String head = f.severity() == Severity.ERROR ? a.red(sev)
            : f.severity() == Severity.WARNING ? a.yellow(sev) : a.cyan(sev);
        b.append("  ").append(head).append(" [").append(f.id()).append("]")
            .append(f.address().map(x -> " " + x).orElse("")).append(": ").append(f.message())
            .append('\n');
        b.append("      fix: ").append(f.fix()).append('\n');
      }
    }
    PlanSummary s = plan.summary();
    b.append('\n').append(a.bold("Summary: ")).append(s.create()).append(" to create, ")
        .append(s.update()).append(" to update, ").append(s.delete()).append(" to delete, ")
        .append(s.request()).append(" to request, ").append(s.noop()).append(" unchanged.")
        .append('\n');
    return b.toString();
  }

  private static void attributes(StringBuilder b, Ansi a, ResourceChange c) {
    for (LineDiff.Line l : AttributeLines.of(c)) {
      String text = l.mark() == '.' ? "  " + l.text() : l.mark() + " " + l.text();
      String painted = switch (l.mark()) {
        case '+' -> a.green(text);
        case '-' -> a.red(text);
        case '~' -> a.yellow(text);
        default -> a.dim(text);
      };
      b.append("      ").append(painted).append('\n');
    }
  }

  private static String paint(Ansi a, ChangeAction action, String s) {
    switch (action) {
      case CREATE:
        return a.green(s);
      case DELETE:
        return a.red(s);
      case REQUEST:
        return a.cyan(s);
      default:
        return a.yellow(s);
    }
  }
}
