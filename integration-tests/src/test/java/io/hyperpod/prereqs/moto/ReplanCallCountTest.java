package io.hyperpod.prereqs.moto;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.CallCounts;
import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.aws.moto.MotoServer;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import io.hyperpod.prereqs.spec.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a no-op re-plan costs in AWS API calls, through the AWS backend against moto, on a fresh
 * backend as a CLI run would have it: the goal is at most 30 calls whatever the number of cluster
 * users, since IAM is read in bulk. {@code -Dreplan.users=N} measures another size (the printed
 * figures are in the test's output file). moto answers GetAccountAuthorizationDetails in one page
 * whatever its size; AWS pages it by 1,000 items, so 1,000 users cost AWS one call more.
 */
class ReplanCallCountTest {
  static final int USERS = Integer.getInteger("replan.users", 1000);

  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  @Test
  void replan_manyClusterUsersApplied_makesAtMostThirtyCalls() {
    HyperPodPrerequisites spec = withUsers(USERS);
    try (AwsBackend aws = MOTO.server().backend()) {
      long start = System.nanoTime();
      ApplyResult applied = spec.apply(aws);
      assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
      System.out.printf("apply of %d cluster users: %d calls in %d ms%n", USERS,
          aws.callCounts().totalCalls(), (System.nanoTime() - start) / 1_000_000);
    }

    try (AwsBackend aws = MOTO.server().backend()) {
      long start = System.nanoTime();
      Plan replan = spec.plan(aws);
      CallCounts counts = aws.callCounts();
      System.out.printf("re-plan of %d cluster users: %d calls in %d ms: %s%n", USERS,
          counts.totalCalls(), (System.nanoTime() - start) / 1_000_000, counts.calls());

      assertThat(replan.hasChanges()).as(replan.changes().toString()).isFalse();
      assertThat(counts.totalCalls()).as(counts.calls().toString()).isLessThanOrEqualTo(30);
      assertThat(counts.calls("iam", "GetAccountAuthorizationDetails")).isEqualTo(1);
    }
  }

  static HyperPodPrerequisites withUsers(int users) {
    var spec = HyperPodPrerequisites.builder()
        .stack("scale")
        .region(MotoServer.REGION)
        .addClusterAdmin(ClusterAdmin.of("scale-admin"))
        .addInstanceGroup(InstanceGroup.of("controller-machine", "ml.c5.2xlarge", 1))
        .addInstanceGroup(InstanceGroup.of("worker-group-1", "ml.g5.8xlarge", 4))
        .runAs(RunAs.enabled("ubuntu"))
        .lifecycleScripts(LifecycleScripts.of("sagemaker-scale-lifecycle", "hyperpod/lifecycle"));
    for (int i = 1; i <= users; i++) {
      String name = String.format("user%04d", i);
      spec.addClusterUser(ClusterUser.iamUser(name, name, 10_000 + i));
    }
    return spec.build();
  }
}
