package io.hyperpod.prereqs.simulator.internal.ssm;

import io.hyperpod.prereqs.internal.readiness.AccountView;
import io.hyperpod.prereqs.internal.readiness.Principal;
import io.hyperpod.prereqs.internal.readiness.SessionResolver;
import io.hyperpod.prereqs.internal.lifecycle.SharedUsers;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.sagemaker.ClusterRecord;
import io.hyperpod.prereqs.simulator.internal.sagemaker.SageMakerOperations;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ssm.SsmSession;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * StartSession on a HyperPod node: the caller's policies and the Run As preferences are read
 * first (as the account's root), then the node is found and the OS user resolved by api's {@link
 * SessionResolver}, the same logic {@code verify} uses.
 */
final class SessionStart {
  private SessionStart() {}

  /** What is read before the call: the caller (empty for root) and the preferences. */
  record Plan(Optional<Principal> caller, SessionResolver.Preferences prefs) {}

  static Plan prepare(CloudBackend root, SimulatedCaller caller) {
    AccountView view = new AccountView(root);
    Optional<Principal> who =
        switch (caller.kind()) {
          case ROOT -> Optional.empty();
          case USER -> view.user(caller.name().orElseThrow()).map(u -> Principal.of(u, view));
          case ROLE -> view.role(caller.name().orElseThrow()).map(r -> Principal.of(r, view));
        };
    if (caller.kind() != SimulatedCaller.Kind.ROOT && who.isEmpty()) {
      throw AwsError.SSM_ACCESS_DENIED.exception(
          "The security token included in the request is invalid.",
          "no IAM principal " + caller.name().orElse(""));
    }
    return new Plan(who, SessionResolver.Preferences.of(view.sessionPreferences()));
  }

  static SsmSession start(BackendContext context, Plan plan, String target) {
    ClusterRecord cluster =
        new SageMakerOperations(context)
            .sessionCluster(target)
            .orElseThrow(
                () -> AwsError.SSM_TARGET_NOT_CONNECTED.exception(
                    target + " is not connected.",
                    "no InService HyperPod node has this target"
                        + " (sagemaker-cluster:<cluster-id>_<group>-<instance-id>)"));
    Map<String, Integer> users = SageMakerOperations.osUsers(cluster);
    String lines = users.entrySet().stream()
        .filter(e -> !SharedUsers.IMAGE_USERS.containsKey(e.getKey()))
        .map(e -> e.getKey() + "," + e.getValue() + ",/fsx/" + e.getKey())
        .collect(Collectors.joining("\n"));
    String osUser;
    if (plan.caller().isEmpty()) {
      osUser = plan.prefs().runAsEnabled() ? plan.prefs().defaultUser().orElse("ubuntu") : SessionResolver.SSM_USER;
    } else {
      String clusterArn = cluster.clusterArn();
      SessionResolver.Outcome o =
          SessionResolver.resolve(plan.caller().get(), clusterArn, plan.prefs(), SharedUsers.parse(lines));
      if (o.problem().isPresent()) {
        throw (o.accessDenied() ? AwsError.SSM_ACCESS_DENIED : AwsError.SSM_VALIDATION_EXCEPTION)
            .exception(o.problem().get());
      }
      osUser = o.osUser().orElseThrow();
    }
    String sessionId = context.caller().name().orElse("root") + "-" + context.ids().hexId("", 17);
    context.regionState().ssm().putSession(sessionId, osUser);
    return SsmSession.builder()
        .sessionId(sessionId)
        .streamUrl("wss://ssmmessages." + context.region() + ".amazonaws.com/v1/data-channel/" + sessionId)
        .tokenValue(context.ids().alphanumeric(40))
        .build();
  }
}
