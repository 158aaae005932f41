package io.hyperpod.prereqs.examples;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spec.SpecProblem;

/** Builds a spec with the fluent builder, validates it, and prints it as YAML. */
public final class BuildSpecInJava {
  private BuildSpecInJava() {}

  public static void main(String[] args) {
    HyperPodPrerequisites spec = spec();
    for (SpecProblem p : spec.validate()) {
      System.out.println("problem: " + p.describe());
    }
    System.out.print(spec.toYaml());
  }

  static HyperPodPrerequisites spec() {
    return HyperPodPrerequisites.builder()
        .stack("team-a")
        .region("us-east-1")
        .putTag("team", "a")
        .addClusterAdmin(ClusterAdmin.of("team-a-admin"))
        .addClusterUser(ClusterUser.iamUser("ana", "ana", 2001))
        .addClusterUser(ClusterUser.iamUser("raj", "raj", 2002))
        .addInstanceGroup(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1))
        .addInstanceGroup(InstanceGroup.of("worker-group-1", "ml.g5.12xlarge", 4))
        .runAs(RunAs.enabled("ubuntu"))
        .lifecycleScripts(LifecycleScripts.of("sagemaker-team-a-lifecycle-0001", "lifecycle"))
        .build();
  }
}
