package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.SpecProblem;
import java.util.List;

/** Every validation rule of a spec, run before any call to a backend. */
public final class SpecValidator {
  private SpecValidator() {}

  public static List<SpecProblem> validate(HyperPodPrerequisites spec) {
    return List.of();
  }
}
