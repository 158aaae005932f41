package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.SpecProblem;
import java.util.List;

/**
 * Every validation rule of a spec, run before any call to a backend. Each problem names the field
 * path ({@code clusterUsers[1].uid}), the bad value, what is wrong and the fix.
 */
public final class SpecValidator {
  private SpecValidator() {}

  /** Every problem of the spec, in the order of the spec's sections; empty when it is valid. */
  public static List<SpecProblem> validate(HyperPodPrerequisites spec) {
    Problems out = new Problems();
    StackRules.check(spec, out);
    PrincipalRules.check(spec, out);
    InstanceGroupRules.check(spec, out);
    KmsRules.check(spec, out);
    ClusterRules.check(spec, out);
    ClusterFieldRules.check(spec, out);
    NetworkRules.check(spec, out);
    FsxRules.check(spec, out);
    FileSystemRules.check(spec, out);
    LifecycleScriptsRules.check(spec, out);
    return out.toList();
  }
}
