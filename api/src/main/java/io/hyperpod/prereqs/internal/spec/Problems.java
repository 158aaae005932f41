package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems that the rules find, in the order they are found. */
final class Problems {
  private final List<SpecProblem> found = new ArrayList<>();

  void add(String path, Object value, String message, String fix) {
    found.add(SpecProblem.of(path, value, message, fix));
  }

  List<SpecProblem> toList() {
    return List.copyOf(found);
  }
}
