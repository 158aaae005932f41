package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.readiness.RequirementResult;
import java.util.ArrayList;
import java.util.List;

/** Collects requirement results in check order. */
final class Results {
  private final List<RequirementResult> list = new ArrayList<>();

  void pass(String id, String subject, String title, String evidence, Consequence c) {
    list.add(RequirementResult.pass(id, subject, title, evidence, c));
  }

  void fail(String id, String subject, String title, String evidence, String fix, Consequence c) {
    list.add(RequirementResult.fail(id, subject, title, evidence, fix, c));
  }

  /** Pass when {@code ok}, else fail with the fix. */
  void check(
      boolean ok,
      String id,
      String subject,
      String title,
      String evidence,
      String fix,
      Consequence c) {
    if (ok) {
      pass(id, subject, title, evidence, c);
    } else {
      fail(id, subject, title, evidence, fix, c);
    }
  }

  List<RequirementResult> list() {
    return List.copyOf(list);
  }
}
