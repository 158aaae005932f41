package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In words, how a plan made now differs from one made earlier of the same spec and mode: its
 * account or region, any change (address, action, states, reason), or its findings (by id,
 * severity and address: a finding's words may carry what differs between two reads, such as
 * an error's request id).
 */
public final class PlanDifference {
  private PlanDifference() {}

  public static java.util.Optional<String> between(PlanContent then, PlanContent now) {
    List<String> out = new ArrayList<>();
    if (!then.account().equals(now.account()) || !then.region().equals(now.region())) {
      out.add("the plan is for account " + then.account() + " in " + then.region()
          + ", the credentials are of account " + now.account() + " in " + now.region());
    }
    Map<String, ResourceChange> before = byAddress(then);
    Map<String, ResourceChange> after = byAddress(now);
    List<String> changed = new ArrayList<>();
    Set<String> addresses = new LinkedHashSet<>(before.keySet());
    addresses.addAll(after.keySet());
    for (String a : addresses) {
      ResourceChange x = before.get(a);
      ResourceChange y = after.get(a);
      if (x == null) {
        changed.add(a + " (new: " + y.action().jsonName() + ")");
      } else if (y == null) {
        changed.add(a + " (no longer planned)");
      } else if (!x.before().equals(y.before())) {
        changed.add(a + " (its state)");
      } else if (!x.action().equals(y.action()) || !x.after().equals(y.after())
          || !x.afterUnknown().equals(y.afterUnknown()) || !x.reason().equals(y.reason())) {
        changed.add(a + " (" + x.action().jsonName() + ", now " + y.action().jsonName() + ")");
      }
    }
    if (!changed.isEmpty()) {
      out.add("changed: " + String.join(", ", changed));
    }
    Set<String> findingsThen = findings(then);
    Set<String> findingsNow = findings(now);
    List<String> gone = findingsThen.stream().filter(f -> !findingsNow.contains(f)).toList();
    List<String> added = findingsNow.stream().filter(f -> !findingsThen.contains(f)).toList();
    if (!added.isEmpty()) {
      out.add("new findings: " + String.join(", ", added));
    }
    if (!gone.isEmpty()) {
      out.add("findings gone: " + String.join(", ", gone));
    }
    return out.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(String.join("; ", out));
  }

  private static Map<String, ResourceChange> byAddress(PlanContent p) {
    Map<String, ResourceChange> out = new LinkedHashMap<>();
    p.changes().forEach(c -> out.put(c.address().toString(), c));
    return out;
  }

  private static Set<String> findings(PlanContent p) {
    Set<String> out = new LinkedHashSet<>();
    for (Finding f : p.findings()) {
      out.add(f.severity().jsonName() + " " + f.id() + f.address().map(a -> " " + a).orElse(""));
    }
    return out;
  }
}
