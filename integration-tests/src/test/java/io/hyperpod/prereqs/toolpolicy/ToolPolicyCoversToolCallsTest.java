package io.hyperpod.prereqs.toolpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call the tool makes while planning, applying, re-planning and destroying a spec on the
 * simulator is allowed by the policy {@code iam-policy-for-tool} prints for that spec, as the
 * project's IAM evaluator decides. The specs are the shipped examples and one that adopts an
 * existing role for a cluster user.
 */
class ToolPolicyCoversToolCallsTest {
  static final Path EXAMPLES = Path.of("..", "examples", "specs");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void toolPolicy_exampleSpec_allowsEveryCallOfPlanApplyAndDestroy(Path example) {
    assertCovered(HyperPodPrerequisites.load(example), List.of());
  }

  /** The examples that may have cluster users (the ami mode creates no OS users). */
  static Stream<Path> examplesWithUsers() throws IOException {
    return examples().filter(f -> HyperPodPrerequisites.load(f).lifecycleMode().usesScripts());
  }

  @ParameterizedTest
  @MethodSource("examplesWithUsers")
  void toolPolicy_exampleWithAnAdoptedRole_allowsEveryCallOfPlanApplyAndDestroy(Path example) {
    HyperPodPrerequisites spec = HyperPodPrerequisites.builder()
        .from(HyperPodPrerequisites.load(example))
        .addClusterUser(ClusterUser.iamRole("DataScientists", "ds", 3999))
        .build();

    assertCovered(spec, List.of("DataScientists"));
  }

  private static void assertCovered(HyperPodPrerequisites spec, List<String> existingRoles) {
    AwsSimulator simulator = AwsSimulator.create();
    CloudBackend backend = simulator.backend(spec.region());
    existingRoles.forEach(role -> backend.iam()
        .createRole(role, StackPolicyDocuments.executionRoleTrust(), null, Map.of()));
    simulator.clearCalls();

    // Whether each step succeeds is the engine tests' business; here only what they called.
    spec.apply(backend);
    spec.plan(backend);
    spec.planDestroy(backend).apply();

    TreeSet<String> operations = new TreeSet<>();
    simulator.calls().forEach(c -> operations.add(c.label()));
    List<String> denied = new ToolCallRequests(spec, AwsSimulator.DEFAULT_ACCOUNT)
        .denied(operations, spec.toolPolicy());

    assertThat(operations).as("the calls recorded").contains("iam:CreateUser",
        "iam:GetAccountAuthorizationDetails", "iam:DeleteUser", "iam:DeleteRole",
        "iam:DeletePolicy");
    if (spec.lifecycleScripts().isPresent()) {
      assertThat(operations).as("the calls recorded")
          .contains("s3:PutObject", "s3:DeleteObject", "s3:DeleteBucket");
    } else {
      assertThat(operations).as("the calls recorded (no lifecycle scripts)")
          .noneMatch(o -> o.startsWith("s3:Put") || o.startsWith("s3:Create"));
    }
    assertThat(denied).as("calls the tool policy of stack %s denies", spec.stack()).isEmpty();
  }
}
