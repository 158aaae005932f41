package io.hyperpod.prereqs.internal.render;

import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanMode;
import io.hyperpod.prereqs.plan.PlanSummary;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.plan.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A plan as terraform-like text: {@code +} create, {@code ~} update, {@code -} delete, {@code ±}
 * replace, {@code ?} request; attribute-level detail for updates; then the findings.
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
    Map<String, Object> before = c.before();
    Map<String, Object> after = c.after();
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String k : keys) {
      Object x = before.get(k);
      Object y = after.get(k);
      switch (c.action()) {
        case CREATE:
        case REQUEST:
          if (y != null) {
            b.append("      ").append(a.green("+ " + k + " = " + show(y))).append('\n');
          }
          break;
        case DELETE:
          if (x != null) {
            b.append("      ").append(a.red("- " + k + " = " + show(x))).append('\n');
          }
          break;
        default:
          if (!Objects.equals(x, y)) {
            b.append("      ").append(a.yellow("~ " + k + " = " + show(x) + " -> " + show(y)))
                .append('\n');
          }
      }
    }
  }

  private static String show(Object v) {
    if (v == null) {
      return "(none)";
    }
    return v instanceof String ? "\"" + v + "\"" : Json.write(v);
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
