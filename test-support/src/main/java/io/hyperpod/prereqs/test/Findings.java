package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Severity;
import java.util.List;
import java.util.stream.Collectors;

/** How the assertions show findings in their failure messages. */
final class Findings {
  private Findings() {}

  static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
  }

  static String describe(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (no findings)";
    }
    return findings.stream()
        .map(
            f ->
                "  "
                    + f.severity().jsonName()
                    + " "
                    + f.id()
                    + f.address().map(a -> " [" + a + "]").orElse("")
                    + ": "
                    + f.message())
        .collect(Collectors.joining("\n"));
  }

  static boolean has(List<Finding> findings, String id) {
    return findings.stream().anyMatch(f -> f.id().equals(id));
  }
}
