package io.hyperpod.prereqs.internal.readiness;

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
      RoleRequirements.roleArns(request).forEach(r -> CallerRequirements.passRole(p, r, ADMIN_PASS_ROLE, out));
    }
  }

  static void users(AccountView view, HyperPodPrerequisites spec, String clusterArn, Results out) {
    SessionResolver.Preferences prefs = SessionResolver.Preferences.of(view.sessionPreferences());
    out.check(prefs.runAsEnabled(), RUN_AS_ENABLED, "SSM-SessionManagerRunShell",
        "Session Manager's Run As is on",
        view.sessionPreferences().isEmpty() ? "no preferences document in " + view.region()
            : "runAsEnabled " + prefs.runAsEnabled() + ", runAsDefaultUser " + prefs.defaultUser().orElse("(none)"),
        "turn on Run As in the Session Manager preferences (runAs.enabled: true)", Consequence.SESSION_REFUSED);
    String key = spec.lifecycleScripts().key(LifecycleFiles.SHARED_USERS);
    SharedUsers nodeUsers = SharedUsers.parse(view.objectText(spec.lifecycleScripts().bucket(), key).orElse(""));
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
