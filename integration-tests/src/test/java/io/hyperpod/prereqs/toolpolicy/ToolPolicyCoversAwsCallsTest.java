package io.hyperpod.prereqs.toolpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.aws.moto.MotoServer;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.spec.ClusterUser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The AWS backend's own calls (its SDK operations, as {@link AwsBackend#callCounts()} counts them:
 * the per-principal reads, policy tags and pages that the simulator's ports do not show) while
 * the quickstart is planned, applied, re-planned and destroyed against moto are all allowed by
 * the policy of {@code iam-policy-for-tool}.
 */
class ToolPolicyCoversAwsCallsTest {
  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  @Test
  void toolPolicy_quickstartWithAnAdoptedRole_allowsEveryCallOfTheAwsBackend() {
    HyperPodPrerequisites spec = HyperPodPrerequisites.builder()
        .from(HyperPodPrerequisites.load(Path.of("..", "examples", "specs", "quickstart.yaml")))
        .addClusterUser(ClusterUser.iamRole("DataScientists", "ds", 3001))
        .build();
    try (AwsBackend aws = MOTO.server().backend()) {
      aws.iam().createRole("DataScientists", StackPolicyDocuments.executionRoleTrust(), null, Map.of());
      aws.resetCallCounts();

      ApplyResult applied = spec.apply(aws);
      assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
      assertThat(spec.plan(aws).hasChanges()).isFalse();
      ApplyResult destroyed = spec.planDestroy(aws).apply();
      assertThat(destroyed.succeeded()).as(destroyed.failures().toString()).isTrue();

      Set<String> calls = aws.callCounts().calls().keySet();
      assertThat(calls).contains("iam:ListPolicyTags", "iam:DeleteUser", "s3:DeleteBucket");
      assertThat(new ToolCallRequests(spec, MotoServer.ACCOUNT)
          .denied(calls, spec.toolPolicy())).isEmpty();
    }
  }
}
