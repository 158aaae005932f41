package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.policy.ContextKeys;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.readiness.Consequence;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the caller of CreateCluster needs: {@code sagemaker:CreateCluster} and {@code
 * sagemaker:AddTags} on the cluster, and {@code iam:PassRole} of each execution role to SageMaker.
 */
public final class CallerRequirements {
  public static final String CREATE_CLUSTER = "caller.create-cluster";
  public static final String PASS_ROLE = "caller.pass-role";
  static final String SAGEMAKER = "sagemaker.amazonaws.com";

  private CallerRequirements() {}

  static void check(Principal who, CreateClusterRequest request, String clusterArn, Results out) {
    createCluster(who, clusterArn, CREATE_CLUSTER, out);
    request.instanceGroups().stream()
        .map(CreateClusterRequest.InstanceGroupSpec::executionRole)
        .distinct()
        .forEach(role -> passRole(who, role, PASS_ROLE, out));
  }

  static void createCluster(Principal who, String clusterArn, String id, Results out) {
    for (String action : List.of("sagemaker:CreateCluster", "sagemaker:AddTags")) {
      Decision d = Permissions.ask(who, action, clusterArn, Optional.empty(), Optional.empty(), Map.of());
      out.check(
          d.allowed(),
          id,
          who.label(),
          who.label() + " may " + action,
          Permissions.say(action, clusterArn, d),
          "allow " + action + " on arn:aws:sagemaker:REGION:ACCOUNT:cluster/* to " + who.label()
              + " (the stack's cluster-admin policy does)",
          Consequence.ACCESS_DENIED);
    }
  }

  static void passRole(Principal who, String roleArn, String id, Results out) {
    Decision d =
        Permissions.ask(
            who,
            "iam:PassRole",
            roleArn,
            Optional.empty(),
            Optional.empty(),
            Map.of(ContextKeys.PASSED_TO_SERVICE, List.of(SAGEMAKER)));
    out.check(
        d.allowed(),
        id,
        who.label() + " -> " + roleArn,
        who.label() + " may pass the execution role to SageMaker",
        Permissions.say("iam:PassRole", roleArn, d),
        "allow iam:PassRole on " + roleArn + " with iam:PassedToService=" + SAGEMAKER + " to "
            + who.label(),
        Consequence.ACCESS_DENIED);
  }
}
