package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.lifecycle.SharedUsers;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import java.util.Optional;

/**
 * The per-principal questions {@code verify} asks the evaluator beside the cluster's own
 * requirements: can each admin create the cluster and pass each role; is Run As on; can each
 * cluster user start a session, and as which OS user.
 */
final class PrincipalQuestions {
  static final String ADMIN_EXISTS = "admin.exists";
  static final String ADMIN_CREATE_CLUSTER = "admin.create-cluster";
  static final String ADMIN_PASS_ROLE = "admin.pass-role";
  static final String ADMIN_MANAGE = "admin.manage-clusters";
  static final String RUN_AS_ENABLED = "runas.enabled";
  static final String USER_SESSION = "user.start-session";

  private PrincipalQuestions() {}

  static void admins(
      AccountView view, HyperPodPrerequisites spec, CreateClusterRequest request, String clusterArn, Results out) {
    for (ClusterAdmin admin : spec.clusterAdmins()) {
      var user = view.user(admin.iamUser());
      if (user.isEmpty()) {
        out.fail(ADMIN_EXISTS, "user/" + admin.iamUser(), "the cluster admin exists", "no such IAM user",
            "run hyperpod-prereqs apply (it creates the user)", Consequence.ACCESS_DENIED);
        continue;
      }
      Principal p = Principal.of(user.get(), view);
      CallerRequirements.createCluster(p, clusterArn, ADMIN_CREATE_CLUSTER, out);
      manage(p, clusterArn, out);
      RoleRequirements.roleArns(request).forEach(r -> CallerRequirements.passRole(p, r, ADMIN_PASS_ROLE, out));
    }
  }

  /** The actions of the docs' cluster-admin policy, on the cluster. */
  private static void manage(Principal p, String clusterArn, Results out) {
    java.util.List<String> denied = new java.util.ArrayList<>();
    for (String action : io.hyperpod.prereqs.internal.iam.StackPolicyDocuments.CLUSTER_ADMIN_ACTIONS) {
      if (!Permissions.ask(p, action, clusterArn, Optional.empty(), Optional.empty(), java.util.Map.of())
          .allowed()) {
        denied.add(action);
      }
    }
    out.check(denied.isEmpty(), ADMIN_MANAGE, p.label(),
        p.label() + " may manage the cluster as the HyperPod docs' cluster-admin policy allows",
        denied.isEmpty() ? "all " + io.hyperpod.prereqs.internal.iam.StackPolicyDocuments.CLUSTER_ADMIN_ACTIONS.size()
            + " actions allowed on " + clusterArn : "denied on " + clusterArn + ": " + denied,
        "allow " + String.join(", ", denied) + " on arn:aws:sagemaker:REGION:ACCOUNT:cluster/* to "
            + p.label() + " (the stack's cluster-admin policy does)",
        Consequence.ACCESS_DENIED);
  }

  static void users(AccountView view, HyperPodPrerequisites spec, String clusterArn, Results out) {
    boolean runAs = spec.runAs().map(r -> r.enabled()).orElse(false);
    if (spec.clusterUsers().isEmpty() && !runAs) {
      return; // no one connects as an OS user: Run As is not a requirement of this spec
    }
    SessionResolver.Preferences prefs = SessionResolver.Preferences.of(view.sessionPreferences());
    out.check(prefs.runAsEnabled(), RUN_AS_ENABLED, "SSM-SessionManagerRunShell",
        "Session Manager's Run As is on",
        view.sessionPreferences().isEmpty() ? "no preferences document in " + view.region()
            : "runAsEnabled " + prefs.runAsEnabled() + ", runAsDefaultUser " + prefs.defaultUser().orElse("(none)"),
        "turn on Run As in the Session Manager preferences (runAs.enabled: true)", Consequence.SESSION_REFUSED);
    String usersFile = spec.lifecycleMode() == io.hyperpod.prereqs.spec.LifecycleMode.EXTENSION
        ? LifecycleFiles.SHARED_USERS_YAML : LifecycleFiles.SHARED_USERS;
    SharedUsers nodeUsers = SharedUsers.parse(usersFile, spec.lifecycleScripts()
        .flatMap(s -> view.objectText(s.bucket(), s.key(usersFile))).orElse(""));
    for (ClusterUser u : spec.clusterUsers()) {
      Optional<Principal> who = u.iamUser().isPresent()
          ? view.user(u.iamUser().get()).map(x -> Principal.of(x, view))
          : view.role(u.iamRole().orElseThrow()).map(x -> Principal.of(x, view));
      String subject = u.iamUser().map(n -> "user/" + n).orElse("role/" + u.iamRole().orElse(""));
      if (who.isEmpty()) {
        out.fail(USER_SESSION, subject, "the cluster user can start a session as " + u.osUser(),
            "no such IAM principal", "run hyperpod-prereqs apply", Consequence.SESSION_REFUSED);
        continue;
      }
      SessionResolver.Outcome o = SessionResolver.resolve(who.get(), clusterArn, prefs, nodeUsers);
      boolean ok = o.started() && o.osUser().equals(Optional.of(u.osUser()));
      out.check(ok, USER_SESSION, subject,
          "the cluster user can start a session as " + u.osUser(),
          o.evidence() + o.problem().map(p -> "; refused: " + p).orElse("")
              + (o.started() && !ok ? "; runs as " + o.osUser().orElse("?") + ", not " + u.osUser() : ""),
          o.accessDenied() ? "allow ssm:StartSession to " + subject + " (the stack's cluster-user policy)"
              : "tag " + subject + " " + SessionResolver.RUN_AS_TAG + "=" + u.osUser()
                  + ", keep Run As on, and list " + u.osUser() + " in shared_users.txt",
          o.accessDenied() ? Consequence.ACCESS_DENIED : Consequence.SESSION_REFUSED);
    }
  }
}
