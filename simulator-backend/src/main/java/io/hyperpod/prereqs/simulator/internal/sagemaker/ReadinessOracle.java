package io.hyperpod.prereqs.simulator.internal.sagemaker;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles;
import io.hyperpod.prereqs.internal.readiness.AccountView;
import io.hyperpod.prereqs.internal.readiness.ClusterReadiness;
import io.hyperpod.prereqs.internal.readiness.LifecycleRequirements.S3Location;
import io.hyperpod.prereqs.internal.readiness.NetworkRequirements;
import io.hyperpod.prereqs.internal.readiness.Principal;
import io.hyperpod.prereqs.internal.lifecycle.SharedUsers;
import io.hyperpod.prereqs.internal.readiness.QuotaRequirements;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.readiness.RequirementResult;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's HyperPod readiness oracle: api's readiness checks run on the account (read as
 * its root, so the reads need no permission) for the caller of CreateCluster. A failing caller,
 * request or quota requirement refuses the call with SageMaker's error; a failing lifecycle
 * requirement lets it through and fails the cluster later, as HyperPod does.
 */
final class ReadinessOracle {
  private ReadinessOracle() {}

  /** What CreateCluster does with a request. */
  record Verdict(Optional<String> lifecycleFailure, Map<String, Integer> osUsers) {}

  static Verdict judge(CloudBackend root, SimulatedCaller caller, CreateClusterRequest request) {
    AccountView view = new AccountView(root);
    Optional<Principal> who = principal(view, caller);
    List<RequirementResult> results =
        ClusterReadiness.check(view, request, who, ClusterReadiness.clusterArn(view, "*"));
    for (Consequence refusal :
        List.of(Consequence.ACCESS_DENIED, Consequence.VALIDATION, Consequence.RESOURCE_LIMIT)) {
      Optional<RequirementResult> failed =
          results.stream().filter(r -> !r.passed() && r.consequence() == refusal).findFirst();
      if (failed.isPresent()) {
        throw error(refusal, failed.get(), who);
      }
    }
    Optional<String> lifecycle =
        results.stream()
            .filter(r -> !r.passed() && r.consequence() == Consequence.LIFECYCLE_FAILURE)
            .findFirst()
            .map(ReadinessOracle::failureMessage);
    return new Verdict(lifecycle, osUsers(view, request));
  }

  private static Optional<Principal> principal(AccountView view, SimulatedCaller caller) {
    return switch (caller.kind()) {
      case ROOT -> Optional.empty();
      case USER -> Optional.of(view.user(caller.name().orElseThrow()).map(u -> Principal.of(u, view))
          .orElseThrow(() -> AwsError.SAGEMAKER_ACCESS_DENIED.exception(
              "The security token included in the request is invalid.",
              "no IAM user " + caller.name().get())));
      case ROLE -> Optional.of(view.role(caller.name().orElseThrow()).map(r -> Principal.of(r, view))
          .orElseThrow(() -> AwsError.SAGEMAKER_ACCESS_DENIED.exception(
              "The security token included in the request is invalid.",
              "no IAM role " + caller.name().get())));
    };
  }

  private static RuntimeException error(Consequence c, RequirementResult r, Optional<Principal> who) {
    String detail = r.title() + " (" + r.id() + " " + r.subject() + "): " + r.evidence()
        + r.fix().map(f -> ". Fix: " + f).orElse("");
    return switch (c) {
      case ACCESS_DENIED -> AwsError.SAGEMAKER_ACCESS_DENIED.exception(
          "User: " + who.map(Principal::arn).orElse("root") + " is not authorized: " + detail);
      case RESOURCE_LIMIT -> AwsError.SAGEMAKER_RESOURCE_LIMIT_EXCEEDED.exception(
          "The account-level service limit is exceeded: " + detail);
      default -> AwsError.SAGEMAKER_VALIDATION.exception(detail);
    };
  }

  private static String failureMessage(RequirementResult r) {
    // The network-interface head is the simulator's own wording (U: no AWS page quotes HyperPod's)
    String head = r.id().equals(NetworkRequirements.EFA_RULES)
        ? "EFA health checks did not run successfully. Ensure that your VPC and security groups are properly configured before attempting to create a new cluster."
        : r.id().equals(QuotaRequirements.NETWORK_INTERFACES)
            ? "The cluster's instances could not be given their network interfaces: the Region's network interface quota is exhausted."
            : "Lifecycle scripts did not run successfully. Please check the CloudWatch logs of the cluster's instances and the lifecycle scripts.";
    return head + " Cause: " + r.id() + " " + r.subject() + ": " + r.evidence()
        + r.fix().map(f -> " Fix: " + f).orElse("");
  }

  /**
   * The nodes' OS users: the image's and those the first group's lifecycle scripts create
   * ({@code shared_users.txt} with OnCreate, {@code shared_users.yaml} with OnInitComplete; none
   * without LifeCycleConfig).
   */
  private static Map<String, Integer> osUsers(AccountView view, CreateClusterRequest request) {
    Map<String, Integer> users = new LinkedHashMap<>(SharedUsers.IMAGE_USERS);
    request.instanceGroups().get(0).lifeCycleConfig().ifPresent(l -> {
      String file = l.onCreate().isPresent() ? LifecycleFiles.SHARED_USERS
          : LifecycleFiles.SHARED_USERS_YAML;
      S3Location.parse(l.sourceS3Uri())
          .flatMap(loc -> view.objectText(loc.bucket(), loc.key(file)))
          .map(text -> SharedUsers.parse(file, text))
          .ifPresent(s -> users.putAll(s.users()));
    });
    return users;
  }
}
